import type { BatchCounts } from '../edits/importBatch';
import type { Rejection } from '../edits/importRows';

export const IMPORT_FORMATS = ['generic-csv', 'json', 'cordis'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A problem with the whole import (unreadable file, wrong columns): nothing is written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The import was stopped (Ctrl-C, an AbortSignal); its transaction was rolled back. */
export class ImportAborted extends Error {
  constructor(reason = 'the import was interrupted; nothing was written') {
    super(reason);
    this.name = 'ImportAborted';
  }
}

/** One record of the input file, by column name, with where it is ("line 7", "memberships[3]"). */
export interface RawRecord {
  location: string;
  fields: Record<string, string>;
}

/**
 * A per-batch import stopped after committing some batches: they stay (each is whole), the rest is not written.
 * Re-running the same file completes the import, since every write is a MERGE.
 */
export class ImportIncomplete extends Error {
  constructor(
    readonly committedBatches: number,
    readonly committedRows: number,
    readonly cause: unknown,
  ) {
    const reason =
      cause instanceof ImportAborted ? 'it was interrupted' : cause instanceof Error ? cause.message : String(cause);
    super(
      `the import stopped after committing ${committedBatches} batch${committedBatches === 1 ? '' : 'es'} ` +
        `(${committedRows} rows): ${reason.replace(/\.$/, '')}. Run the same import again to complete it; rows ` +
        'already written are matched, not duplicated.',
    );
    this.name = 'ImportIncomplete';
  }
}

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  batches: number;
  /** Since the import began reading the file: with the bytes read, the rate and the time left. */
  elapsedMs: number;
}

export const IMPORT_COMMITS = ['once', 'per-batch'] as const;
export type ImportCommit = (typeof IMPORT_COMMITS)[number];

export interface ImportOptions {
  file: string;
  format: ImportFormat;
  /** CORDIS only: project.csv, for consortium names and start/end dates. */
  projectsFile?: string;
  /** Rows per UNWIND statement (default 5,000). */
  batchSize?: number;
  /** The whole import's transaction timeout (default 30 minutes); per batch with `commit: 'per-batch'`. */
  timeoutMs?: number;
  /**
   * 'once' (default): one transaction, all or nothing. 'per-batch': a transaction per batch, so Neo4j's memory
   * stays flat for files of any size; a failure leaves the committed batches (ImportIncomplete).
   */
  commit?: ImportCommit;
  /** Called after each batch is written; throwing from it aborts (and rolls back) the import. */
  onProgress?: (progress: ImportProgress) => void;
  /** Called for each rejected row, as it is found. */
  onRejected?: (rejection: Rejection) => void;
  /** Aborting stops the import at the next batch and rolls everything back. */
  signal?: AbortSignal;
}

/** What an import did: the counts its batches wrote (BatchCounts), the rows it read and what it rejected. */
export interface ImportSummary extends BatchCounts {
  sourceId: string;
  rowsRead: number;
  rejected: number;
  /** The first rejections (at most 1,000), in file order. */
  rejections: Rejection[];
  seconds: number;
}
