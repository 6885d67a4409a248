import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { ErrorCode } from '../../src/errors';
import {
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/localdb/localNeo4j';
import { importFile } from '../../src/import/importFile';
import { loadSeed } from '../../src/seed/loadSeed';
import { graphSize } from '../support/testDatabase';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/testServer';

/** A Neo4j of this test's own, so stopping and killing it disturbs no other test. */
const neo4jOptions: LocalNeo4jOptions = {
  port: Number(process.env.NEO4J_OUTAGE_PORT ?? 7741),
  dataDir: path.resolve(__dirname, `../../.neo4j/outage-${process.env.NEO4J_OUTAGE_PORT ?? 7741}`),
  heap: '512m',
  pageCache: '128m',
};
const QUERY_TIMEOUT_MS = 5000;
/** A hung Neo4j is given up on this long after the timeout (src/db/database.ts's CLIENT_DEADLINE_MARGIN_MS). */
const CLIENT_DEADLINE_MARGIN_MS = 3000;
const QUERY = '{ organizations(first: 5) { edges { node { id name } } } }';

let db: Database;
let server: TestServer;

jest.setTimeout(240_000);

beforeAll(async () => {
  await stopLocalNeo4j(neo4jOptions);
  fs.rmSync(neo4jOptions.dataDir, { recursive: true, force: true });
  const { uri } = await startLocalNeo4j(neo4jOptions);
  // Seeding a just-started JVM on a busy machine can be slow: generous timeouts for that alone.
  const seeding = connectDatabase(
    { ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 60_000, NEO4J_CONNECT_TIMEOUT_MS: 30_000 },
    uri,
  );
  try {
    await loadSeed(seeding);
  } finally {
    await seeding.close();
  }
  db = connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: QUERY_TIMEOUT_MS }, uri);
  server = await startTestServer(db);
});

afterAll(async () => {
  const status = localNeo4jStatus(neo4jOptions);
  if (status.running) process.kill(status.pid, 'SIGCONT');
  await server?.stop();
  await db?.close();
  await stopLocalNeo4j(neo4jOptions);
  fs.rmSync(neo4jOptions.dataDir, { recursive: true, force: true });
});

const neo4jPid = (): number => {
  const status = localNeo4jStatus(neo4jOptions);
  if (!status.running) throw new Error('the outage test Neo4j is not running');
  return status.pid;
};

/** Sends `count` requests, at most 4 at once, and times each. */
async function load(count: number): Promise<Array<GraphQLResponse & { ms: number }>> {
  const results: Array<GraphQLResponse & { ms: number }> = [];
  const worker = async () => {
    while (results.length < count) {
      const slot = results.length;
      results.push(undefined as never);
      const started = Date.now();
      results[slot] = { ...(await server.gql(QUERY)), ms: Date.now() - started };
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return results;
}

function expectAllUnavailable(results: Array<GraphQLResponse & { ms: number }>, withinMs: number): void {
  for (const result of results) {
    expect(result.status).toBe(200); // GraphQL answered; the error is in the body
    expect(result.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(result.ms).toBeLessThan(withinMs);
  }
}

async function eventuallyServes(withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const response = await server.gql(QUERY);
    if (!response.body.errors) {
      expect(response.body.data).toBeDefined();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no recovery within ${withinMs} ms: ${JSON.stringify(response.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const readiness = async (): Promise<number> => (await fetch(`${server.baseUrl}/health/ready`)).status;

describe('Neo4j outages', () => {
  it('serves before the outage', async () => {
    const results = await load(8);
    for (const result of results) expect(result.body.errors).toBeUndefined();
    expect(await readiness()).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE within ~8 s while Neo4j hangs (SIGSTOP), and recovers on SIGCONT', async () => {
    const pid = neo4jPid();
    process.kill(pid, 'SIGSTOP');
    try {
      expectAllUnavailable(await load(8), QUERY_TIMEOUT_MS + CLIENT_DEADLINE_MARGIN_MS + 1000);
      expect(await readiness()).toBe(503);
      const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/graphql_errors_total\{code="SERVICE_UNAVAILABLE"\} [1-9]/);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await eventuallyServes(15_000);
    expect(await readiness()).toBe(200);
  });

  it('fails fast while Neo4j is gone (SIGKILL), and recovers when it is restarted, without restarting the API', async () => {
    const pid = neo4jPid();
    process.kill(pid, 'SIGKILL');
    while (localNeo4jStatus(neo4jOptions).running) await new Promise((resolve) => setTimeout(resolve, 100));
    // Refused connections: the driver retries for up to 2 s, then gives up (well before the 5 s timeout).
    expectAllUnavailable(await load(8), QUERY_TIMEOUT_MS);
    expect(await readiness()).toBe(503);

    await startLocalNeo4j(neo4jOptions);
    await eventuallyServes(30_000);
    expect(await readiness()).toBe(200);
  });

  it('leaves nothing of an import when Neo4j is killed in the middle of it', async () => {
    const before = await graphSize(db);
    let batches = 0;
    const interrupted = importFile(db, {
      file: path.resolve(__dirname, '../fixtures/import/organization.csv'),
      format: 'cordis',
      batchSize: 5,
      onProgress: () => {
        batches += 1;
        // After the first batch is written (inside the import's open transaction), Neo4j dies.
        if (batches === 1) process.kill(neo4jPid(), 'SIGKILL');
      },
    });
    await expect(interrupted).rejects.toThrow();
    expect(batches).toBeGreaterThanOrEqual(1);
    while (localNeo4jStatus(neo4jOptions).running) await new Promise((resolve) => setTimeout(resolve, 100));

    await startLocalNeo4j(neo4jOptions);
    await eventuallyServes(30_000);
    expect(await graphSize(db)).toEqual(before);
    const [imported] = await db.read<{ n: number }>(
      "MATCH (n) WHERE n.id STARTS WITH 'cordis-' OR n.id STARTS WITH 'import-' RETURN count(n) AS n",
    );
    expect(imported!.n).toBe(0);
  });
});
