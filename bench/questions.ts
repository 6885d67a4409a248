import type { GeneratedGraph } from '../src/generate/generateGraph';

/** A GraphQL operation with its variables. */
export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

/** One benchmark question, asked three ways; `null` where a way cannot express it (with the reason). */
export interface Question {
  name: string;
  /** Hand-written Cypher returning the same answer in one statement: the floor. */
  cypher: { statement: string; params: Record<string, unknown> };
  api: Operation;
  neo4jGraphql: Operation | null;
  /** Why @neo4j/graphql is n/a, or how its version differs. */
  note?: string;
  /** A count-and-sort question: the API must be at least 3× faster than @neo4j/graphql on it (issue #18). */
  countAndSort?: boolean;
}

const MULTI_API = `query Multi($min: Int!, $affiliates: Boolean!) {
  organizationsInMultipleConsortia(minConsortia: $min, includeAffiliates: $affiliates, first: 100) {
    organization { id name kind } consortiumCount consortia { id name }
  }
}`;

const MULTI_CYPHER = `MATCH (o:Organization) WHERE o.consortiumCount >= $min
  WITH o ORDER BY o.consortiumCount DESC, o.name, o.id LIMIT 100
  RETURN o { .id, .name, .kind } AS organization, o.consortiumCount AS consortiumCount,
         [(o)-[:MEMBER_OF]->(c:Consortium) | c { .id, .name }] AS consortia`;

// Rolled up to the top-level parent: every membership has to be visited, there is no stored count for it.
const MULTI_AFFILIATES_CYPHER = `MATCH (o:Organization)-[:MEMBER_OF]->(c:Consortium)
  OPTIONAL MATCH (o)-[:PART_OF*1..5]->(top:Organization) WHERE NOT (top)-[:PART_OF]->()
  WITH coalesce(top, o) AS holder, c
  WITH holder, collect(DISTINCT c) AS consortia WHERE size(consortia) >= $min
  WITH holder, consortia ORDER BY size(consortia) DESC, holder.name, holder.id LIMIT 100
  RETURN holder { .id, .name, .kind } AS organization, size(consortia) AS consortiumCount,
         [c IN consortia | c { .id, .name }] AS consortia`;

// @neo4j/graphql cannot sort by a relationship count: it filters by an aggregate and sorts by the stored count
// this project maintains (without that property the question is not expressible at all).
const MULTI_NEO4J_GRAPHQL = `query Multi($min: Int!) {
  organizations(where: { consortiaAggregate: { count: { gte: $min } } }, sort: [{ consortiumCount: DESC }, { name: ASC }], limit: 100) {
    id name kind consortiumCount consortia { id name }
  }
}`;

function multiConsortium(min: number, affiliates: boolean): Question {
  return {
    name: `multi-consortium ≥${min}${affiliates ? ' +affiliates' : ''}, top 100`,
    cypher: { statement: affiliates ? MULTI_AFFILIATES_CYPHER : MULTI_CYPHER, params: { min } },
    api: { query: MULTI_API, variables: { min, affiliates } },
    neo4jGraphql: affiliates ? null : { query: MULTI_NEO4J_GRAPHQL, variables: { min } },
    countAndSort: !affiliates,
    note: affiliates ? 'no roll-up over PART_OF*' : 'aggregate filter, sorted by the stored count',
  };
}

const ORGANIZATION_API = `query Org($id: ID!) {
  organization(id: $id) { id name memberships { role since until consortium { id name } } }
}`;
const ORGANIZATION_CYPHER = `MATCH (o:Organization {id: $id})
  RETURN o { .id, .name, memberships: [(o)-[m:MEMBER_OF]->(c:Consortium) |
    { role: m.role, since: toString(m.since), until: toString(m.until), consortium: c { .id, .name } }] } AS organization`;
const ORGANIZATION_NEO4J_GRAPHQL = `query Org($id: ID!) {
  organizations(where: { id: { eq: $id } }) {
    id name consortiaConnection { edges { properties { role since until } node { id name } } }
  }
}`;

function organizationWithMemberships(label: string, id: string): Question {
  return {
    name: `organization + memberships (${label})`,
    cypher: { statement: ORGANIZATION_CYPHER, params: { id } },
    api: { query: ORGANIZATION_API, variables: { id } },
    neo4jGraphql: { query: ORGANIZATION_NEO4J_GRAPHQL, variables: { id } },
  };
}

// The CO_MEMBERSHIP network of one consortium as the API answers it: every member a node (id `org:<id>`, English
// label) and every pair of members an edge. In one consortium each pair shares exactly it (weight 1) and each
// member is linked to all the others (degree = members - 1); the pairs are written out, as the API sends them.
const NETWORK_OF_ONE_CYPHER = `MATCH (c:Consortium {id: $id})<-[:MEMBER_OF]-(o:Organization)
  WITH collect(DISTINCT o) AS members
  WITH members, size(members) - 1 AS degree
  CALL (members) {
    UNWIND members AS a
    UNWIND members AS b
    WITH a, b WHERE a.id < b.id
    RETURN collect({ source: 'org:' + a.id, target: 'org:' + b.id, weight: 1 }) AS edges
  }
  RETURN [o IN members | { id: 'org:' + o.id, label: o.name, degree: degree }] AS nodes, edges`;

const NETWORK_API = (measured: boolean) => `query N($ids: [ID!]) {
  network(projection: CO_MEMBERSHIP, consortia: $ids) {
    nodes { id label degree${measured ? ' betweenness community' : ''} } edges { source target weight }
  }
}`;

/**
 * The network of one consortium, with betweenness and communities or without: the difference between the two is
 * what the measures cost. The Cypher floor is the same for both (nodes with degree, edges with weight): Neo4j here
 * has no Graph Data Science library to compute the other two.
 */
function networkOfOneConsortium(id: string, measured: boolean): Question {
  return {
    name: `network CO_MEMBERSHIP of one consortium, ${measured ? 'degree + betweenness + community' : 'degree only'}`,
    cypher: { statement: NETWORK_OF_ONE_CYPHER, params: { id } },
    api: { query: NETWORK_API(measured), variables: { ids: [id] } },
    neo4jGraphql: null,
    note: measured
      ? 'no projection or measures; the Cypher floor has degree and weight, not betweenness or community'
      : 'no projection or measures',
  };
}

const CONNECTIONS_API = `query P($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 4, first: 5) {
    outcome length paths { organizations { id } hops { consortium { id } } }
  }
}`;
// Neo4j's own shortest-path search (bidirectional BFS) over MEMBER_OF, all time, no filters: the floor.
const CONNECTIONS_CYPHER = `MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
  MATCH p = allShortestPaths((a)-[:MEMBER_OF*..8]-(b))
  WITH p LIMIT 5
  RETURN [n IN nodes(p) WHERE n:Organization | n.id] AS organizations,
         [n IN nodes(p) WHERE n:Consortium | n.id] AS consortia`;

/** Shortest paths between two organisations (issue #14): the API's bounded search against Neo4j's. */
function connectionsBetween(label: string, from: string, to: string): Question {
  return {
    name: `connections ${label}, maxHops 4, first 5`,
    cypher: { statement: CONNECTIONS_CYPHER, params: { from, to } },
    api: { query: CONNECTIONS_API, variables: { from, to } },
    neo4jGraphql: null,
    note: 'no path search',
  };
}

const SIMILAR_API = `query S($id: ID!) {
  similarOrganizations(id: $id, measure: JACCARD, first: 10) { items { organization { id name } score sharedCount } }
}`;
const SIMILAR_CYPHER = `MATCH (me:Organization {id: $id})-[:MEMBER_OF]->(c:Consortium)
  WITH me, collect(c) AS mine
  UNWIND mine AS c
  MATCH (other:Organization)-[:MEMBER_OF]->(c) WHERE other <> me
  WITH me, size(mine) AS mineCount, other, count(DISTINCT c) AS shared
  WITH other, shared, toFloat(shared) / (mineCount + COUNT { (other)-[:MEMBER_OF]->(:Consortium) } - shared) AS score
  ORDER BY score DESC, other.name, other.id LIMIT 10
  RETURN other { .id, .name } AS organization, score, shared AS sharedCount`;

/** The ten organisations most like one by Jaccard over all-time memberships. */
function similarTo(label: string, id: string): Question {
  return {
    name: `similarOrganizations of the ${label}, JACCARD, first 10`,
    cypher: { statement: SIMILAR_CYPHER, params: { id } },
    api: { query: SIMILAR_API, variables: { id } },
    neo4jGraphql: null,
    note: 'no similarity measure',
  };
}

/** The questions of the issue "Performance at scale", on ids of the generated graph. */
export function benchQuestions(graph: GeneratedGraph): Question[] {
  const hub = graph.hubIds[0]!;
  const largest = graph.largestConsortiumIds[0]!;
  // The co-membership network of the largest consortium is a clique of hundreds of thousands of edges; the 20th
  // largest (about 150 members at M) is a network one would draw.
  const drawn = graph.largestConsortiumIds[19] ?? largest;
  return [
    multiConsortium(2, false),
    multiConsortium(5, false),
    multiConsortium(2, true),
    multiConsortium(5, true),
    {
      name: 'organizations by CONSORTIUM_COUNT, first 50 + totalCount',
      cypher: {
        statement: `CALL () { MATCH (o:Organization) RETURN count(o) AS totalCount }
          MATCH (o:Organization) WHERE o.consortiumCount IS NOT NULL
          WITH totalCount, o ORDER BY o.consortiumCount DESC, o.id LIMIT 50
          RETURN totalCount, collect(o { .id, .name, .consortiumCount }) AS nodes`,
        params: {},
      },
      api: {
        query: `{ organizations(orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 50) {
          totalCount edges { node { id name consortiumCount } } } }`,
      },
      neo4jGraphql: {
        query: `{ organizationsConnection(sort: [{ consortiumCount: DESC }], first: 50) {
          totalCount edges { node { id name consortiumCount } } } }`,
      },
      countAndSort: true,
    },
    organizationWithMemberships(`hub, ${graph.maxOrganizationDegree}`, hub),
    organizationWithMemberships('typical', graph.typicalOrganizationId),
    {
      name: `largest consortium + members (${graph.largestConsortiumSize})`,
      cypher: {
        statement: `MATCH (c:Consortium {id: $id})
          RETURN c { .id, .name, members: [(o:Organization)-[m:MEMBER_OF]->(c) |
            { role: m.role, organization: o { .id, .name, .kind } }] } AS consortium`,
        params: { id: largest },
      },
      api: {
        query: `query C($id: ID!) { consortium(id: $id) { id name members { role organization { id name kind } } } }`,
        variables: { id: largest },
      },
      neo4jGraphql: {
        query: `query C($id: ID!) { consortiums(where: { id: { eq: $id } }) {
          id name membersConnection { edges { properties { role } node { id name kind } } } } }`,
        variables: { id: largest },
      },
    },
    {
      name: 'coMembers of the hub, first 100',
      cypher: {
        statement: `MATCH (me:Organization {id: $id})-[:MEMBER_OF]->(c:Consortium)<-[:MEMBER_OF]-(other:Organization)
          WHERE other <> me
          WITH other, collect(c.id) AS consortia
          RETURN other { .id, .name } AS organization, size(consortia) AS sharedCount
          ORDER BY sharedCount DESC, other.name, other.id LIMIT 100`,
        params: { id: hub },
      },
      api: {
        query: `query Co($id: ID!) { coMembers(organizationId: $id, first: 100) { organization { id name } sharedCount } }`,
        variables: { id: hub },
      },
      neo4jGraphql: null,
      note: 'no count of shared consortia',
    },
    {
      name: 'consortiumOverlaps of the 20 largest',
      cypher: {
        statement: `UNWIND $ids AS id MATCH (c:Consortium {id: id})<-[:MEMBER_OF]-(o:Organization)
          WITH o, collect(c.id) AS ids WHERE size(ids) > 1
          UNWIND ids AS a UNWIND ids AS b
          WITH a, b, o WHERE a < b
          RETURN a, b, count(o) AS sharedCount ORDER BY sharedCount DESC, a, b`,
        params: { ids: graph.largestConsortiumIds },
      },
      api: {
        query: `query O($ids: [ID!]) { consortiumOverlaps(consortia: $ids) { a { id } b { id } sharedCount } }`,
        variables: { ids: graph.largestConsortiumIds },
      },
      neo4jGraphql: null,
      note: 'no pairwise aggregation',
    },
    networkOfOneConsortium(drawn, true),
    networkOfOneConsortium(drawn, false),
    {
      name: 'search "Photonics", first 10',
      cypher: {
        statement: `CALL db.index.fulltext.queryNodes('organization_names', $text, {limit: 10}) YIELD node, score
          RETURN node { .id, .name } AS organization, score ORDER BY score DESC, node.name`,
        params: { text: '"Photonics"' },
      },
      api: { query: `{ search(text: "Photonics", first: 10) { organization { id name } score } }` },
      neo4jGraphql: {
        query: `{ organizationsByName(phrase: "Photonics", first: 10) { edges { score node { id name } } } }`,
      },
    },
    connectionsBetween('between the two largest hubs', hub, graph.hubIds[1] ?? hub),
    connectionsBetween('from the hub to a typical organisation', hub, graph.typicalOrganizationId),
    similarTo(`hub (${graph.maxOrganizationDegree} consortia)`, hub),
    similarTo('typical organisation', graph.typicalOrganizationId),
  ];
}
