import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Tx } from '../db/database';
import type { Database } from '../db/database';
import { GraphWrites } from '../db/writes/graphWrites';
import { ImportWrites, PendingStoredCounts } from '../db/writes/importWrites';
import { addCounts, ImportBatchWriter, NO_COUNTS, type BatchResult } from '../edits/importBatch';
import { readCordisProjects, readImportRows, type CordisProject } from './formats';
import type { ImportRow, Rejection } from '../edits/importRows';
import { ImportAborted, ImportError, ImportIncomplete, type ImportOptions, type ImportSummary } from './importTypes';

export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_IMPORT_TIMEOUT_MS = 30 * 60 * 1000;
const MAX_KEPT_REJECTIONS = 1_000;

/** SHA-256 of a file, read as a stream. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The title of an import's Source: the file's name. */
export const importSourceTitle = (file: string) => path.basename(file);

/** The Source an import is recorded as: the same file content always gives the same id. */
export const importSourceId = (contentHash: string) => `import-${contentHash.slice(0, 16)}`;

/**
 * Imports a file of memberships (generic CSV, JSON or CORDIS) into the graph and answers what it
 * did. Rows are streamed and written in batches of `batchSize` (ImportBatchWriter); a bad row is
 * rejected with its location and reason while the rest continue. The next batch is read while the
 * current one is being written. Re-running the same file (MERGE on ids) leaves the same graph.
 *
 * `commit: 'once'` (the default) makes the whole import ONE write transaction, so a failure, an
 * abort (`signal`, or `onProgress` throwing) or Neo4j stopping leaves no part of it. The cost:
 * Neo4j holds the transaction's state in its heap until commit (about 1 GB per 300,000
 * memberships), so the server's heap and `db.memory.transaction.max` must fit the file.
 *
 * `commit: 'per-batch'` commits each batch on its own, so Neo4j's memory stays flat whatever the
 * file's size. A failure then leaves the batches committed before it, and says so
 * (ImportIncomplete): re-running the same file completes the import without duplicating anything.
 */
export async function importFile(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const { source, projects } = await prepareImport(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
  const summary =
    options.commit === 'per-batch'
      ? await importPerBatch(db, options, source, projects, timeoutMs)
      : // The driver may run the work again after a transient error, so it starts from nothing each time.
        await db.writeTx((tx) => {
          const pending = new PendingStoredCounts();
          return readAndWrite(options, source.sourceId, projects, {
            write: (rows, writer) => writer.write(new ImportWrites(db, tx, source.sourceId, pending), rows),
            finish: async (rowCounts) => {
              await pending.write(db, tx);
              await writeSource(db, tx, options.file, source, rowCounts);
            },
          });
        }, timeoutMs);
  return { ...summary, seconds: Math.round((performance.now() - started) / 10) / 100 };
}

/** Checks that the files exist, hashes the input (its Source's id) and reads CORDIS projects. */
export async function prepareImport(
  options: ImportOptions,
): Promise<{ source: ImportSource; projects: Map<string, CordisProject> }> {
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
  return { source: { sourceId: importSourceId(contentHash), contentHash }, projects };
}

/** Each batch in its own transaction; the Source first, so what is committed always cites an existing Source. */
async function importPerBatch(
  db: Database,
  options: ImportOptions,
  source: ImportSource,
  projects: Map<string, CordisProject>,
  timeoutMs: number,
): Promise<ImportSummary> {
  await db.writeTx((tx) => writeSource(db, tx, options.file, source, null), timeoutMs);
  let committed = { batches: 0, rows: 0 };
  try {
    return await readAndWrite(options, source.sourceId, projects, {
      write: async (rows, writer) => {
        const result = await db.writeTx(
          (tx) => writer.write(new ImportWrites(db, tx, source.sourceId), rows),
          timeoutMs,
        );
        committed = { batches: committed.batches + 1, rows: committed.rows + rows.length };
        return result;
      },
      finish: (rowCounts) => db.writeTx((tx) => writeSource(db, tx, options.file, source, rowCounts), timeoutMs),
    });
  } catch (error) {
    if (committed.batches === 0) throw error;
    throw new ImportIncomplete(committed.batches, committed.rows, error);
  }
}

export interface ImportSource {
  sourceId: string;
  contentHash: string;
}

export interface RowCounts {
  read: number;
  accepted: number;
  rejected: number;
}

/** Where batches go: one shared transaction, one transaction each, or an initial load's in-memory graph. */
export interface BatchSink {
  write(rows: ImportRow[], writer: ImportBatchWriter): Promise<BatchResult>;
  finish(rowCounts: RowCounts): Promise<void>;
}

/**
 * Reads the file (with `readRows`: here, or in a worker thread) and hands it to `sink` batch by batch, reading the
 * next batch while the previous one is being written. Rejections are reported in file order: a batch's reading rejections are passed on after the previous
 * batch's writing rejections, as if the two ran one after the other.
 */
export async function readAndWrite(
  options: ImportOptions,
  sourceId: string,
  projects: Map<string, CordisProject>,
  sink: BatchSink,
  readRows: typeof readImportRows = readImportRows,
): Promise<ImportSummary> {
  const writer = new ImportBatchWriter();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const totalBytes = fs.statSync(options.file).size;
  const position = { bytesRead: 0 };
  const readingSince = performance.now();
  const rejections: Rejection[] = [];
  let rejected = 0;
  let rowsRead = 0;
  let batches = 0;
  let counts = NO_COUNTS;
  const reject = (rejection: Rejection) => {
    rejected += 1;
    if (rejections.length < MAX_KEPT_REJECTIONS) rejections.push(rejection);
    options.onRejected?.(rejection);
  };

  let writing: Promise<void> = Promise.resolve();
  const flush = async (rows: ImportRow[], readingRejections: Rejection[]) => {
    await writing;
    throwIfAborted(options.signal);
    readingRejections.forEach(reject);
    const progress = { rowsRead, bytesRead: position.bytesRead, totalBytes };
    writing = sink.write(rows, writer).then((result) => {
      result.rejections.forEach(reject);
      counts = addCounts(counts, result.counts);
      batches += 1;
      options.onProgress?.({ ...progress, batches, elapsedMs: performance.now() - readingSince });
    });
    // A failed write surfaces at the next flush or at the end; until then it must not count as unhandled.
    writing.catch(() => undefined);
  };

  let batch: ImportRow[] = [];
  let readingRejections: Rejection[] = [];
  try {
    for await (const items of readRows(options.format, options.file, projects, position)) {
      for (const item of items) {
        rowsRead += 1;
        if ('rejection' in item) readingRejections.push(item.rejection);
        else batch.push(item.row);
        if (batch.length >= batchSize) {
          await flush(batch, readingRejections);
          batch = [];
          readingRejections = [];
        }
      }
    }
    if (batch.length > 0 || readingRejections.length > 0) await flush(batch, readingRejections);
  } catch (error) {
    // Reading failed while a batch was being written: let that write finish, so what is committed is known.
    await writing.catch(() => undefined);
    throw error;
  }
  await writing;
  throwIfAborted(options.signal);

  await sink.finish({ read: rowsRead, accepted: rowsRead - rejected, rejected });
  return { sourceId, rowsRead, ...counts, rejected, rejections, seconds: 0 };
}

/** The Source an import is recorded as; `rowCounts` is null while a per-batch import is still running. */
async function writeSource(
  db: Database,
  tx: Tx,
  file: string,
  { sourceId, contentHash }: ImportSource,
  rowCounts: RowCounts | null,
): Promise<void> {
  await new GraphWrites(db, tx).sources([
    {
      id: sourceId,
      title: importSourceTitle(file),
      publisher: null,
      date: null,
      language: null,
      url: null,
      document: null,
      contentHash,
      importedAt: new Date().toISOString(),
      rowCounts: rowCounts === null ? null : JSON.stringify(rowCounts),
    },
  ]);
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportAborted();
}
