import {
  DatabaseAuthError,
  DatabaseTlsError,
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
  // Right credentials, but the password must be changed first (a new Neo4j's default neo4j/neo4j).
  'Neo.ClientError.Security.CredentialsExpired': 'auth',
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
export function translateDriverError(error: unknown, uri: string, connection: ConnectionState = {}): unknown {
  if (
    error instanceof DatabaseUnavailableError ||
    error instanceof DatabaseAuthError ||
    error instanceof QueryTimeoutError ||
    error instanceof WriteConflictError
  ) {
    return error;
  }
  const tls = tlsMismatch(error, uri, connection);
  if (tls !== undefined) return new DatabaseTlsError(tls, { cause: error });
  const kind = driverErrorKind(error);
  const code = String((error as { code?: unknown } | null)?.code ?? 'no code');
  switch (kind) {
    case undefined:
      return error;
    case 'auth':
      return new DatabaseAuthError(authMessage(code, uri), { cause: error });
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

/** What the caller knows of the connection: whether Neo4j ever answered through it. */
export interface ConnectionState {
  answeredBefore?: boolean;
}

const CHANGE_PASSWORD =
  "ALTER CURRENT USER SET PASSWORD FROM '<current>' TO '<new>' (in cypher-shell or Neo4j Browser, on the system database)";

function authMessage(code: string, uri: string): string {
  if (code === 'Neo.ClientError.Security.CredentialsExpired') {
    return (
      `Neo4j at ${uri} accepted NEO4J_USERNAME and NEO4J_PASSWORD but requires the password to be changed first ` +
      `(a new Neo4j's default password): run ${CHANGE_PASSWORD}, then set NEO4J_PASSWORD to the new one.`
    );
  }
  return `Neo4j at ${uri} refused the credentials. Check NEO4J_USERNAME and NEO4J_PASSWORD.`;
}

/** The driver's words for a connection failure, with those of the routing error that wraps it (neo4j+s://). */
function connectionWords(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return [error, cause].map((part) => (part instanceof Error ? part.message : '')).join(' | ');
}

/**
 * When the connection failed because only one side speaks TLS, or the server's certificate is not trusted: what
 * to change in NEO4J_URI, in one line. A plain connection closed by the server is read as "TLS only" only before
 * Neo4j ever answered (later it is a server going away).
 */
function tlsMismatch(error: unknown, uri: string, connection: ConnectionState): string | undefined {
  const words = connectionWords(error);
  const scheme = /^([a-z0-9+]+):\/\//.exec(uri)?.[1] ?? '';
  const base = scheme.split('+')[0] ?? 'bolt';
  if (/before secure TLS connection was established/.test(words)) {
    return (
      `Neo4j at ${uri} does not speak TLS on that port: use ${base}:// instead of ${scheme}://, ` +
      `or turn on TLS for Bolt on the server (server.bolt.tls_level).`
    );
  }
  if (/Server certificate is not trusted/.test(words)) {
    return (
      `Neo4j at ${uri} presented a certificate this machine does not trust: use ${base}+ssc:// for a self-signed ` +
      `certificate, or give its CA to Node.js with NODE_EXTRA_CA_CERTS.`
    );
  }
  if (!scheme.includes('+') && !connection.answeredBefore && /Connection was closed by server/.test(words)) {
    return (
      `Neo4j at ${uri} closed the connection before answering, as a Neo4j that accepts only TLS does: ` +
      `use ${base}+s:// (or ${base}+ssc:// for a self-signed certificate).`
    );
  }
  return undefined;
}

/** A connection problem says where to look (is it running, NEO4J_URI); a failing database says what failed. */
function unavailableMessage(error: unknown, code: string, uri: string): string {
  if (code.startsWith('Neo.')) {
    return `Neo4j at ${uri} cannot run transactions now (${code}: ${(error as Error).message}). Check its logs; a full disk or too little memory are common causes.`;
  }
  return `Neo4j at ${uri} is not reachable or did not answer in time. Check that it is running and NEO4J_URI is right.`;
}
