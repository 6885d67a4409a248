import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { loadAffiliations } from '../src/generate/loadAffiliations';
import type { ScaleName } from '../src/generate/scales';
import { initialLoad, type InitialLoadSummary } from '../src/import/initialLoad';
import { stopLocalNeo4j, type LocalNeo4jOptions } from '../src/localdb/localNeo4j';
import { generateScale } from './importPhase';
import type { GeneratedGraph } from '../src/generate/generateGraph';
import { ownRssMb } from './processMemory';

export interface InitialLoadMeasure {
  graph: GeneratedGraph;
  fileMb: number;
  generateSeconds: number;
  /** From reading the file to the schema online on a started Neo4j (the whole of `npm run import --initial`). */
  importSeconds: number;
  membershipsPerSecond: number;
  phases: InitialLoadSummary['phases'];
  rejected: number;
  /** RSS of this (importing) process before and at its highest: the initial load holds the graph in memory. */
  rssBeforeMb: number;
  rssPeakMb: number;
  affiliationSeconds: number;
}

/**
 * The initial-load phase: generates the scale's CSV outside the data folder, wipes the folder, and loads it with
 * `initialLoad` (offline importer, then Neo4j started for the schema and left running for the questions), then
 * adds the PART_OF links online as the online phase does. Answers the same throughput figure as the online phase.
 */
export async function generateAndLoadInitially(
  neo4j: LocalNeo4jOptions,
  connect: (uri: string) => Database,
  scale: ScaleName,
  generatedDir: string,
  seed: number,
): Promise<InitialLoadMeasure> {
  const { file, partsFile, graph, generateSeconds } = await generateScale(scale, generatedDir, seed);
  await stopLocalNeo4j(neo4j);
  fs.rmSync(neo4j.dataDir, { recursive: true, force: true });
  global.gc?.();
  const rssBeforeMb = ownRssMb();
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, ownRssMb())), 50);
  let summary: InitialLoadSummary;
  try {
    summary = await initialLoad({ file, format: 'generic-csv', local: neo4j, connect, keepRunning: true });
  } finally {
    clearInterval(sampler);
  }
  const db = connect(`bolt://127.0.0.1:${neo4j.port}`);
  const affiliated = performance.now();
  try {
    await loadAffiliations(db, partsFile, summary.sourceId);
  } finally {
    await db.close();
  }
  return {
    graph,
    fileMb: Math.round(fs.statSync(file).size / 1024 / 1024),
    generateSeconds,
    importSeconds: summary.seconds,
    membershipsPerSecond: Math.round(summary.membershipsCreated / summary.seconds),
    phases: summary.phases,
    rejected: summary.rejected,
    rssBeforeMb,
    rssPeakMb,
    affiliationSeconds: (performance.now() - affiliated) / 1000,
  };
}

/** Where the initial phase writes its generated CSV: beside, not inside, the data folder it wipes. */
export const initialGeneratedDir = (neo4j: LocalNeo4jOptions) => `${path.resolve(neo4j.dataDir)}-generated`;
