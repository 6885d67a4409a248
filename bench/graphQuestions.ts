import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { wholeNumberOption, type CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import type { GeneratedGraph } from '../src/generate/generateGraph';
import { startLocalNeo4j } from '../src/localdb/localNeo4j';
import { GRAPH_QUESTIONS_COMMAND } from './benchCommands';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer } from './childServer';
import { generateAndImport } from './importPhase';
import { measure, postGraphql, runCypher, type RunBudget } from './latency';
import { benchQuestions } from './questions';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * Only the graph questions of issue #14 (connections, similarOrganizations), the API against their hand-written
 * Cypher, on a fresh generated graph: `npx tsx bench/graphQuestions.ts --scale S` (M takes long on a shared
 * machine). Prints a Markdown table of p50/p95 for bench/RESULTS.md. Everything runs on 127.0.0.1.
 *
 * `--load-only` generates and loads the graph, writes its summary beside the data and leaves that Neo4j running;
 * `--reuse` measures against that data (starting its Neo4j if it is not running, stopping it after only then), so
 * the M load, minutes long, is done once while the code under test changes.
 */
const BUDGET: RunBudget = { warmup: 2, minRuns: 10, maxRuns: 200, maxMs: 20_000 };

const summaryFile = (dataDir: string) => path.join(dataDir, 'generated', 'graph.json');

async function loadGraph(
  db: ReturnType<typeof openBenchDatabase>,
  scale: 'S' | 'M' | 'L',
  dataDir: string,
): Promise<GeneratedGraph> {
  // Per batch: one transaction for 300,000 memberships (M) outgrows Neo4j's transaction memory; same graph.
  const imported = await generateAndImport(db, scale, `${dataDir}/generated`, 42, 'per-batch');
  fs.writeFileSync(summaryFile(dataDir), JSON.stringify(imported.graph));
  return imported.graph;
}

async function measureQuestions(apiUrl: string, driver: Driver, graph: GeneratedGraph): Promise<string[]> {
  const rows = ['| question | API p50 / p95 ms | Cypher p50 / p95 ms | runs |', '| --- | --- | --- | --- |'];
  const questions = benchQuestions(graph).filter((q) => /^(connections|similarOrganizations)/.test(q.name));
  // A refused or timed-out question is a result too (MAX_PATH_WORK, the query timeout): its row says so.
  const timed = (run: () => Promise<number>) =>
    measure(BUDGET, run).then(
      (latency) => ({ text: `${latency.p50} / ${latency.p95}`, runs: String(latency.runs) }),
      (error: unknown) => ({ text: `failed: ${String(error).slice(0, 160)}`, runs: '0' }),
    );
  for (const question of questions) {
    const viaApi = await timed(() => postGraphql(apiUrl, question.api));
    const { statement, params } = question.cypher;
    const viaCypher = await timed(() => runCypher(driver, statement, params));
    rows.push(`| ${question.name} | ${viaApi.text} | ${viaCypher.text} | ${viaApi.runs} / ${viaCypher.runs} |`);
    console.error(rows.at(-1));
  }
  return rows;
}

async function main({ values }: CommandLine<typeof GRAPH_QUESTIONS_COMMAND.options>): Promise<void> {
  const options = benchNeo4jOptions(values.scale, wholeNumberOption('port', values.port, { min: 1, max: 65_535 }));
  const started = values.reuse
    ? await startLocalNeo4j(options)
    : { ...(await startFreshNeo4j(options)), alreadyRunning: false };
  const { uri } = started;
  const db = openBenchDatabase(uri);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  let keepRunning = values['load-only'] || started.alreadyRunning;
  try {
    const graph = values.reuse
      ? (JSON.parse(fs.readFileSync(summaryFile(options.dataDir), 'utf8')) as GeneratedGraph)
      : await loadGraph(db, values.scale, options.dataDir);
    if (values['load-only']) return;
    const api = await startChildServer('apiServer', uri);
    try {
      const rows = await measureQuestions(api.url, driver, graph);
      console.log(
        `\n${values.scale}: ${graph.organizations} organisations, ${graph.memberships} memberships, ` +
          `hub in ${graph.maxOrganizationDegree} consortia\n\n${rows.join('\n')}`,
      );
    } finally {
      await api.stop();
    }
  } catch (error) {
    keepRunning = started.alreadyRunning;
    throw error;
  } finally {
    await driver.close();
    await db.close();
    if (!keepRunning) await stopLocalNeo4j(options);
  }
}

runCli(GRAPH_QUESTIONS_COMMAND, main);
