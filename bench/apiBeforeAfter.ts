import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { benchNeo4jOptions, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer, type ChildServer } from './childServer';
import { loadCordisLayout } from './cordisLayoutGraph';
import { measureInterleaved, postGraphql, runCypher, type RunBudget } from './latency';
import { benchQuestions } from './questions';
import { BENCH_QUERY_TIMEOUT_MS } from './servers/serverEnv';

/**
 * The API before and after a change, on the CORDIS-layout graph, interleaved with hand-written Cypher and
 * @neo4j/graphql in the same rounds: `npx tsx bench/apiBeforeAfter.ts --port 8800 --before DIR` where DIR holds an
 * earlier tree of this project (`git archive <commit> | tar -x -C DIR`, with a `node_modules` link). Both APIs run
 * `src/main.ts` through tsx with the benchmark's settings and each tree's defaults (so the earlier one's executor).
 * Only the initial load (no online import): the graph is the same one `npm run bench -- --cordis-only` asks.
 * Prints the table as Markdown. `--keep` leaves its Neo4j running.
 */

const BUDGET: RunBudget = { warmup: 2, maxRuns: 20, minRuns: 5, maxMs: 8_000 };
const READY_TIMEOUT_MS = 90_000;

function argument(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : process.argv[at + 1];
  if (!value) throw new Error(`give --${name}`);
  return value;
}

/** `node --import tsx src/main.ts` in `root` on the benchmark's Neo4j, as childServer.ts configures the API. */
async function startTree(root: string, neo4jUri: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NEO4J_URI: neo4jUri,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'production',
      INTROSPECTION: 'false',
      PLAYGROUND: 'false',
      LOG_LEVEL: 'silent',
      NEO4J_QUERY_TIMEOUT_MS: String(BENCH_QUERY_TIMEOUT_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${root} did not start:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^GraphQL API ready at (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace('//localhost:', '//127.0.0.1:'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${root} exited (${code}):\n${output}`));
    });
  });
  return { url, child };
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`;

async function main(): Promise<void> {
  const port = Number(argument('port'));
  if (!(port >= 8500 && port <= 8990)) throw new Error('--port must be within 8500..8990');
  const before = path.resolve(argument('before'));
  const after = path.resolve(__dirname, '..');
  const options = benchNeo4jOptions('before-after', port);
  const { graph } = await loadCordisLayout('before-after', port, 7);
  const uri = `bolt://127.0.0.1:${port}`;
  const children: ChildProcess[] = [];
  let neo: ChildServer | undefined;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    const old = await startTree(before, uri, port + 1);
    children.push(old.child);
    const now = await startTree(after, uri, port + 2);
    children.push(now.child);
    neo = await startChildServer('neo4jGraphqlServer', uri);
    console.log(`load before: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
    console.log(
      '| question | cypher | before | after | neo4j-graphql | before/cypher | after/cypher | neo4j-graphql/after | rounds |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    // The fixed cost of a request (HTTP, Apollo's pipeline, the plugins), against a Bolt round trip.
    const fixedCost = {
      name: 'fixed cost: { __typename } (Cypher: RETURN 1)',
      cypher: { statement: 'RETURN 1 AS one', params: {} },
      api: { query: '{ __typename }' },
      neo4jGraphql: { query: '{ __typename }' },
    };
    for (const question of [fixedCost, ...benchQuestions(graph)]) {
      const ways: Record<string, () => Promise<number>> = {
        cypher: () => runCypher(driver, question.cypher.statement, question.cypher.params),
        before: () => postGraphql(old.url, question.api),
        after: () => postGraphql(now.url, question.api),
      };
      const neoOperation = question.neo4jGraphql;
      const neoUrl = neo.url;
      if (neoOperation) ways.neo4jGraphql = () => postGraphql(neoUrl, neoOperation);
      const { latencies, errors } = await measureInterleaved(BUDGET, ways);
      const p50 = (way: string) => latencies[way]?.p50;
      const cell = (way: string) => (errors[way] ? `error` : String(p50(way) ?? 'n/a'));
      console.log(
        `| ${question.name} | ${cell('cypher')} | ${cell('before')} | ${cell('after')} | ${cell('neo4jGraphql')} | ` +
          `${ratio(p50('before'), p50('cypher'))} | ${ratio(p50('after'), p50('cypher'))} | ` +
          `${ratio(p50('neo4jGraphql'), p50('after'))} | ${latencies.after?.runs ?? 0} |`,
      );
      for (const [way, message] of Object.entries(errors)) console.log(`  ${way}: ${message}`);
    }
    console.log(`load after: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
  } finally {
    await driver.close();
    await neo?.stop().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    // --keep leaves the graph up for bench/requestProfile.ts; stop it with the same data folder afterwards.
    if (!process.argv.includes('--keep')) await stopLocalNeo4j(options);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
