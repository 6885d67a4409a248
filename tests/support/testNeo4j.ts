import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jOptions } from '../../src/localdb/localNeo4j';

const DEFAULT_TEST_PORT = 7697;
const DEFAULT_OUTAGE_PORT = 7741;

/**
 * Each jest worker has its own Neo4j and its own ports: worker n (JEST_WORKER_ID, from 1) adds (n - 1) × this to
 * NEO4J_TEST_PORT and NEO4J_OUTAGE_PORT (tests/support/workerEnv.ts rewrites both before each test file).
 */
export const WORKER_PORT_STRIDE = 20;

/**
 * The ports test files derive from NEO4J_TEST_PORT for Neo4j or servers of their own (attack suite +5, large /viz
 * graph +6, localNeo4j +100, initialLoad +101, npmStart +200 and +210). Listed so a unit test can prove that no
 * two workers' ports meet; a new derived port belongs here.
 */
export const DERIVED_PORT_OFFSETS = [0, 5, 6, 100, 101, 200, 210] as const;

/** More workers than this would put one worker's derived ports on another's (see DERIVED_PORT_OFFSETS). */
export const MAX_TEST_WORKERS = 4;

/** The ports as the person running `npm test` set them (the run's base, before any worker's offset). */
export function basePorts(env: NodeJS.ProcessEnv = process.env): { test: number; outage: number } {
  return {
    test: Number(env.NEO4J_TEST_PORT ?? DEFAULT_TEST_PORT),
    outage: Number(env.NEO4J_OUTAGE_PORT ?? DEFAULT_OUTAGE_PORT),
  };
}

/** Worker `index`'s (from 0) ports, from the run's base ports. */
export function workerPorts(base: { test: number; outage: number }, index: number): { test: number; outage: number } {
  if (index >= MAX_TEST_WORKERS) {
    throw new Error(
      `jest worker ${index + 1} has no ports of its own: at most ${MAX_TEST_WORKERS} workers (run with --maxWorkers=${MAX_TEST_WORKERS} or fewer)`,
    );
  }
  return { test: base.test + index * WORKER_PORT_STRIDE, outage: base.outage + index * WORKER_PORT_STRIDE };
}

/** Set by the global setup when NEO4J_TEST_URI names a Neo4j the person runs (one worker, nothing started). */
export const EXTERNAL_NEO4J_ENV = 'NEO4J_TEST_EXTERNAL';

/**
 * The tests' own Neo4j: a separate port and data folder from `npm start`'s, wiped at each run.
 * NEO4J_TEST_PORT moves it (so two checkouts can test at once); NEO4J_TEST_URI uses a Neo4j you
 * run instead (its data is replaced by the tests). Inside a test file the port is already this worker's.
 */
export function testNeo4jOptions(port = basePorts().test): LocalNeo4jOptions {
  return {
    port,
    dataDir: path.resolve(__dirname, `../../.neo4j/test-${port}`),
    heap: process.env.NEO4J_TEST_HEAP ?? '1g',
    pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
    log: (line) => process.stderr.write(line + '\n'),
  };
}

export function wipeDataDir(options: LocalNeo4jOptions): void {
  fs.rmSync(options.dataDir, { recursive: true, force: true });
}
