import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateCordisLayout } from '../src/generate/cordisLayout';
import { applySchema } from '../src/db/schema';
import { importFile } from '../src/import/importFile';
import { initialLoad } from '../src/import/initialLoad';
import type { ImportOptions } from '../src/import/importTypes';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { generateScale } from './importPhase';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * The initial load alone, end to end, at L (generic CSV, 1M rows) and on the CORDIS-layout files (144,726 rows):
 * each into a wiped folder (L twice: rows read on the main thread, then in the worker thread), Neo4j left running
 * as the benchmark leaves it (its stop is in no figure) and then stopped; then the CORDIS files online. Prints one Markdown row per load with its phases and the load average before and after.
 *
 * Usage: `npx tsx bench/initialLoadTimes.ts [L|cordis|both] [port=9110]`.
 * Only a loopback Neo4j it starts itself is touched.
 */

const loadAverage = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .replace(/.*load average: /, '')
    .trim();

async function timeLoad(
  name: string,
  port: number,
  files: Pick<ImportOptions, 'file' | 'format' | 'projectsFile'>,
  rowsInWorker = true,
) {
  const local = benchNeo4jOptions(`initial-${name.replace(/\W+/g, '-')}`, port);
  await stopLocalNeo4j(local);
  fs.rmSync(local.dataDir, { recursive: true, force: true });
  const before = loadAverage();
  try {
    const summary = await initialLoad({ ...files, local, connect: openBenchDatabase, keepRunning: true, rowsInWorker });
    const { readSeconds, filesSeconds, importAndStartSeconds, schemaSeconds } = summary.phases;
    console.log(
      `| ${name} | ${rowsInWorker ? 'worker thread' : 'main thread'} | ${summary.membershipsCreated} | ${summary.seconds} | ` +
        `${Math.round(summary.membershipsCreated / summary.seconds)} | ` +
        `${readSeconds}, ${filesSeconds}, ${importAndStartSeconds}, ${schemaSeconds} | ${before} → ${loadAverage()} |`,
    );
  } finally {
    await stopLocalNeo4j(local);
  }
}

/** The same files online (`importFile`, one transaction) into a fresh Neo4j with the schema applied first. */
async function timeOnline(name: string, port: number, files: Pick<ImportOptions, 'file' | 'format' | 'projectsFile'>) {
  const local = benchNeo4jOptions(`online-${name.replace(/\W+/g, '-')}`, port);
  const { uri } = await startFreshNeo4j(local);
  const db = openBenchDatabase(uri);
  const before = loadAverage();
  try {
    await applySchema(db);
    const started = performance.now();
    const summary = await importFile(db, files);
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    console.log(
      `| ${name} | online | ${summary.membershipsCreated} | ${seconds} | ` +
        `${Math.round(summary.membershipsCreated / seconds)} | – | ${before} → ${loadAverage()} |`,
    );
  } finally {
    await db.close();
    await stopLocalNeo4j(local);
  }
}

async function main(): Promise<void> {
  const [which = 'both', portText = '9110'] = process.argv.slice(2);
  const port = Number(portText);
  const dir = path.resolve(__dirname, '../.neo4j/initial-times-generated');
  fs.mkdirSync(dir, { recursive: true });
  console.log(
    '| load | rows read on | memberships | s | memberships/s | read, files, importer + start, schema (s) | load average |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  if (which !== 'cordis') {
    const { file } = await generateScale('L', dir, 42);
    // BENCH_MAIN_THREAD=1: both readers, in turn, on the same file (the worker thread's gain in one run).
    if (process.env.BENCH_MAIN_THREAD === '1') await timeLoad('L', port, { file, format: 'generic-csv' }, false);
    await timeLoad('L', port, { file, format: 'generic-csv' }, true);
  }
  if (which !== 'L') {
    const file = path.join(dir, 'organization.csv');
    const projectsFile = path.join(dir, 'project.csv');
    await generateCordisLayout(42, fs.createWriteStream(file), fs.createWriteStream(projectsFile));
    await timeLoad('CORDIS layout', port, { file, format: 'cordis', projectsFile });
    await timeOnline('CORDIS layout', port, { file, format: 'cordis', projectsFile });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
