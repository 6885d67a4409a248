import neo4j from 'neo4j-driver';
import { wholeNumberOption, type CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import { startLocalNeo4j } from '../src/localdb/localNeo4j';
import { WARM_UP_COMMAND } from './benchCommands';
import { benchNeo4jOptions, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer } from './childServer';
import { postGraphql } from './latency';
import type { Operation } from './questions';

/**
 * The first questions a user asks after a start, against the API as `npm start` runs it (the compiled server)
 * with its warm-up off (`WARM_UP_BUDGET_MS=0`) and on (src/server/warmUp.ts), each right after a restart of the
 * benchmark Neo4j a `--keep` run left in .neo4j/bench-<scale>. The questions differ from the warm-up's own (other
 * ids, another minimum), so what they gain is the page cache and the compiled plans of their shapes, not their
 * own answers. Prints Markdown rows for bench/RESULTS.md.
 */
async function firstQuestions(uri: string): Promise<Operation[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    const one = async (statement: string) => (await driver.executeQuery(statement)).records[0]!.get('id') as string;
    const largest = await one('MATCH (c:Consortium) RETURN c.id AS id ORDER BY c.memberCount DESC LIMIT 1');
    const typical = await one(
      'MATCH (o:Organization) WHERE o.consortiumCount = 3 RETURN o.id AS id ORDER BY o.id DESC LIMIT 1',
    );
    return [
      {
        query: `{ organizationsInMultipleConsortia(minConsortia: 3, first: 100) {
          organization { id name kind } consortiumCount consortia { id name } } }`,
      },
      {
        query: `query Org($id: ID!) { organization(id: $id) {
          id name memberships { role since until consortium { id name } } } }`,
        variables: { id: typical },
      },
      {
        query: `query C($id: ID!) { consortium(id: $id) { id name members { role organization { id name kind } } } }`,
        variables: { id: largest },
      },
      {
        query: `{ organizations(orderBy: { field: CONSORTIUM_COUNT, direction: DESC }, first: 50) {
          totalCount edges { node { id name consortiumCount } } } }`,
      },
      { query: '{ search(text: "Photonics", first: 10) { organization { id name } score } }' },
    ];
  } finally {
    await driver.close();
  }
}

/** Restarts Neo4j, starts the API (warm-up on or off) and times its first answers, one after another. */
async function afterRestart(
  options: ReturnType<typeof benchNeo4jOptions>,
  warm: boolean,
): Promise<{ readyMs: number; askMs: number[] }> {
  await stopLocalNeo4j(options);
  const { uri } = await startLocalNeo4j(options);
  const operations = await firstQuestions(uri);
  const started = performance.now();
  const api = await startChildServer('apiServer', uri, warm ? {} : { WARM_UP_BUDGET_MS: '0' });
  const readyMs = performance.now() - started;
  try {
    const askMs: number[] = [];
    for (const operation of operations) {
      const at = performance.now();
      await postGraphql(api.url, operation);
      askMs.push(performance.now() - at);
    }
    return { readyMs, askMs };
  } finally {
    await api.stop();
  }
}

async function main({ values }: CommandLine<typeof WARM_UP_COMMAND.options>): Promise<void> {
  const port = wholeNumberOption('port', values.port, { min: 1, max: 65_535 });
  const options = { ...benchNeo4jOptions(values.scale, port), log: () => {} };
  const rows: string[] = [];
  // Cold, warm, cold, warm: the machine's load weighs on both alike.
  for (const warm of [false, true, false, true]) {
    const { readyMs, askMs } = await afterRestart(options, warm);
    const total = askMs.reduce((sum, ms) => sum + ms, 0);
    const each = askMs.map((ms) => ms.toFixed(0)).join(' / ');
    rows.push(`| ${warm ? 'on' : 'off'} | ${(readyMs / 1000).toFixed(1)} s | ${total.toFixed(0)} ms | ${each} |`);
  }
  console.log('| warm-up | start to ready (and warmed) | first five questions | each (ms) |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

runCli(WARM_UP_COMMAND, main);
