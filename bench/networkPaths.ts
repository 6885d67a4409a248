import { Writable } from 'node:stream';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import type { Database } from '../src/db/database';
import { buildNetwork } from '../src/network/buildNetwork';
import { exportNetwork } from '../src/network/exportNetwork';
import { DEFAULT_NETWORK_LIMITS } from '../src/network/networkLimits';
import { parseNetworkOptions } from '../src/network/networkOptions';
import { stopLocalNeo4j } from '../src/localdb/localNeo4j';
import { benchNeo4jOptions } from './benchNeo4j';
import { generateAndLoadInitially, initialGeneratedDir } from './initialLoadPhase';

// Times the two network paths on a generated graph: the in-memory network (buildNetwork, as measured exports and
// GraphQL build it) and the streamed export, CO_MEMBERSHIP with degrees. Used to compare where the co-membership
// weights and degrees are computed (bench/RESULTS.md, "One rule for network weights").
//   tsx bench/networkPaths.ts load <port>   generate S and load it into a Neo4j left running on <port>
//   tsx bench/networkPaths.ts time <port>   time each case (median of RUNS, after one warm-up)
//   tsx bench/networkPaths.ts stop <port>   stop that Neo4j

const RUNS = 3;

const CASES: Record<string, Record<string, string>> = {
  'in memory, CO_MEMBERSHIP': { projection: 'CO_MEMBERSHIP', measures: 'degree' },
  'in memory, CO_MEMBERSHIP rolled up': { projection: 'CO_MEMBERSHIP', measures: 'degree', includeAffiliates: 'true' },
  'streamed, CO_MEMBERSHIP + affiliations': {
    projection: 'CO_MEMBERSHIP',
    measures: 'degree',
    includeAffiliations: 'true',
  },
  'streamed, BIPARTITE + affiliations': { projection: 'BIPARTITE', measures: 'degree', includeAffiliations: 'true' },
};

const sink = () =>
  new Writable({
    write: (_chunk, _encoding, done) => done(),
  });

async function once(db: Database, name: string, text: Record<string, string>): Promise<number> {
  const options = parseNetworkOptions(text);
  const started = performance.now();
  if (name.startsWith('in memory')) await buildNetwork(db, options, DEFAULT_NETWORK_LIMITS, 'export');
  else await exportNetwork(db, options, DEFAULT_NETWORK_LIMITS, 'graphml', { begin: sink });
  return performance.now() - started;
}

async function time(port: number): Promise<void> {
  const db = connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 600_000 }, `bolt://127.0.0.1:${port}`);
  try {
    for (const [name, text] of Object.entries(CASES)) {
      await once(db, name, text); // warm-up; a streamed export's layout is kept after it
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await once(db, name, text));
      const median = runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
      console.log(`${name}: median ${Math.round(median)} ms (${runs.map(Math.round).join(', ')})`);
    }
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const [mode, portText] = process.argv.slice(2);
  const port = Number(portText);
  if (!Number.isInteger(port)) throw new Error('usage: networkPaths.ts load|time|stop <port>');
  const neo4j = benchNeo4jOptions('S-paths', port);
  if (mode === 'load') {
    const connect = (uri: string) => connectDatabase(loadConfig({}), uri);
    const loaded = await generateAndLoadInitially(neo4j, connect, 'S', initialGeneratedDir(neo4j), 1);
    console.log(`loaded ${loaded.graph.organizations} organisations, ${loaded.graph.memberships} memberships`);
  } else if (mode === 'time') await time(port);
  else if (mode === 'stop') await stopLocalNeo4j(neo4j);
  else throw new Error('usage: networkPaths.ts load|time|stop <port>');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
