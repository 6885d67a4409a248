import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { applySchema } from '../src/db/schema';
import { generateGraph, type GeneratedGraph } from '../src/generate/generateGraph';
import { loadAffiliations } from '../src/generate/loadAffiliations';
import { SCALES, type ScaleName } from '../src/generate/scales';
import { importFile, importSourceId, sha256OfFile } from '../src/import/importFile';
import type { ImportCommit } from '../src/import/importTypes';
import { measurePackedFloor, type FloorMeasure } from './importFloorRuns';
import { ownRssMb } from './processMemory';

export interface ImportMeasure {
  graph: GeneratedGraph;
  fileMb: number;
  generateSeconds: number;
  importSeconds: number;
  membershipsPerSecond: number;
  rejected: number;
  /** RSS of this (importing) process: before, highest, and at each tenth of the file read. */
  rssBeforeMb: number;
  rssPeakMb: number;
  rssByTenthMb: number[];
  /** The importer's heap after a full garbage collection at each tenth of the file (with --expose-gc). */
  liveHeapByTenthMb: number[];
  affiliationSeconds: number;
  /** The packed floor measured just before the import (with `againstFloor`), and the import's time over its own. */
  floor?: FloorMeasure;
  timesFloor?: number;
}

export interface GeneratedScale {
  file: string;
  partsFile: string;
  graph: GeneratedGraph;
  generateSeconds: number;
}

/** Writes the scale's generic CSV and its PART_OF file in `dir`. */
export async function generateScale(scale: ScaleName, dir: string, seed: number): Promise<GeneratedScale> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `generated-${scale}.csv`);
  const partsFile = path.join(dir, `generated-${scale}-parts.csv`);
  const generated = performance.now();
  const graph = await generateGraph(
    { ...SCALES[scale], seed },
    fs.createWriteStream(file),
    fs.createWriteStream(partsFile),
  );
  return { file, partsFile, graph, generateSeconds: (performance.now() - generated) / 1000 };
}

/**
 * Generates the scale's CSV (and PART_OF file) beside the benchmark's data folder, then imports it through the
 * same path as real data (`importFile`, generic CSV) and the affiliations through `loadAffiliations`, measuring
 * throughput and this process's memory (Neo4j's heap is its own JVM's and is measured apart). With `againstFloor`,
 * the packed floor runs twice first (importFloorRuns.ts), so that the import's rate is compared with a floor measured
 * on the same file, Neo4j and JVM warmth in the same run.
 */
export async function generateAndImport(
  db: Database,
  scale: ScaleName,
  dir: string,
  seed: number,
  commit: ImportCommit,
  againstFloor = false,
): Promise<ImportMeasure> {
  const { file, partsFile, graph, generateSeconds } = await generateScale(scale, dir, seed);
  await applySchema(db);
  const floor = againstFloor
    ? await measurePackedFloor(db, file, `floor-${importSourceId(await sha256OfFile(file))}`)
    : undefined;

  global.gc?.();
  const rssBeforeMb = ownRssMb();
  let rssPeakMb = rssBeforeMb;
  const rssByTenthMb: number[] = [];
  const liveHeapByTenthMb: number[] = [];
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, ownRssMb())), 50);
  const started = performance.now();
  let summary;
  try {
    summary = await importFile(db, {
      file,
      format: 'generic-csv',
      commit,
      onProgress: ({ bytesRead, totalBytes }) => {
        while (rssByTenthMb.length < Math.floor((10 * bytesRead) / totalBytes)) {
          rssByTenthMb.push(ownRssMb());
          // What the importer keeps (RSS also counts garbage not collected yet): needs node --expose-gc.
          if (global.gc) {
            global.gc();
            liveHeapByTenthMb.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024));
          }
        }
      },
    });
  } finally {
    clearInterval(sampler);
  }
  const importSeconds = (performance.now() - started) / 1000;
  const affiliated = performance.now();
  await loadAffiliations(db, partsFile, summary.sourceId);
  return {
    graph,
    fileMb: Math.round(fs.statSync(file).size / 1024 / 1024),
    generateSeconds,
    importSeconds,
    membershipsPerSecond: Math.round(summary.membershipsCreated / importSeconds),
    rejected: summary.rejected,
    rssBeforeMb,
    rssPeakMb: Math.max(rssPeakMb, ...rssByTenthMb),
    rssByTenthMb,
    liveHeapByTenthMb,
    affiliationSeconds: (performance.now() - affiliated) / 1000,
    ...(floor ? { floor, timesFloor: Math.round((importSeconds / floor.warmSeconds) * 100) / 100 } : {}),
  };
}
