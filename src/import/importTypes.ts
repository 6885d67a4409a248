import type { MembershipRole, OrganizationKind } from '../model/kinds';

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

/** A row that names an organisation by id, or only by name (then resolved or given a slug id). */
export interface OrganizationRef {
  id: string | null;
  name: string | null;
  kind: OrganizationKind | null;
  country: string | null;
  aliases: string[];
}

export interface ConsortiumRef {
  id: string | null;
  name: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** A validated row: one membership of an organisation in a consortium. */
export interface ImportRow {
  location: string;
  organization: OrganizationRef;
  consortium: ConsortiumRef;
  /** Null when the row does not say: an existing membership keeps its role, a new one is MEMBER. */
  role: MembershipRole | null;
  category: string | null;
  since: string | null;
  until: string | null;
}

export interface Rejection {
  location: string;
  reason: string;
}

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  batches: number;
}

export interface ImportOptions {
  file: string;
  format: ImportFormat;
  /** CORDIS only: project.csv, for consortium names and start/end dates. */
  projectsFile?: string;
  /** Rows per UNWIND statement (default 5,000). */
  batchSize?: number;
  /** The whole import's transaction timeout (default 30 minutes). */
  timeoutMs?: number;
  /** Called after each batch is written; throwing from it aborts (and rolls back) the import. */
  onProgress?: (progress: ImportProgress) => void;
  /** Called for each rejected row, as it is found. */
  onRejected?: (rejection: Rejection) => void;
  /** Aborting stops the import at the next batch and rolls everything back. */
  signal?: AbortSignal;
}

export interface ImportSummary {
  sourceId: string;
  rowsRead: number;
  organizationsCreated: number;
  /** Existing organisations the rows resolved to (by id, name or alias). */
  organizationsMatched: number;
  consortiaCreated: number;
  consortiaMatched: number;
  membershipsCreated: number;
  /** Memberships that existed already (their sources now include this import). */
  membershipsMerged: number;
  rejected: number;
  /** The first rejections (at most 1,000), in file order. */
  rejections: Rejection[];
  seconds: number;
}
