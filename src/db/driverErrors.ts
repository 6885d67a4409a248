import {
  DatabaseAuthError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  UnreachableCaseError,
  WriteConflictError,
} from '../errors';

// What the driver's errors mean for the application: one table from Neo4j's codes to the error classes of
// src/errors.ts, used by every call of Database (docs/errors.md has the same table for people).

/** What a driver error means for the caller; each becomes one of the error classes of src/errors.ts. */
export type DriverErrorKind = 'auth' | 'timeout' | 'conflict' | 'unavailable';

/**
 * Neo4j's codes, by meaning (see docs/errors.md). The driver renames Neo.TransientError.Transaction.Terminated and
 * LockClientStopped to ClientError (they are not worth retrying), so both spellings are listed.
 */
export const DRIVER_ERROR_KINDS: Readonly<Record<string, DriverErrorKind>> = {
  'Neo.ClientError.Security.Unauthorized': 'auth',
  'Neo.ClientError.Security.AuthenticationRateLimit': 'auth',
  // The transaction ran past its timeout (ours, or the server's db.transaction.timeout) while computing.
  'Neo.ClientError.Transaction.TransactionTimedOut': 'timeout',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration': 'timeout',
  // Stopped while waiting for a lock another transaction holds: the timeout ran out waiting for that writer.
  'Neo.ClientError.Transaction.LockClientStopped': 'conflict',
  'Neo.TransientError.Transaction.LockClientStopped': 'conflict',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout': 'conflict',
  // Transient: the driver retries these for MAX_RETRY_TIME_MS; what is left afterwards is a conflict.
  'Neo.TransientError.Transaction.DeadlockDetected': 'conflict',
  'Neo.TransientError.Transaction.Outdated': 'conflict',
  // A node or relationship a statement was using was deleted by a transaction that committed meanwhile.
  'Neo.ClientError.Statement.EntityNotFound': 'conflict',
  ServiceUnavailable: 'unavailable',
  SessionExpired: 'unavailable',
  // Ended by an operator or by a database shutting down: not the request's doing.
  'Neo.ClientError.Transaction.Terminated': 'unavailable',
  'Neo.TransientError.Transaction.Terminated': 'unavailable',
  'Neo.TransientError.Transaction.MaximumTransactionLimitReached': 'unavailable',
};

/**
 * Codes by prefix: Neo.TransientError.General.* (DatabaseUnavailable, OutOfMemoryError, ...) and every
 * Neo.DatabaseError.* (a failed commit after a full disk, a database that cannot start transactions).
 */
const KIND_BY_PREFIX: ReadonlyArray<readonly [string, DriverErrorKind]> = [
  ['Neo.TransientError.General.', 'unavailable'],
  ['Neo.DatabaseError.', 'unavailable'],
];

/** Failures without a Neo4j code: the driver could not connect, or Neo4j refuses to start a transaction. */
const UNAVAILABLE_MESSAGES =
  /Connection acquisition timed out|connect ECONNREFUSED|Failed to connect|cannot start transactions?|critical error|needs to be restarted|Database '.*' is unavailable/i;

/** The kind of a driver error by its code (then its message); undefined for any other error (a bug of ours). */
export function driverErrorKind(error: unknown): DriverErrorKind | undefined {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const exact = DRIVER_ERROR_KINDS[code];
  if (exact !== undefined) return exact;
  const prefixed = KIND_BY_PREFIX.find(([prefix]) => code.startsWith(prefix));
  if (prefixed !== undefined) return prefixed[1];
  const message = (error as Error | null)?.message ?? String(error);
  return UNAVAILABLE_MESSAGES.test(message) ? 'unavailable' : undefined;
}

/**
 * Maps a driver error to the application's classes (DatabaseAuthError, QueryTimeoutError, WriteConflictError,
 * DatabaseUnavailableError), keeping the driver's error as the cause; anything else passes through unchanged.
 */
export function translateDriverError(error: unknown, uri: string): unknown {
  if (
    error instanceof DatabaseUnavailableError ||
    error instanceof DatabaseAuthError ||
    error instanceof QueryTimeoutError ||
    error instanceof WriteConflictError
  ) {
    return error;
  }
  const kind = driverErrorKind(error);
  const code = String((error as { code?: unknown } | null)?.code ?? 'no code');
  switch (kind) {
    case undefined:
      return error;
    case 'auth':
      return new DatabaseAuthError(
        `Neo4j at ${uri} refused the credentials. Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
        { cause: error },
      );
    case 'timeout':
      return new QueryTimeoutError(`Neo4j stopped the transaction: it ran longer than its time limit (${code}).`, {
        cause: error,
      });
    case 'conflict':
      return new WriteConflictError(
        `Another transaction held or changed the same nodes, and this one could not finish (${code}).`,
        { cause: error },
      );
    case 'unavailable':
      return new DatabaseUnavailableError(unavailableMessage(error, code, uri), { cause: error });
    default:
      throw new UnreachableCaseError(kind);
  }
}

/** A connection problem says where to look (is it running, NEO4J_URI); a failing database says what failed. */
function unavailableMessage(error: unknown, code: string, uri: string): string {
  if (code.startsWith('Neo.')) {
    return `Neo4j at ${uri} cannot run transactions now (${code}: ${(error as Error).message}). Check its logs; a full disk or too little memory are common causes.`;
  }
  return `Neo4j at ${uri} is not reachable or did not answer in time. Check that it is running and NEO4J_URI is right.`;
}
