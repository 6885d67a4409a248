import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { wholeNumberOption, type CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import type { ScaleName } from '../src/generate/scales';
import type { ImportCommit } from '../src/import/importTypes';
import { BENCH_COMMAND } from './benchCommands';
import { benchNeo4jOptions, runningNeo4j, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer, type ChildServer } from './childServer';
import { isRefusal, measureGraphmlExports, type ExportAttempt } from './exportPhase';
import { loadRunOperations, loadRunTable, runLoad } from './loadRun';
import { generateAndImport } from './importPhase';
import { generateAndLoadInitially, initialGeneratedDir, type InitialLoadMeasure } from './initialLoadPhase';
import { postGraphql, type RunBudget } from './latency';
import { askInterleaved } from './askInterleaved';
import { largeInitialLoadTable, measureLargeInitialLoad, type LargeInitialLoad } from './largeInitialLoad';
import { checkSizeLimits, sizeLimitsTable } from './sizeLimits';
import { checkTargets, targetsTable } from './targets';
import { processMemoryMb } from './processMemory';
import { benchQuestions, type Operation } from './questions';
import { executorTable, exportTable, latencyTable, type QuestionResult } from './report';
import { measureVizDraw, vizTable, type VizDrawMeasure } from './vizPhase';
import { cordisLoadTable, measureCordisLayout, type CordisMeasure } from './cordisPhase';
import { openBenchDatabase } from './servers/serverEnv';
import type { Database } from '../src/db/database';
import { loadTest, type Throughput } from './throughput';

const BUDGETS: Record<ScaleName, RunBudget> = {
  S: { warmup: 3, maxRuns: 30, minRuns: 5, maxMs: 3_000 },
  M: { warmup: 3, maxRuns: 60, minRuns: 5, maxMs: 10_000 },
  L: { warmup: 2, maxRuns: 30, minRuns: 3, maxMs: 10_000 },
};
const LOAD_SECONDS: Record<ScaleName, number> = { S: 5, M: 20, L: 20 };
/** `--smoke` (CI): every phase once, briefly, to prove the benchmark still runs end to end; its numbers mean little. */
const SMOKE_BUDGET: RunBudget = { warmup: 1, maxRuns: 2, minRuns: 1, maxMs: 200 };
const SMOKE_LOAD_SECONDS = 1;
/** The real-layout questions: each round asks every way once, so a round costs two to three answers. */
const CORDIS_BUDGET: RunBudget = { warmup: 2, maxRuns: 30, minRuns: 5, maxMs: 12_000 };
const CONNECTIONS = 32;

const log = (line: string) => console.error(line);

/** The run's settings from its command line (parsed by BENCH_COMMAND). */
function benchArgsOf({ values }: CommandLine<typeof BENCH_COMMAND.options>) {
  const scale = values.scale;
  const smoke = values.smoke ?? false;
  // The full GraphML export is the S question; at M it computes betweenness over 150k nodes.
  return {
    scale,
    // The /viz phase uses the next port too.
    port: wholeNumberOption('port', values.port, { min: 1, max: 65_534 }),
    seed: wholeNumberOption('seed', values.seed),
    withExport: values.export ?? scale === 'S',
    keep: values.keep ?? false,
    smoke,
    importCommit: values['import-commit'],
    importMode: values['import-mode'],
    importOnly: values['import-only'] ?? false,
    withViz: !values['skip-viz'] && (values.viz ?? values['viz-only'] ?? !smoke),
    vizOnly: values['viz-only'] ?? false,
    withCordis: values.cordis ?? values['cordis-only'] ?? !smoke,
    cordisOnly: values['cordis-only'] ?? false,
    // The smoke run loads at S: it proves the phase runs, in seconds.
    largeInitialScale: (smoke ? 'S' : 'L') as ScaleName,
    withLargeInitial: !values['skip-large-initial'],
  };
}

/** Requests/s of this API and of the bare graphql-js server on the same operations. */
async function compareThroughput(
  api: ChildServer,
  bare: ChildServer,
  operations: Record<string, Operation>,
  seconds: number,
) {
  const results: Record<string, { api: Throughput; bare: Throughput; ratio: number }> = {};
  for (const [name, operation] of Object.entries(operations)) {
    await postGraphql(api.url, operation);
    await postGraphql(bare.url, operation);
    const viaApi = await loadTest(api.url, operation, CONNECTIONS, seconds);
    const viaBare = await loadTest(bare.url, operation, CONNECTIONS, seconds);
    results[name] = {
      api: viaApi,
      bare: viaBare,
      ratio: Math.round((viaApi.requestsPerSecond / viaBare.requestsPerSecond) * 100) / 100,
    };
    log(
      `  ${name}: api ${viaApi.requestsPerSecond} req/s p99 ${viaApi.p99Ms} ms (${viaApi.errors} errors), ` +
        `bare graphql-js ${viaBare.requestsPerSecond} req/s p99 ${viaBare.p99Ms} ms (${viaBare.errors} errors)`,
    );
  }
  return results;
}

async function importOnline(db: Database, scale: ScaleName, dataDir: string, seed: number, commit: ImportCommit) {
  log('generating, then the packed floor twice (cold, warm), then importing online...');
  const imported = await generateAndImport(db, scale, path.join(dataDir, 'generated'), seed, commit, true);
  log(
    `  packed floor ${imported.floor?.coldSeconds} s cold, ${imported.floor?.warmSeconds} s warm; ` +
      `${imported.graph.memberships} memberships in ${imported.importSeconds.toFixed(1)} s (commit ${commit}, ` +
      `${imported.timesFloor}× the warm floor): ` +
      `${imported.membershipsPerSecond} memberships/s, importer RSS ${imported.rssBeforeMb} → peak ${imported.rssPeakMb} MB ` +
      `(by tenth: ${imported.rssByTenthMb.join(' ')}; live heap after GC by tenth: ${imported.liveHeapByTenthMb.join(' ')} MB)`,
  );
  return imported;
}

/** /viz's draw time on its own 50,000-node graph, before the scale's Neo4j starts (so the two never share memory). */
async function measureViz(port: number, seed: number): Promise<VizDrawMeasure> {
  log(`/viz draw time on a generated 50,000-node graph (Neo4j on port ${port})...`);
  const viz = await measureVizDraw(port, seed);
  log(`${vizTable(viz)}\n`);
  return viz;
}

/** The real-layout phase, before the scale's Neo4j starts; with --cordis-only its JSON is written here. */
async function measureCordis(port: number, seed: number, budget: RunBudget, only: boolean): Promise<CordisMeasure> {
  log(`real layout: a synthetic H2020 in CORDIS's files (Neo4j on port ${port})...`);
  const cordis = await measureCordisLayout(port, seed, budget);
  console.log(
    `\n## bench CORDIS layout (${cordis.graph.organizations} organisations, ${cordis.graph.consortia} projects, ` +
      `${cordis.graph.memberships} participations; questions interleaved)\n\n${cordisLoadTable(cordis)}\n\n` +
      `graph counts of the two loads ${cordis.identicalCounts ? 'identical' : 'DIFFER'}\n\n` +
      `${latencyTable(cordis.questions)}\n\n${executorTable(cordis.questions)}\n`,
  );
  if (only) writeResults('cordis', { seed, cordis });
  return cordis;
}

/** The initial load at 1M rows (L) in its own Neo4j on `port`, before the scale's Neo4j starts. */
async function measureLargeInitial(scale: ScaleName, port: number, seed: number): Promise<LargeInitialLoad> {
  log(`initial load at ${scale} (Neo4j on port ${port})...`);
  const load = await measureLargeInitialLoad(scale, port, seed);
  log(`${largeInitialLoadTable(load)}\n`);
  return load;
}

function writeResults(name: string, results: object): void {
  const outFile = path.join(__dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}-${name}.json`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2));
  log(`wrote ${path.relative(process.cwd(), outFile)}`);
}

async function main(commandLine: CommandLine<typeof BENCH_COMMAND.options>): Promise<void> {
  const args = benchArgsOf(commandLine);
  const { scale, port, seed, withExport, keep, smoke, importCommit, importMode, importOnly, withViz, vizOnly } = args;
  const { withCordis, cordisOnly, withLargeInitial, largeInitialScale } = args;
  const budget = smoke ? SMOKE_BUDGET : BUDGETS[scale];
  const loadSeconds = smoke ? SMOKE_LOAD_SECONDS : LOAD_SECONDS[scale];
  const started = Date.now();
  const viz = withViz && !cordisOnly ? await measureViz(port + 1, seed) : null;
  if (vizOnly) return;
  const cordis = withCordis
    ? await measureCordis(port + 2, seed, smoke ? SMOKE_BUDGET : CORDIS_BUDGET, cordisOnly)
    : null;
  if (cordisOnly) return;
  const largeInitial = withLargeInitial ? await measureLargeInitial(largeInitialScale, port + 3, seed) : null;
  const neo4jOptions = benchNeo4jOptions(scale, port);
  log(
    `bench ${scale}: starting Neo4j on port ${port} (heap ${neo4jOptions.heap}, page cache ${neo4jOptions.pageCache})`,
  );
  let initial: InitialLoadMeasure | null = null;
  if (importMode === 'initial') {
    log('generating and loading with the offline importer (initial load)...');
    initial = await generateAndLoadInitially(
      neo4jOptions,
      openBenchDatabase,
      scale,
      initialGeneratedDir(neo4jOptions),
      seed,
    );
    log(
      `  ${initial.graph.memberships} memberships in ${initial.importSeconds.toFixed(1)} s (initial load): ` +
        `${initial.membershipsPerSecond} memberships/s; phases ${JSON.stringify(initial.phases)}; ` +
        `importer RSS ${initial.rssBeforeMb} → peak ${initial.rssPeakMb} MB`,
    );
  }
  const neo4jProcess = initial ? runningNeo4j(neo4jOptions) : await startFreshNeo4j(neo4jOptions);
  const db = openBenchDatabase(neo4jProcess.uri);
  const driver = neo4j.driver(neo4jProcess.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  const children: ChildServer[] = [];
  try {
    const onlineImport = initial ? null : await importOnline(db, scale, neo4jOptions.dataDir, seed, importCommit);
    const imported = initial ?? onlineImport!;
    if (importOnly) {
      log(`--import-only: ${imported.membershipsPerSecond} memberships/s (${importMode})`);
      return;
    }

    const api = await startChildServer('apiServer', neo4jProcess.uri);
    children.push(api);
    const neoGraphql = await startChildServer('neo4jGraphqlServer', neo4jProcess.uri);
    children.push(neoGraphql);
    log('latency (sequential, after warm-up):');
    const questions: QuestionResult[] = [];
    for (const question of benchQuestions(imported.graph)) {
      questions.push(await askInterleaved(question, budget, driver, { api, neo: neoGraphql }));
    }
    await neoGraphql.stop();
    log('growing lists and the whole export, unpaged:');
    const sizeLimits = await checkSizeLimits(api);

    let graphmlExports: ExportAttempt[] | null = null;
    if (withExport) {
      log('full GraphML export over HTTP, measures=none (streamed) then measures=all...');
      graphmlExports = await measureGraphmlExports(api);
      for (const attempt of graphmlExports) {
        log(
          isRefusal(attempt)
            ? `  measures=${attempt.measures}: refused (${attempt.status}): ${attempt.refused}`
            : `  measures=${attempt.measures}: ${(attempt.bytes / 1e6).toFixed(1)} MB in ${attempt.seconds} s, ` +
                `API RSS ${attempt.apiRssBeforeMb} → peak ${attempt.apiRssPeakMb} MB`,
        );
      }
    }

    log(`throughput (${CONNECTIONS} connections, ${loadSeconds} s each):`);
    const bare = await startChildServer('bareGraphqlServer', neo4jProcess.uri);
    children.push(bare);
    const throughput = await compareThroughput(
      api,
      bare,
      {
        'organization(id)': {
          query: `query Org($id: ID!) { organization(id: $id) { id name kind country consortiumCount } }`,
          variables: { id: imported.graph.typicalOrganizationId },
        },
        'organizationsInMultipleConsortia(minConsortia: 5)': {
          query: `{ organizationsInMultipleConsortia(minConsortia: 5, first: 100) { organization { id name } consortiumCount } }`,
        },
      },
      loadSeconds,
    );

    log(`load run (${loadSeconds} s each, 32 and 128 connections):`);
    const loadRun = await runLoad(api, loadRunOperations(imported.graph.typicalOrganizationId), loadSeconds);
    for (const row of loadRun) {
      log(
        `  ${row.question} × ${row.connections}: ${row.requestsPerSecond} req/s, p99 ${row.p99Ms} ms, ${row.non2xx} non-2xx`,
      );
    }

    const memory = { api: api.memory(), neo4j: processMemoryMb(neo4jProcess.pid) };
    const table = latencyTable(questions);
    const targets = checkTargets({ scale, largeInitial, cordis, onlineImport, questions, sizeLimits });
    console.log(
      `\n## bench ${scale} (${imported.graph.organizations} organisations, ${imported.graph.memberships} memberships)\n\n${table}\n`,
    );
    console.log(`${sizeLimitsTable(sizeLimits)}\n`);
    if (cordis) console.log(`CORDIS layout:\n\n${sizeLimitsTable(cordis.sizeLimits)}\n`);
    if (largeInitial) console.log(`${largeInitialLoadTable(largeInitial)}\n`);
    if (graphmlExports) console.log(`${exportTable(graphmlExports)}\n`);
    if (viz) console.log(`${vizTable(viz)}\n`);
    console.log(`${loadRunTable(loadRun)}\n`);
    console.log(
      `API process RSS now ${memory.api.rssMb} MB, peak ${memory.api.peakRssMb} MB; Neo4j JVM RSS ${memory.neo4j.rssMb} MB, peak ${memory.neo4j.peakRssMb} MB`,
    );
    const outFile = path.join(__dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}-${scale}.json`);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(
      outFile,
      JSON.stringify(
        {
          scale,
          seed,
          smoke,
          importCommit,
          importMode,
          startedAt: new Date(started).toISOString(),
          seconds: Math.round((Date.now() - started) / 1000),
          import: imported,
          questions,
          graphmlExports,
          viz,
          cordis,
          largeInitial,
          sizeLimits,
          targets,
          throughput,
          loadRun,
          memory,
        },
        null,
        2,
      ),
    );
    console.log(`\n### Against issue #18's targets\n\n${targetsTable(targets)}\n`);
    log(`wrote ${path.relative(process.cwd(), outFile)} (${Math.round((Date.now() - started) / 1000)} s in all)`);
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
    await driver.close();
    await db.close();
    // --keep leaves the graph up for PROFILE (bench/NOTES.md); stop it with the same data folder afterwards.
    if (keep) log(`Neo4j left running on ${neo4jProcess.uri} (pid ${neo4jProcess.pid})`);
    else await stopLocalNeo4j(neo4jOptions);
  }
}

runCli(BENCH_COMMAND, main);
