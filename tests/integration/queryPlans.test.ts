import type { Database } from '../../src/db/database';
import { seedConsortiumIds } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';
import { graphStatsStatementsOf } from '../support/graphStatsStatements';

/**
 * Every Cypher statement the API sends for a representative set of requests is EXPLAINed, with the parameters
 * it was sent with, and its plan checked:
 *
 * - `CartesianProduct` is never allowed: two unconnected patterns multiply their rows.
 * - `AllNodesScan` is never allowed: every statement names a label, so at worst a label scan.
 * - `NodeByLabelScan` is not allowed in a statement that finds its starting node by id (`{id: ...}`, an index
 *   seek on the uniqueness constraint) or through the full-text index. It is allowed in the statements that by
 *   their nature visit every node of a label: lists of all consortia, programs, models, sources and persons,
 *   counts and pages with a filter the indexes do not serve (`kinds`, `nameContains`; with `consortiumId` they
 *   start from the consortium, so the rule holds them to an index seek), the multi-consortium question when it
 *   has to roll memberships up (affiliates, a day, active only), overlaps of all consortia and network exports of
 *   the whole graph.
 *
 * The seed graph is small, but the planner picks a unique-index seek whenever one serves, whatever the size.
 */

const CONSORTIUM = seedConsortiumIds[0]!;
const OTHER_CONSORTIUM = seedConsortiumIds[1]!;

const REQUESTS: Record<string, string> = {
  organization: `{ organization(id: "kaist") { name parent { id } affiliates { id } consortiumCount
    memberships { role since consortium { id name lead { id } program { id } } }
    consortia(asOf: "2025-08-05") { id } facts { id } people { title person { id } } } }`,
  affiliate: `{ organization(id: "snu-iacf") { parent { id affiliates { id } } memberships(asOf: "2026-01-01") { role } } }`,
  consortium: `{ consortium(id: "${CONSORTIUM}") { name memberCount members { role organization { id kind } }
    standings { status stage { id } } standing(asOf: "2025-08-05") { status }
    memberLists { complete source { id } } models { id developers { organization { id } } basedOn { id } }
    goals { text } facts { text } } }`,
  organizationsByName: `{ organizations(first: 5) { totalCount edges { node { id } } pageInfo { endCursor } } }`,
  organizationsByCount: `{ organizations(orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 5) {
    totalCount edges { node { id consortiumCount } } } }`,
  organizationsFiltered: `{ organizations(filter: { kinds: [UNIVERSITY], consortiumId: "${CONSORTIUM}", minConsortia: 1 },
    first: 5) { totalCount edges { node { id } } } }`,
  multiConsortium: `{ organizationsInMultipleConsortia { organization { id } consortiumCount consortia { id } } }`,
  multiConsortiumRolledUp: `{ organizationsInMultipleConsortia(includeAffiliates: true, asOf: "2026-03-01", activeOnly: true) {
    organization { id } consortia { id } countedAffiliates { id } } }`,
  multiConsortiumOfTeams: `{ organizationsInMultipleConsortia(consortia: ["${CONSORTIUM}", "${OTHER_CONSORTIUM}"],
    sources: ["koreawave-2025-08-05"], asOf: "2026-03-01", activeOnly: true) { organization { id } consortia { id } } }`,
  multiConsortiumOfKinds: `{ organizationsInMultipleConsortia(kinds: [UNIVERSITY], countries: ["KR"], asOf: "2026-03-01") {
    organization { id } consortia { id } } }`,
  coMembers: `{ coMembers(organizationId: "kaist") { organization { id } sharedCount consortia { id } } }`,
  overlapsOfSome: `{ consortiumOverlaps(consortia: ["${CONSORTIUM}", "${OTHER_CONSORTIUM}"]) { a { id } b { id } shared { id } } }`,
  overlapsOfAll: `{ consortiumOverlaps(includeAffiliates: true) { a { id } b { id } sharedCount } }`,
  search: `{ search(text: "KAIST") { organization { id } score } }`,
  program: `{ programs { id } program(id: "korea-sovereign-ai") { runBy { id } stages { id standings { status } }
    teams(asOf: "2025-08-05", activeOnly: true) { status consortium { id } } sources { id } } }`,
  timeline: `{ program(id: "korea-sovereign-ai") { runByLink { provenance organization { id } }
    teams(asOf: "2026-09-15") { status lastKnown { status } } standingKnowledge(asOf: "2026-09-15") { complete } }
    standingKnowledge(asOf: "2026-09-15") { standingKnownAsOf unresolvedStages { stage { id } teams { id } } }
    consortium(id: "upstage") { standing(asOf: "2026-09-15") { status } }
    organization(id: "snu-iacf") { partOf { provenance parent { id } } }
    model(id: "omni-foundation-model") { bases { provenance model { id } } } }`,
  lists: `{ consortia { id } sources { id } persons { positions { title organization { id } } } models { id } }`,
  network: `{ network(projection: CO_MEMBERSHIP, consortia: ["${CONSORTIUM}"], includeAffiliations: true) { nodes { id } edges { id } } }`,
};

const NEVER = new Set(['CartesianProduct', 'AllNodesScan']);

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

const operatorName = (plan: Plan) => plan.operatorType.replace(/@.*$/, '');

function operatorsOf(plan: Plan): string[] {
  return [operatorName(plan), ...plan.children.flatMap(operatorsOf)];
}

/**
 * A statement that finds its starting nodes through an index: its first MATCH names a node by id (`{id: $id}`,
 * `{id: id}` after UNWIND), it filters ids by a list it was given (`c.id IN $ids` with `$ids` not null), or it calls
 * the full-text index. An id inside a later EXISTS does not count.
 */
function anchoredByIndex({ cypher, params }: Statement): boolean {
  const firstMatch = /MATCH\s+(.*?)(?=\bWHERE\b|\bWITH\b|\bRETURN\b|\bMATCH\b|\bCALL\b|$)/s.exec(cypher)?.[1] ?? '';
  const idLists = [...cypher.matchAll(/\b\w+\.id IN \$(\w+)/g)].map((match) => match[1]!);
  return (
    /\{id: [$\w.]+\}/.test(firstMatch) ||
    idLists.some((name) => params[name] !== null && params[name] !== undefined) ||
    cypher.includes('db.index.fulltext')
  );
}

/** The operators a statement's plan may not contain, by the rules above. */
function forbiddenIn(statement: Statement, operators: string[]): string[] {
  return operators.filter(
    (operator) => NEVER.has(operator) || (operator === 'NodeByLabelScan' && anchoredByIndex(statement)),
  );
}

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));
const graphStatsStatements = graphStatsStatementsOf(() => db);

/** The statements the server sends while answering one request. */
async function statementsFor(query: string): Promise<Statement[]> {
  const statements: Statement[] = [];
  const stop = db.observe(({ cypher, params }) => {
    if (!graphStatsStatements.has(cypher)) statements.push({ cypher, params });
  });
  try {
    const response = await server.gql(query);
    expect(response.body.errors).toBeUndefined();
  } finally {
    stop();
  }
  return statements;
}

async function explain({ cypher, params }: Statement): Promise<Plan> {
  const session = db.driver.session({ database: db.name });
  try {
    // The statement as the API sent it (parameterised), prefixed: no value enters the text.
    // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
    const result = await session.run('EXPLAIN ' + cypher, params);
    return result.summary.plan as unknown as Plan;
  } finally {
    await session.close();
  }
}

describe('query plans', () => {
  it.each(Object.entries(REQUESTS))('%s: no Cartesian product, no scan where an index serves', async (_name, query) => {
    const statements = await statementsFor(query);
    expect(statements.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const statement of statements) {
      const forbidden = forbiddenIn(statement, operatorsOf(await explain(statement)));
      if (forbidden.length > 0) {
        problems.push(`${[...new Set(forbidden)].join(', ')} in:\n${statement.cypher.replace(/\s+/g, ' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('recognises the operators it forbids', () => {
    const plan: Plan = {
      operatorType: 'ProduceResults@neo4j',
      arguments: {},
      children: [
        {
          operatorType: 'CartesianProduct@neo4j',
          arguments: {},
          children: [{ operatorType: 'NodeByLabelScan@neo4j', arguments: {}, children: [] }],
        },
      ],
    };
    const statement = (cypher: string, params: Record<string, unknown> = {}) => ({ cypher, params });
    expect(forbiddenIn(statement('MATCH (o:Organization {id: $id}) RETURN o'), operatorsOf(plan))).toEqual([
      'CartesianProduct',
      'NodeByLabelScan',
    ]);
    const scanAll = statement('MATCH (o:Organization) RETURN count(o)');
    expect(forbiddenIn(scanAll, operatorsOf(plan))).toEqual(['CartesianProduct']);
    const inFilter = statement('MATCH (o:Organization) WHERE EXISTS { (o)-->(:Consortium {id: $id}) } RETURN o');
    expect(forbiddenIn(inFilter, operatorsOf(plan))).toEqual(['CartesianProduct']);
    const fromConsortium = statement(
      'MATCH (:Consortium {id: $consortiumId})<-[:MEMBER_OF]-(o:Organization) WITH DISTINCT o RETURN count(o)',
    );
    expect(forbiddenIn(fromConsortium, operatorsOf(plan))).toContain('NodeByLabelScan');
    const byList = 'MATCH (c:Consortium) WHERE $ids IS NULL OR c.id IN $ids RETURN c';
    expect(forbiddenIn(statement(byList, { ids: ['a'] }), operatorsOf(plan))).toContain('NodeByLabelScan');
    expect(forbiddenIn(statement(byList, { ids: null }), operatorsOf(plan))).not.toContain('NodeByLabelScan');
  });
});
