import { wholeNumberOption, type CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import neo4j from 'neo4j-driver';
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
 */
const BUDGET: RunBudget = { warmup: 2, minRuns: 10, maxRuns: 200, maxMs: 20_000 };

async function main({ values }: CommandLine<typeof GRAPH_QUESTIONS_COMMAND.options>): Promise<void> {
  const options = benchNeo4jOptions(values.scale, wholeNumberOption('port', values.port, { min: 1, max: 65_535 }));
  const { uri } = await startFreshNeo4j(options);
  const db = openBenchDatabase(uri);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    const imported = await generateAndImport(db, values.scale, `${options.dataDir}/generated`, 42, 'once');
    const api = await startChildServer('apiServer', uri);
    try {
      const rows = ['| question | API p50 / p95 ms | Cypher p50 / p95 ms | runs |', '| --- | --- | --- | --- |'];
      const questions = benchQuestions(imported.graph).filter((q) =>
        /^(connections|similarOrganizations)/.test(q.name),
      );
      for (const question of questions) {
        const viaApi = await measure(BUDGET, () => postGraphql(api.url, question.api));
        const { statement, params } = question.cypher;
        const viaCypher = await measure(BUDGET, () => runCypher(driver, statement, params));
        rows.push(
          `| ${question.name} | ${viaApi.p50} / ${viaApi.p95} | ${viaCypher.p50} / ${viaCypher.p95} | ` +
            `${viaApi.runs} / ${viaCypher.runs} |`,
        );
        console.error(rows.at(-1));
      }
      console.log(
        `\n${values.scale}: ${imported.graph.organizations} organisations, ${imported.graph.memberships} memberships, ` +
          `hub in ${imported.graph.maxOrganizationDegree} consortia\n\n${rows.join('\n')}`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await driver.close();
    await db.close();
    await stopLocalNeo4j(options);
  }
}

runCli(GRAPH_QUESTIONS_COMMAND, main);
