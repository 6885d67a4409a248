import pino from 'pino';
import type { Database } from '../../src/db/database';
import { ErrorCode } from '../../src/errors';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/testServer';

/**
 * The paged lists at CORDIS H2020 size (31,451 projects, each a consortium): the plain list is refused at once
 * instead of timing out, its connection answers every page quickly from either end, and a question Neo4j stops at
 * the time limit is a QUERY_TIMEOUT, never an outage. The consortia are this file's own (an id prefix), removed
 * afterwards.
 */

const RUN = Math.random().toString(36).slice(2, 8);
const PREFIX = `t-relay-${RUN}-`;
const PROJECTS = 31_451;
/**
 * Below the 5 s timeout with room to spare. Neo4j reads a page of 1000 in 1,003 db hits (an ordered index scan
 * and a partial top, 0.2–0.4 s warm); the rest is GraphQL and JSON for 1000 objects on a shared 2-core machine.
 */
const FAST_MS = 4000;

jest.setTimeout(180_000);

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  await db.write(
    `UNWIND range(1, $n) AS i
     CREATE (:Consortium {id: $prefix + toString(i), name: 'Scale project ' + right('0000' + toString(i), 5)})`,
    { n: PROJECTS, prefix: PREFIX },
  );
  server = await startTestServer(db);
  // The first request of a server also reads the graph's sizes and warms the JIT: not what is measured here.
  await server.gql('{ consortiaConnection(first: 1) { totalCount } }');
});

afterAll(async () => {
  await server?.stop();
  for (let batch = 0; batch < 10; batch += 1) {
    const [row] = await db.write<{ deleted: number }>(
      `MATCH (c:Consortium) WHERE c.id STARTS WITH $prefix WITH c LIMIT 10000 DETACH DELETE c RETURN count(*) AS deleted`,
      { prefix: PREFIX },
    );
    if ((row?.deleted ?? 0) === 0) break;
  }
  await db.close();
});

/** Prints a measured time into the test's output (bench/RESULTS.md quotes these). */
function report(what: string, ms: number): void {
  const line = `${what} in ${ms.toFixed(0)} ms\n`;
  process.stdout.write(line);
}

async function timed(query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const response = await server.gql<Record<string, any>>(query, variables);
  return { response, ms: performance.now() - started };
}

describe(`${PROJECTS} consortia`, () => {
  it('refuses the plain consortia list at once, naming the connection to page through', async () => {
    const { response, ms } = await timed('{ consortia { id } }');
    const error = response.body.errors?.[0];
    // An answer of the resolver, not of validation: HTTP 200 with the error in the body, as docs/operations.md says.
    expect(response.status).toBe(200);
    expect(error?.extensions?.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(error?.extensions?.limit).toEqual({ name: 'listLength', max: 1000, found: 1001 });
    expect(error?.message).toBe(
      'consortia lists at most 1000 items and this graph holds more; page through consortiaConnection (first, after) instead.',
    );
    expect(ms).toBeLessThan(FAST_MS);
    report('the plain consortia list refused', ms);
  });

  it('answers the first, a middle and the last page of consortiaConnection quickly, with the total', async () => {
    const all = (await db.read<{ id: string }>('MATCH (c:Consortium) RETURN c.id AS id ORDER BY c.name, c.id')).map(
      (row) => row.id,
    );
    const idsOf = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id);
    const selection = 'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
    const first = await timed(`{ consortiaConnection(first: 1000) { ${selection} totalCount } }`);
    expect(first.response.body.errors).toBeUndefined();
    const page = first.response.body.data!.consortiaConnection;
    expect(page.totalCount).toBe(all.length);
    expect(idsOf(page)).toEqual(all.slice(0, 1000));
    expect(page.pageInfo.hasNextPage).toBe(true);

    const last = await timed(`{ consortiaConnection(last: 1000) { ${selection} } }`);
    const lastPage = last.response.body.data!.consortiaConnection;
    expect(idsOf(lastPage)).toEqual(all.slice(-1000));
    expect(lastPage.pageInfo.hasPreviousPage).toBe(true);
    const before = await timed(`query ($c: String!) { consortiaConnection(last: 1000, before: $c) { ${selection} } }`, {
      c: lastPage.pageInfo.startCursor,
    });
    expect(idsOf(before.response.body.data!.consortiaConnection)).toEqual(all.slice(-2000, -1000));
    const middle = await timed(`query ($c: String!) { consortiaConnection(first: 1000, after: $c) { ${selection} } }`, {
      c: page.edges[500].cursor,
    });
    expect(idsOf(middle.response.body.data!.consortiaConnection)).toEqual(all.slice(501, 1501));
    for (const { ms } of [first, last, before, middle]) expect(ms).toBeLessThan(FAST_MS);
    report(`consortiaConnection over ${all.length}: first 1000 with totalCount`, first.ms);
    report('last 1000', last.ms);
    report('the 1000 before them', before.ms);
    report('1000 after a cursor', middle.ms);
  });

  it('answers a paged list that Neo4j stops at its time limit as QUERY_TIMEOUT, never as an outage', async () => {
    // With a 1 ms timeout every transaction still open at one of Neo4j's checks (every 2 s) is ended.
    const lines: Array<Record<string, unknown>> = [];
    const shortDb = openTestDatabase({ NEO4J_QUERY_TIMEOUT_MS: 1 });
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const short = await startTestServer(shortDb, { logger });
    const queries = [
      '{ consortiaConnection(last: 1000) { edges { node { id name } } totalCount } }',
      '{ consortiaConnection(first: 1000, programId: "korea-sovereign-ai") { totalCount edges { node { id } } } }',
      '{ organizations(last: 1000) { edges { node { id } } totalCount } }',
    ];
    const failures: GraphQLResponse[] = [];
    try {
      const deadline = Date.now() + 60_000;
      for (let sent = 0; sent < 400 && failures.length < 3 && Date.now() < deadline; sent += 1) {
        const response = await short.gql(queries[sent % queries.length]!);
        expect(response.status).toBe(200);
        if (response.body.errors) failures.push(response);
      }
    } finally {
      await short.stop();
      await shortDb.close();
    }
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      for (const error of failure.body.errors!) expect(error.extensions?.code).toBe(ErrorCode.QUERY_TIMEOUT);
    }
    const messages = lines.map((line) => line.msg);
    expect(messages).toContain('query timeout');
    expect(messages).not.toContain('database unavailable');
  });
});
