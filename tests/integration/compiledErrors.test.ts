import net from 'node:net';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { ErrorCode } from '../../src/errors';
import { CompiledOperations, MAX_COMPILED_OPERATIONS } from '../../src/server/compiledExecution';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/testServer';

/**
 * Errors on the compiled path (src/server/compiledExecution.ts), over real HTTP, with every query compiled from its
 * first ask: a question that times out is asked of Neo4j once and answered QUERY_TIMEOUT; a database that does not
 * answer gives SERVICE_UNAVAILABLE within its bound, not twice it; a resolver's refusal keeps its code, message and
 * status, as graphql-js answers them.
 */

jest.setTimeout(120_000);

/** One statement per ask (the root read), so a second execution would show as the same statement sent twice. */
const TIMED = `{ organizationsInMultipleConsortia(minConsortia: 1, includeAffiliates: true, first: 1000) { organization { id } consortiumCount } }`;

const compiledFromFirstAsk = () => new CompiledOperations(MAX_COMPILED_OPERATIONS, 1);

/** Ask `query` and collect the statements sent meanwhile (requests are sent one at a time). */
async function askCounting(db: Database, server: TestServer, query: string) {
  const sent: Array<{ statement: string; ok: boolean }> = [];
  const stop = db.observe(({ cypher, params, ok }) =>
    sent.push({ statement: `${cypher} ${JSON.stringify(params)}`, ok }),
  );
  try {
    return { response: await server.gql(query), sent };
  } finally {
    stop();
  }
}

describe('a compiled question that times out', () => {
  it('is answered QUERY_TIMEOUT after one execution: no statement is sent twice', async () => {
    const normal = openTestDatabase();
    const normalServer = await startTestServer(normal, { compiledExecution: compiledFromFirstAsk() });
    // The statements one successful ask sends: the most a timed-out ask may send.
    const success = await askCounting(normal, normalServer, TIMED);
    await normalServer.stop();
    await normal.close();
    expect(success.response.body.errors).toBeUndefined();
    expect(success.sent.length).toBeGreaterThan(0);

    // With a 1 ms timeout every transaction open at one of Neo4j's checks (every 2 s) is ended.
    const timed = openTestDatabase({ NEO4J_QUERY_TIMEOUT_MS: 1 });
    const operations = compiledFromFirstAsk();
    const lines: Array<Record<string, unknown>> = [];
    const server = await startTestServer(timed, {
      compiledExecution: operations,
      graphStatsRefreshMs: 3_600_000,
      logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) }),
    });
    let metrics = '';
    const failures: Array<{ response: GraphQLResponse; sent: Array<{ statement: string; ok: boolean }> }> = [];
    let asked = 0;
    try {
      const deadline = Date.now() + 60_000;
      // Reads are auto-commit transactions, open only while their statement runs: enough asks that some are open at
      // one of Neo4j's checks (the loop stops at the third failure).
      for (; asked < 5000 && failures.length < 3 && Date.now() < deadline; asked += 1) {
        const answer = await askCounting(timed, server, TIMED);
        expect(answer.response.status).toBe(200);
        if (answer.response.body.errors) failures.push(answer);
      }
      metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
    } finally {
      await server.stop();
      await timed.close();
    }
    expect(failures.length).toBeGreaterThan(0);
    // Every ask was answered by graphql-jit, the failing ones included.
    expect(operations.answered).toBe(asked);
    for (const { response, sent } of failures) {
      expect(response.body.errors!.map((error) => error.extensions?.code)).toEqual([ErrorCode.QUERY_TIMEOUT]);
      expect(response.body.errors![0]!.message).toContain('smaller `first`');
      // Neo4j ends the transaction during its statement or at its commit: either way the statement went once.
      expect(sent.length).toBeLessThanOrEqual(success.sent.length);
      expect(new Set(sent.map(({ statement }) => statement)).size).toBe(sent.length);
    }
    // A second execution would have sent the failing asks' statement again; most failures happen once it was sent.
    expect(failures.some(({ sent }) => sent.length > 0)).toBe(true);
    // The server's log and metrics see the compiled path's errors as graphql-js's: a timeout, never an outage.
    const messages = lines.map((line) => line.msg);
    expect(messages.filter((message) => message === 'query timeout')).toHaveLength(failures.length);
    expect(messages).not.toContain('database unavailable');
    expect(messages).not.toContain('internal error');
    expect(metrics).toContain(`graphql_errors_total{code="QUERY_TIMEOUT"} ${failures.length}`);
  });
});

describe('a compiled question while the database does not answer', () => {
  const QUERY_TIMEOUT_MS = 2000;
  /** src/db/database.ts gives a Neo4j that does not answer up to this long after the timeout. */
  const CLIENT_DEADLINE_MARGIN_MS = 3000;
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let db: Database;

  beforeAll(async () => {
    // A loopback port that accepts connections and never says a word: a hung Neo4j, as the driver sees one.
    silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    db = connectDatabase(
      { ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: QUERY_TIMEOUT_MS, NEO4J_CONNECT_TIMEOUT_MS: 1000 },
      `bolt://127.0.0.1:${port}`,
    );
  });
  afterAll(async () => {
    await db?.close();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers SERVICE_UNAVAILABLE within its bound, as graphql-js does', async () => {
    const operations = compiledFromFirstAsk();
    const options = { firstGraphStatsWaitMs: 1, graphStatsRefreshMs: 3_600_000 };
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const compiled = await startTestServer(db, { ...options, logger, compiledExecution: operations });
    const plain = await startTestServer(db, { ...options, compiledExecution: false });
    const ask = async (server: TestServer) => {
      const started = performance.now();
      const response = await server.gql('{ organizations(first: 5) { edges { node { id name } } } }');
      return { response, ms: performance.now() - started };
    };
    try {
      for (let round = 0; round < 2; round++) {
        const [jit, js] = [await ask(compiled), await ask(plain)];
        for (const { response, ms } of [jit, js]) {
          expect(response.status).toBe(200);
          expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([ErrorCode.SERVICE_UNAVAILABLE]);
          expect(ms).toBeLessThan(QUERY_TIMEOUT_MS + CLIENT_DEADLINE_MARGIN_MS + 1000);
        }
        expect(jit.response.body.errors![0]!.message).toBe(js.response.body.errors![0]!.message);
      }
      expect(operations.answered).toBe(2);
      const metrics = await (await fetch(`${compiled.baseUrl}/metrics`)).text();
      expect(metrics).toContain('graphql_errors_total{code="SERVICE_UNAVAILABLE"} 2');
      // The two asks' errors, logged as an outage (the background read of the graph's sizes logs its own failure).
      const requestLines = lines.filter((line) => line.requestId !== undefined && line.msg === 'database unavailable');
      expect(requestLines).toHaveLength(2);
    } finally {
      await compiled.stop();
      await plain.stop();
    }
  });
});

describe('a resolver that refuses on the compiled path', () => {
  let db: Database;
  let operations: CompiledOperations;
  let compiled: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    db = openTestDatabase();
    operations = compiledFromFirstAsk();
    compiled = await startTestServer(db, { compiledExecution: operations });
    plain = await startTestServer(db, { compiledExecution: false });
  });
  afterAll(async () => {
    await compiled?.stop();
    await plain?.stop();
    await db?.close();
  });

  it.each([
    ['first and last together', '{ organizations(first: 2, last: 2) { edges { cursor } } }'],
    ['a cursor that is not one', '{ organizations(first: 2, after: "not-a-cursor") { edges { cursor } } }'],
    ['a global id this API never gave', '{ node(nodeId: "not-a-global-id") { nodeId } }'],
  ])('keeps its code, message and status: %s', async (_name, query) => {
    const before = operations.answered;
    const expected = await plain.gql(query);
    const answer = await compiled.gql(query);
    expect(operations.answered).toBe(before + 1);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual([ErrorCode.BAD_USER_INPUT]);
    expect(answer.status).toBe(expected.status);
    expect(answer.body).toEqual(expected.body);
  });
});
