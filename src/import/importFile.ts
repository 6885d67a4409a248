import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import { GraphWrites } from '../db/writes/graphWrites';
import { ImportBatchWriter } from './batchWriter';
import { readCordisProjects, readImportRows, type CordisProject } from './formats';
import {
  ImportAborted,
  ImportError,
  type ImportOptions,
  type ImportRow,
  type ImportSummary,
  type Rejection,
} from './importTypes';

export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_IMPORT_TIMEOUT_MS = 30 * 60 * 1000;
const MAX_KEPT_REJECTIONS = 1_000;

/** SHA-256 of a file, read as a stream. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The Source an import is recorded as: the same file content always gives the same id. */
export const importSourceId = (contentHash: string) => `import-${contentHash.slice(0, 16)}`;

/**
 * Imports a file of memberships (generic CSV, JSON or CORDIS) into the graph and answers what it
 * did. Rows are streamed and written in batches of `batchSize` through GraphWrites' UNWIND
 * statements; a bad row is rejected with its location and reason while the rest continue.
 *
 * The whole import is ONE write transaction, so a failure, an abort (`signal`, or `onProgress`
 * throwing) or Neo4j stopping leaves no part of it, and re-running the same file (MERGE on ids)
 * leaves the same graph. The cost: Neo4j keeps the transaction's whole state in its heap until
 * commit. At CORDIS scale (Horizon Europe: ~200k participations, ~50k organisations) that is
 * on the order of 1 GB, so the server needs heap (and `db.memory.transaction.max`) to match;
 * an import larger than that should be split by file, each file still all-or-nothing.
 */
export async function importFile(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  if (!fs.existsSync(options.file)) throw new ImportError(`cannot read ${options.file}: no such file`);
  if (options.projectsFile !== undefined && !fs.existsSync(options.projectsFile)) {
    throw new ImportError(`cannot read ${options.projectsFile}: no such file`);
  }
  const contentHash = await sha256OfFile(options.file);
  const projects =
    options.format === 'cordis' && options.projectsFile !== undefined
      ? await readCordisProjects(options.projectsFile)
      : new Map<string, CordisProject>();
  throwIfAborted(options.signal);
  // The driver may run `work` again after a transient error, so it starts from nothing each time.
  const work = (tx: ManagedTransaction) => importInTransaction(db, tx, options, contentHash, projects);
  const summary = await db.writeTx(work, options.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS);
  return { ...summary, seconds: Math.round((performance.now() - started) / 10) / 100 };
}

async function importInTransaction(
  db: Database,
  tx: ManagedTransaction,
  options: ImportOptions,
  contentHash: string,
  projects: Map<string, CordisProject>,
): Promise<ImportSummary> {
  const sourceId = importSourceId(contentHash);
  const writer = new ImportBatchWriter(db, tx, sourceId);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const totalBytes = fs.statSync(options.file).size;
  const position = { bytesRead: 0 };
  const rejections: Rejection[] = [];
  let rejected = 0;
  let rowsRead = 0;
  let batches = 0;
  const reject = (rejection: Rejection) => {
    rejected += 1;
    if (rejections.length < MAX_KEPT_REJECTIONS) rejections.push(rejection);
    options.onRejected?.(rejection);
  };
  const flush = async (batch: ImportRow[]) => {
    throwIfAborted(options.signal);
    for (const rejection of await writer.write(batch)) reject(rejection);
    batches += 1;
    options.onProgress?.({ rowsRead, bytesRead: position.bytesRead, totalBytes, batches });
  };

  let batch: ImportRow[] = [];
  for await (const item of readImportRows(options.format, options.file, projects, position)) {
    rowsRead += 1;
    if ('rejection' in item) reject(item.rejection);
    else batch.push(item.row);
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  throwIfAborted(options.signal);

  const rowCounts = { read: rowsRead, accepted: rowsRead - rejected, rejected };
  await new GraphWrites(db, tx).sources([
    {
      id: sourceId,
      title: path.basename(options.file),
      publisher: null,
      date: null,
      language: null,
      url: null,
      document: null,
      contentHash,
      importedAt: new Date().toISOString(),
      rowCounts: JSON.stringify(rowCounts),
    },
  ]);
  return { sourceId, rowsRead, ...writer.counts, rejected, rejections, seconds: 0 };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportAborted();
}
