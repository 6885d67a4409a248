import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { Database } from '../../src/db/database';
import { expectedLatinMatch, MATCH_ORDER, seedSearchOrganizations } from '../support/searchOracle';
import { useTestServer, type TestServer } from '../support/testServer';

/**
 * The Relay server specification over real HTTP: Global Object Identification (with the field named `nodeId`,
 * as docs/relay.md configures Relay) and Cursor Connections. Every connection of the schema is found from the
 * schema itself, paged forwards and backwards, and compared with the list read independently in Cypher.
 */

let db: Database;
let server: TestServer;
let schema: GraphQLSchema;
useTestServer((started) => ({ db, server } = started));

jest.setTimeout(300_000);

beforeAll(async () => {
  const introspection = await data<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection);
});

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await server.gql<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data!;
}

async function errorOf(query: string, variables?: Record<string, unknown>) {
  const response = await server.gql(query, variables);
  expect(response.body.errors?.length).toBeGreaterThan(0);
  return response.body.errors![0]!;
}

/** The global id the contract promises (docs/relay.md): base64 of `Type:id`, computed here, not by the API. */
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');

/** How a test tells the items of a connection apart: a selection on its node type and the key it gives. */
interface ItemKey {
  selection: string;
  key: (node: any) => string;
}
const byId: ItemKey = { selection: 'id', key: (node) => node.id };
const ITEM_KEYS: Record<string, ItemKey> = {
  Organization: byId,
  Consortium: byId,
  Source: byId,
  SearchHit: { selection: 'organization { id } score', key: (hit) => hit.organization.id },
  Membership: {
    selection: 'organization { id } consortium { id } since',
    key: (m) => `${m.organization.id}|${m.consortium.id}|${m.since ?? ''}`,
  },
};

/** One way to call a connection: its arguments, and the full list in order, read in Cypher. */
interface Case {
  args: Record<string, unknown>;
  expected: (parentId: string | null) => Promise<string[]>;
}

const ids = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.read<{ key: string }>(cypher, params)).map((row) => row.key);

/**
 * The arguments each connection is paged with, and its independent reading: a connection missing here fails the
 * test, so a new one is covered as soon as it is in the schema.
 */
const CASES: Record<string, Case[]> = {
  'Query.organizations': [
    { args: {}, expected: () => ids('MATCH (o:Organization) RETURN o.id AS key ORDER BY o.name, o.id') },
    {
      args: { orderBy: { field: 'CONSORTIUM_COUNT', direction: 'DESC' } },
      expected: () => ids('MATCH (o:Organization) RETURN o.id AS key ORDER BY o.consortiumCount DESC, o.id'),
    },
    {
      args: { filter: { kinds: ['UNIVERSITY'] }, orderBy: { field: 'NAME', direction: 'DESC' } },
      expected: () => ids(`MATCH (o:Organization {kind: 'UNIVERSITY'}) RETURN o.id AS key ORDER BY o.name DESC, o.id`),
    },
  ],
  'Query.consortiaConnection': [
    { args: {}, expected: () => ids('MATCH (c:Consortium) RETURN c.id AS key ORDER BY c.name, c.id') },
    {
      args: { programId: 'korea-sovereign-ai' },
      expected: () =>
        ids('MATCH (c:Consortium)-[:IN_PROGRAM]->(:Program {id: $p}) RETURN c.id AS key ORDER BY c.name, c.id', {
          p: 'korea-sovereign-ai',
        }),
    },
  ],
  'Query.sourcesConnection': [{ args: {}, expected: () => ids('MATCH (s:Source) RETURN s.id AS key ORDER BY s.id') }],
  'Query.searchConnection': ['university', 'KAIST', 'AI'].map((text) => ({
    args: { text },
    // Ranked by how each hit matched (from the seed names, tests/support/searchOracle), then best score first
    // (Lucene's, as the API reports it), then id.
    expected: async () => {
      const hits = (
        await data<{ search: Array<{ organization: { id: string }; score: number }> }>(
          'query ($t: String!) { search(text: $t, first: 1000) { organization { id } score } }',
          { t: text },
        )
      ).search;
      const rank = (id: string) =>
        MATCH_ORDER.indexOf(
          expectedLatinMatch(
            seedSearchOrganizations.find((org) => org.id === id)!,
            text,
          )!,
        );
      return hits
        .map((hit) => ({ id: hit.organization.id, rank: rank(hit.organization.id), score: hit.score }))
        .sort((a, b) => a.rank - b.rank || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((hit) => hit.id);
    },
  })),
  'Consortium.membersConnection': [
    {
      args: {},
      expected: (consortiumId) =>
        ids(
          `MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: $id})
           RETURN o.id + '|' + c.id + '|' + coalesce(toString(m.since), '') AS key
           ORDER BY CASE m.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.name, o.id, coalesce(toString(m.since), '')`,
          { id: consortiumId },
        ),
    },
    {
      args: { role: 'MEMBER', kind: 'UNIVERSITY' },
      expected: (consortiumId) =>
        ids(
          `MATCH (o:Organization {kind: 'UNIVERSITY'})-[m:MEMBER_OF {role: 'MEMBER'}]->(c:Consortium {id: $id})
           RETURN o.id + '|' + c.id + '|' + coalesce(toString(m.since), '') AS key
           ORDER BY o.name, o.id, coalesce(toString(m.since), '')`,
          { id: consortiumId },
        ),
    },
  ],
  'Organization.membershipsConnection': [
    {
      args: {},
      expected: (orgId) =>
        ids(
          `MATCH (o:Organization {id: $id})-[m:MEMBER_OF]->(c:Consortium)
           RETURN o.id + '|' + c.id + '|' + coalesce(toString(m.since), '') AS key
           ORDER BY c.name, c.id, coalesce(toString(m.since), '')`,
          { id: orgId },
        ),
    },
  ],
};

interface Connection {
  key: string;
  parent: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  nodeType: string;
}

/** Every field of the schema that returns a connection (a type with edges { cursor node } and pageInfo). */
function connectionsOf(built: GraphQLSchema): Connection[] {
  const found: Connection[] = [];
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      if (!isObjectType(returned) || !returned.getFields().edges || !returned.getFields().pageInfo) continue;
      const edge = getNamedType(returned.getFields().edges!.type) as GraphQLObjectType;
      const nodeType = getNamedType(edge.getFields().node!.type).name;
      found.push({ key: `${type.name}.${field.name}`, parent: type, field, nodeType });
    }
  }
  return found;
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/**
 * A function reading one page of a connection, for a root field or through node(nodeId:) of a parent. The case's
 * arguments go as variables typed as the schema declares them; the window (first, after, ...) as literals.
 */
function pageReader(connection: Connection, args: Record<string, unknown>, parentNodeId: string | null) {
  const itemKey = ITEM_KEYS[connection.nodeType]!;
  const declared = new Map(connection.field.args.map((arg) => [arg.name, String(arg.type)]));
  const names = Object.keys(args);
  const variables = [
    ...names.map((name) => `$${name}: ${declared.get(name)}`),
    ...(parentNodeId === null ? [] : ['$parent: ID!']),
  ];
  const header = variables.length > 0 ? `query (${variables.join(', ')})` : 'query';
  const selection = (window: string) =>
    `${connection.field.name}(${[...names.map((name) => `${name}: $${name}`), window].join(', ')}) {
      edges { cursor node { ${itemKey.selection} } } ${PAGE_INFO} totalCount }`;
  return async (window: string) => {
    if (parentNodeId === null) {
      const result = await data(`${header} { ${selection(window)} }`, args);
      return result[connection.field.name];
    }
    const result = await data(
      `${header} { node(nodeId: $parent) { ... on ${connection.parent.name} { ${selection(window)} } } }`,
      { ...args, parent: parentNodeId },
    );
    return result.node[connection.field.name];
  };
}

type Page = {
  edges: Array<{ cursor: string; node: any }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
};

/** Checks what the Cursor Connections specification says of every page's PageInfo. */
function expectPageInfo(page: Page, size: number) {
  expect(page.edges.length).toBeLessThanOrEqual(size);
  expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
}

/** Pages forwards with first/after and backwards with last/before, and reads one window between two cursors. */
async function pageThrough(read: (window: string) => Promise<Page>, key: (node: any) => string, expected: string[]) {
  const size = expected.length > 12 ? 5 : 2;
  const maxPages = Math.ceil(expected.length / size) + 2;
  const forward: Array<{ cursor: string; key: string }> = [];
  let after: string | null = null;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page: Page = await read(
      after === null ? `first: ${size}` : `first: ${size}, after: ${JSON.stringify(after)}`,
    );
    expectPageInfo(page, size);
    expect(page.totalCount).toBe(expected.length);
    forward.push(...page.edges.map((edge) => ({ cursor: edge.cursor, key: key(edge.node) })));
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    expect(page.pageInfo.hasNextPage).toBe(forward.length < expected.length);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(forward.map((item) => item.key)).toEqual(expected);

  const backward: string[] = [];
  let before: string | null = null;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const page: Page = await read(
      before === null ? `last: ${size}` : `last: ${size}, before: ${JSON.stringify(before)}`,
    );
    expectPageInfo(page, size);
    backward.unshift(...page.edges.map((edge) => key(edge.node)));
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.pageInfo.hasPreviousPage).toBe(backward.length < expected.length);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  expect(backward).toEqual(expected);

  if (forward.length >= 3) {
    // Between the first and the last edge: every item strictly between them, from either end.
    const between = `after: ${JSON.stringify(forward[0]!.cursor)}, before: ${JSON.stringify(forward.at(-1)!.cursor)}`;
    const inner = expected.slice(1, -1);
    const fromStart: Page = await read(`first: ${Math.min(inner.length, 1000)}, ${between}`);
    expect(fromStart.edges.map((edge) => key(edge.node))).toEqual(inner);
    const fromEnd: Page = await read(`last: 1, ${between}`);
    expect(fromEnd.edges.map((edge) => key(edge.node))).toEqual(inner.slice(-1));
    expect(fromEnd.pageInfo.hasPreviousPage).toBe(inner.length > 1);
  }
}

/** The parents a nested connection is paged on: every node of its type (they are few in the seed graph). */
async function parentIdsOf(type: string): Promise<string[]> {
  return ids(`MATCH (n) WHERE $label IN labels(n) RETURN n.id AS key ORDER BY n.id`, { label: type });
}

describe('Global Object Identification', () => {
  it('has a Node interface with a nodeId, node(nodeId:) and nodes(nodeIds:)', () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    if (!isInterfaceType(node)) return;
    const nodeId = node.getFields().nodeId!;
    expect(isNonNullType(nodeId.type) && getNamedType(nodeId.type).name).toBe('ID');
    const query = schema.getQueryType()!.getFields();
    expect(getNamedType(query.node!.type).name).toBe('Node');
    expect(query.node!.args.map((arg) => [arg.name, String(arg.type)])).toEqual([['nodeId', 'ID!']]);
    expect(String(query.nodes!.type)).toBe('[Node]!');
    expect(query.nodes!.args.map((arg) => [arg.name, String(arg.type)])).toEqual([['nodeIds', '[ID!]!']]);
  });

  it('refetches every object of every Node type by its nodeId, and the nodeIds are unique across types', async () => {
    const types = schema.getPossibleTypes(schema.getType('Node') as never).map((type) => type.name);
    expect(types.sort()).toEqual([
      'Consortium',
      'Fact',
      'Model',
      'Organization',
      'Person',
      'Program',
      'Source',
      'Stage',
    ]);
    const seen = new Set<string>();
    for (const type of types) {
      const objectIds = await parentIdsOf(type);
      expect(objectIds.length).toBeGreaterThan(0);
      const nodeIds = objectIds.map((id) => globalId(type, id));
      const result = await data(
        `query ($ids: [ID!]!) { nodes(nodeIds: $ids) { __typename nodeId ... on ${type} { id } } }`,
        { ids: nodeIds },
      );
      expect(result.nodes).toEqual(objectIds.map((id, i) => ({ __typename: type, nodeId: nodeIds[i], id })));
      for (const nodeId of nodeIds) {
        expect(seen.has(nodeId)).toBe(false);
        seen.add(nodeId);
      }
    }
  });

  it('tells apart the organisation and the team both called kaist', async () => {
    const result = await data(`{
      organization(id: "kaist") { nodeId }
      consortium(id: "kaist") { nodeId }
      org: node(nodeId: "${globalId('Organization', 'kaist')}") { __typename ... on Organization { name } }
      team: node(nodeId: "${globalId('Consortium', 'kaist')}") { __typename ... on Consortium { name } }
    }`);
    expect(result.organization.nodeId).not.toBe(result.consortium.nodeId);
    expect(result.org.__typename).toBe('Organization');
    expect(result.team.__typename).toBe('Consortium');
  });

  it('answers null for an id of no object, and BAD_USER_INPUT for a string that is no nodeId', async () => {
    const result = await data(`{ node(nodeId: "${globalId('Organization', 'no-such-org')}") { nodeId } }`);
    expect(result.node).toBeNull();
    for (const bad of ['kaist', globalId('Nope', 'kaist'), `${globalId('Organization', 'kaist')}!`]) {
      const error = await errorOf(`query ($id: ID!) { node(nodeId: $id) { nodeId } }`, { id: bad });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('is not a nodeId of this API');
    }
  });
});

describe('Cursor Connections', () => {
  it('finds the connections the issue asks for in the schema', () => {
    const keys = connectionsOf(schema).map((connection) => connection.key);
    for (const key of [
      'Query.organizations',
      'Query.consortiaConnection',
      'Query.sourcesConnection',
      'Query.searchConnection',
      'Consortium.membersConnection',
      'Organization.membershipsConnection',
    ]) {
      expect(keys).toContain(key);
    }
  });

  it('gives every connection first/after, last/before, a full PageInfo and totalCount', () => {
    for (const connection of connectionsOf(schema)) {
      const args = Object.fromEntries(connection.field.args.map((arg) => [arg.name, String(arg.type)]));
      expect([connection.key, args.first, args.after, args.last, args.before]).toEqual([
        connection.key,
        'Int',
        'String',
        'Int',
        'String',
      ]);
      const type = getNamedType(connection.field.type) as GraphQLObjectType;
      expect(String(type.getFields().pageInfo!.type)).toBe('PageInfo!');
      expect(String(type.getFields().totalCount?.type)).toBe('Int!');
      const edge = getNamedType(type.getFields().edges!.type) as GraphQLObjectType;
      expect(String(edge.getFields().cursor!.type)).toBe('String!');
    }
    const pageInfo = (schema.getType('PageInfo') as GraphQLObjectType).getFields();
    expect(Object.fromEntries(Object.entries(pageInfo).map(([name, field]) => [name, String(field.type)]))).toEqual({
      hasNextPage: 'Boolean!',
      hasPreviousPage: 'Boolean!',
      startCursor: 'String',
      endCursor: 'String',
    });
  });

  it('pages through every connection of the schema forwards and backwards, as the independent reading lists it', async () => {
    const covered: string[] = [];
    for (const connection of connectionsOf(schema)) {
      const cases = CASES[connection.key];
      const itemKey = ITEM_KEYS[connection.nodeType];
      expect([connection.key, cases !== undefined, itemKey !== undefined]).toEqual([connection.key, true, true]);
      const nested = connection.parent.name !== 'Query';
      // A nested connection is reached through its parent's node(nodeId:): its parent must be a Node.
      if (nested) expect(connection.parent.getInterfaces().map((type) => type.name)).toContain('Node');
      const parents = nested ? await parentIdsOf(connection.parent.name) : [null];
      for (const { args, expected } of cases!) {
        for (const parentId of parents) {
          const parentNodeId = parentId === null ? null : globalId(connection.parent.name, parentId);
          const read = pageReader(connection, args, parentNodeId);
          await pageThrough(read, itemKey!.key, await expected(parentId));
        }
        covered.push(`${connection.key} ${JSON.stringify(args)}`);
      }
    }
    expect(covered.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses first with last, a cursor it never gave, and a cursor of another ordering', async () => {
    const both = await errorOf('{ consortiaConnection(first: 2, last: 2) { edges { cursor } } }');
    expect(both.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.message).toBe('give first (with after) or last (with before), not both');
    const bogus = await errorOf('{ sourcesConnection(before: "not-a-cursor") { edges { cursor } } }');
    expect(bogus.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bogus.message).toContain('before is not a cursor returned by this API');
    const byName = await data('{ organizations(first: 1) { pageInfo { endCursor } } }');
    const other = await errorOf(
      `{ organizations(orderBy: { field: CONSORTIUM_COUNT }, after: "${byName.organizations.pageInfo.endCursor}") { edges { cursor } } }`,
    );
    expect(other.message).toBe('after is a cursor of a different ordering; restart without after');
    const tooMany = await errorOf('{ searchConnection(text: "AI", last: 1001) { edges { cursor } } }');
    expect(tooMany.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.message).toBe('last must be between 1 and 1000, got 1001');
  });
});
