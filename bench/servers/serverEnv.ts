import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';

/** What a benchmark server child reads from its environment (set by bench/childServer.ts). */
export function benchServerEnv(): { uri: string; port: number } {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('BENCH_NEO4J_URI is not set: start this through bench/childServer.ts');
  return { uri, port: Number(process.env.BENCH_PORT ?? 0) };
}

/** The transaction timeout of every server the benchmark runs: long enough for the heaviest question. */
export const BENCH_QUERY_TIMEOUT_MS = 60_000;

/** The project's Database on the benchmark Neo4j, with a timeout long enough for the heaviest question. */
export function openBenchDatabase(uri: string): Database {
  return connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: BENCH_QUERY_TIMEOUT_MS }, uri);
}

/**
 * Tells the parent where the server listens (the one line it waits for). Also makes SIGTERM end the process at
 * once: under tsx, a child without its own handler relays the signal to a tsx parent that is not there.
 */
export function announceReady(url: string): void {
  process.once('SIGTERM', () => process.exit(0));
  console.log(`READY ${url}`);
}
