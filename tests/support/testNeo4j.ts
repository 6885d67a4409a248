import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jOptions } from '../../src/localdb/localNeo4j';

/**
 * The tests' own Neo4j: a separate port and data folder from `npm start`'s, wiped at each run.
 * NEO4J_TEST_PORT moves it (so two checkouts can test at once); NEO4J_TEST_URI uses a Neo4j you
 * run instead (its data is replaced by the tests).
 */
export function testNeo4jOptions(): LocalNeo4jOptions {
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7697);
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
