import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import { applySchema } from '../db/schema';
import { importFile } from '../import/importFile';
import { generateGraph, type GeneratedGraph } from './generateGraph';
import { loadAffiliations } from './loadAffiliations';

/** How many organisations and memberships to generate (a scale of `SCALES`, or any other size). */
export interface GeneratedSize {
  organizations: number;
  memberships: number;
}

/**
 * Generates a CORDIS-shaped graph of `size` into `dir` (its CSV and PART_OF file) and imports it into `db` through
 * the real import (generic CSV, then the affiliations), after applying the schema. For tests and the benchmark that
 * need a large graph of their own; `dir` is left for the caller to remove.
 */
export async function importGeneratedGraph(
  db: Database,
  size: GeneratedSize,
  seed: number,
  dir: string,
): Promise<GeneratedGraph> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'generated.csv');
  const partsFile = path.join(dir, 'generated-parts.csv');
  await applySchema(db);
  const graph = await generateGraph({ ...size, seed }, fs.createWriteStream(file), fs.createWriteStream(partsFile));
  const summary = await importFile(db, { file, format: 'generic-csv', commit: 'per-batch' });
  await loadAffiliations(db, partsFile, summary.sourceId);
  return graph;
}
