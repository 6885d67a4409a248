import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/localdb/localNeo4j';
import { loadSeed } from '../../src/seed/loadSeed';
import { EXTERNAL_NEO4J_ENV, basePorts, testNeo4jOptions, wipeDataDir, workerPorts } from './testNeo4j';

/** Names this `npm test` run (set by the global setup), so a worker knows a Neo4j it seeded from a leftover one. */
export const RUN_ID_ENV = 'NEO4J_TEST_RUN';
/**
 * Seeding a just-started JVM while the other workers start theirs, on a busy 2-core machine, took more than a
 * minute (its transaction then timed out): generous limits for that alone, but bounded.
 */
const SEED_TIMEOUT_MS = 300_000;
/** Starting the JVM (at most 120 s, START_TIMEOUT_MS of localNeo4j.ts) and seeding it. */
export const START_AND_SEED_TIMEOUT_MS = 120_000 + SEED_TIMEOUT_MS + 60_000;
const MARKER_FILE = 'seeded-by-run';

/** This jest worker's index, from 0 (in-band runs are worker 1 too). */
export function workerIndex(env: NodeJS.ProcessEnv = process.env): number {
  return Number(env.JEST_WORKER_ID ?? 1) - 1;
}

/**
 * Moves NEO4J_TEST_PORT and NEO4J_OUTAGE_PORT to this worker's, and points NEO4J_TEST_URI at its Neo4j, in the
 * test file's own copy of process.env (jest gives each file a fresh copy of the run's, so this never adds twice).
 * Every port a file derives from these (+5, +100, …) is then this worker's too.
 */
export function applyWorkerEnv(env: NodeJS.ProcessEnv): void {
  if (env[EXTERNAL_NEO4J_ENV] === '1') {
    if (workerIndex(env) !== 0) {
      throw new Error('NEO4J_TEST_URI names one Neo4j for all tests: run with --maxWorkers=1 (jest.config.js does)');
    }
    return;
  }
  const ports = workerPorts(basePorts(env), workerIndex(env));
  env.NEO4J_TEST_PORT = String(ports.test);
  env.NEO4J_OUTAGE_PORT = String(ports.outage);
  env.NEO4J_TEST_URI = `bolt://127.0.0.1:${ports.test}`;
}

/** Empties the database at `uri` and loads the seed graph. */
export async function seedTestDatabase(uri: string): Promise<void> {
  const db = connectDatabase(
    { ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: SEED_TIMEOUT_MS, NEO4J_CONNECT_TIMEOUT_MS: 30_000 },
    uri,
  );
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run gives one (executeQuery does not).
    const session = db.driver.session({ database: db.name });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await loadSeed(db);
  } finally {
    await db.close();
  }
}

function readMarker(dataDir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dataDir, MARKER_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Makes sure this worker's Neo4j runs with the seed graph of this run: the worker's first test file starts it on an
 * empty data folder and seeds it; later files of the worker find it running and marked with this run's id.
 */
export async function ensureWorkerNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env[EXTERNAL_NEO4J_ENV] === '1') return;
  const run = env[RUN_ID_ENV];
  if (!run) throw new Error(`${RUN_ID_ENV} is not set: run the integration tests through jest (npm test)`);
  const options = testNeo4jOptions(basePorts(env).test);
  if (localNeo4jStatus(options).running && readMarker(options.dataDir) === run) return;
  await stopLocalNeo4j(options);
  wipeDataDir(options);
  const { uri } = await startLocalNeo4j(options);
  await seedTestDatabase(uri);
  fs.writeFileSync(path.join(options.dataDir, MARKER_FILE), run);
}
