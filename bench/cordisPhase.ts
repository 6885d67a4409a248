import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { applySchema } from '../src/db/schema';
import type { GeneratedGraph } from '../src/generate/generateGraph';
import { importFile } from '../src/import/importFile';
import type { InitialLoadSummary } from '../src/import/initialLoad';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { startChildServer, type ChildServer } from './childServer';
import { askInterleaved, type QuestionServers } from './askInterleaved';
import { loadCordisInitially, writeCordisLayout, type CordisLayoutFiles } from './cordisLayoutGraph';
import { graphCounts, withDriver, type GraphCounts } from './graphCounts';
import type { RunBudget } from './latency';
import { benchQuestions } from './questions';
import type { QuestionResult } from './report';
import { openBenchDatabase } from './servers/serverEnv';
import { checkSizeLimits, type SizeAttempt } from './sizeLimits';

export interface CordisLoad {
  memberships: number;
  seconds: number;
  membershipsPerSecond: number;
  counts: GraphCounts;
  phases?: InitialLoadSummary['phases'];
}

export interface CordisMeasure {
  graph: GeneratedGraph;
  fileMb: number;
  generateSeconds: number;
  online: CordisLoad;
  initial: CordisLoad;
  identicalCounts: boolean;
  questions: QuestionResult[];
  /** The growing lists and the whole export at this size, unpaged (sizeLimits.ts). */
  sizeLimits: SizeAttempt[];
}

const log = (line: string) => console.error(line);

/** `npm run import -- organization.csv --format cordis --projects project.csv` into a fresh, running Neo4j. */
async function loadOnline(port: number, file: string, projectsFile: string): Promise<CordisLoad> {
  const options = benchNeo4jOptions('cordis', port);
  const { uri } = await startFreshNeo4j(options);
  const db: Database = openBenchDatabase(uri);
  try {
    await applySchema(db);
    const started = performance.now();
    const summary = await importFile(db, { file, format: 'cordis', projectsFile });
    const seconds = (performance.now() - started) / 1000;
    return {
      memberships: summary.membershipsCreated,
      seconds: Math.round(seconds * 10) / 10,
      membershipsPerSecond: Math.round(summary.membershipsCreated / seconds),
      counts: await withDriver(uri, graphCounts),
    };
  } finally {
    await db.close();
    await stopLocalNeo4j(options);
  }
}

/** The same files with Neo4j's offline importer into the wiped folder (initialLoad); Neo4j is left running. */
async function loadInitially(port: number, files: CordisLayoutFiles): Promise<CordisLoad> {
  const summary = await loadCordisInitially(benchNeo4jOptions('cordis', port), files);
  return {
    memberships: summary.membershipsCreated,
    seconds: summary.seconds,
    membershipsPerSecond: Math.round(summary.membershipsCreated / summary.seconds),
    phases: summary.phases,
    counts: await withDriver(`bolt://127.0.0.1:${port}`, graphCounts),
  };
}

/**
 * The real-layout benchmark (issue #18 item 5): writes a synthetic H2020 in CORDIS's layout (generateCordisLayout),
 * imports it online and as an initial load into its own Neo4j on `port` (each into an empty database; rates and
 * graph counts of both), then asks the benchmark's questions of the initially loaded graph this API's way, with
 * hand-written Cypher and with @neo4j/graphql, interleaved, and asks the growing lists unpaged (sizeLimits.ts).
 * Stops its Neo4j before it returns.
 */
export async function measureCordisLayout(port: number, seed: number, budget: RunBudget): Promise<CordisMeasure> {
  const options = benchNeo4jOptions('cordis', port);
  const generated = performance.now();
  const files = await writeCordisLayout(`${path.resolve(options.dataDir)}-generated`, seed);
  const { graph, file, projectsFile } = files;
  const generateSeconds = Math.round((performance.now() - generated) / 100) / 10;
  log(`  generated ${graph.memberships} participations in ${generateSeconds} s; importing online...`);
  const online = await loadOnline(port, file, projectsFile);
  log(`  online: ${online.memberships} memberships in ${online.seconds} s, ${online.membershipsPerSecond}/s`);
  const initial = await loadInitially(port, files);
  log(
    `  initial load: ${initial.memberships} memberships in ${initial.seconds} s, ${initial.membershipsPerSecond}/s ` +
      `(phases ${JSON.stringify(initial.phases)})`,
  );
  const identicalCounts = JSON.stringify(online.counts) === JSON.stringify(initial.counts);
  log(`  graph counts ${identicalCounts ? 'identical' : 'DIFFER'}: ${JSON.stringify(initial.counts)}`);
  const children: ChildServer[] = [];
  const uri = `bolt://127.0.0.1:${port}`;
  try {
    const start = async (name: string, env?: Record<string, string>) => {
      const child = await startChildServer(name, uri, env);
      children.push(child);
      return child;
    };
    const servers: QuestionServers = {
      api: await start('apiServer', { COMPILED_EXECUTION: 'true' }),
      apiGraphqlJs: await start('apiServer', { COMPILED_EXECUTION: 'false' }),
      neo: await start('neo4jGraphqlServer'),
    };
    const questions = await withDriver(uri, async (driver) => {
      const results: QuestionResult[] = [];
      for (const question of benchQuestions(graph))
        results.push(await askInterleaved(question, budget, driver, servers));
      return results;
    });
    log('  growing lists and the whole export, unpaged:');
    const sizeLimits = await checkSizeLimits(servers.api);
    return {
      graph,
      fileMb: Math.round(fs.statSync(file).size / 1024 / 1024),
      generateSeconds,
      online,
      initial,
      identicalCounts,
      questions,
      sizeLimits,
    };
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
    await stopLocalNeo4j(options);
  }
}

/** The two loads as Markdown. */
export function cordisLoadTable(measure: CordisMeasure): string {
  const row = (name: string, load: CordisLoad) =>
    `| ${name} | ${load.memberships} | ${load.seconds} | ${load.membershipsPerSecond} | ${load.counts.nodes.Organization ?? 0} | ${load.counts.nodes.Consortium ?? 0} | ${load.counts.relationships.MEMBER_OF ?? 0} |`;
  return [
    '| load | memberships | seconds | memberships/s | Organization nodes | Consortium nodes | MEMBER_OF |',
    '|---|---|---|---|---|---|---|',
    row('online (importFile, one transaction)', measure.online),
    row('initial load (offline importer + schema)', measure.initial),
  ].join('\n');
}
