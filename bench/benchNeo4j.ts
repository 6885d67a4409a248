import fs from 'node:fs';
import path from 'node:path';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../src/localdb/localNeo4j';

/** The benchmark's own Neo4j: its own port and a fresh data folder per scale, more memory than the default. */
export function benchNeo4jOptions(scale: string, port: number): LocalNeo4jOptions {
  return {
    port,
    dataDir: path.resolve(__dirname, `../.neo4j/bench-${scale}`),
    heap: process.env.BENCH_NEO4J_HEAP ?? '3g',
    pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '2g',
    log: (line) => console.error(line),
  };
}

/** Stops a Neo4j left on this data folder by an earlier run, wipes the folder and starts a new one. */
export async function startFreshNeo4j(options: LocalNeo4jOptions): Promise<{ uri: string; pid: number }> {
  await stopLocalNeo4j(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  const { uri } = await startLocalNeo4j(options);
  const status = localNeo4jStatus(options);
  if (!status.running) throw new Error(`the benchmark Neo4j on ${uri} is not running after start`);
  return { uri, pid: status.pid };
}

/** The benchmark Neo4j that an initial load left running. */
export function runningNeo4j(options: LocalNeo4jOptions): { uri: string; pid: number } {
  const status = localNeo4jStatus(options);
  if (!status.running) throw new Error(`the benchmark Neo4j on ${status.uri} is not running after the initial load`);
  return { uri: status.uri, pid: status.pid };
}

export { stopLocalNeo4j };
