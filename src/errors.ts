/** Every `extensions.code` the API answers with. One enum, so clients can switch on it. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  /** A query over a server limit (depth, aliases, directives, cost, tokens); `extensions.limit` says which. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** A request body over MAX_BODY_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** An HTTP request GraphQL could not read (malformed JSON, wrong method or content type). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** More of a bounded kind of request (exports) than the server runs at once (HTTP 429 with Retry-After). */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** Neo4j stopped the question because it ran past the time limit (HTTP 504 for exports): ask for less. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** Another write held or changed the same data and this one could not finish (HTTP 409): try again. */
  CONFLICT = 'CONFLICT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Betweenness and communities ran past NETWORK_MEASURE_TIMEOUT_MS and were stopped (exports: HTTP 503). */
  MEASURE_TIMEOUT = 'MEASURE_TIMEOUT',
  /** Every measure worker is busy and the queue is full (exports: 429); `extensions.retryAfterSeconds` says when. */
  MEASURE_BUSY = 'MEASURE_BUSY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The database could not be reached, or did not answer in time. Retrying later may succeed. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * Neo4j refused the connection as configured: the credentials (wrong, or a password that must still be changed),
 * or the encryption (DatabaseTlsError). Retrying will not help until the configuration changes.
 */
export class DatabaseAuthError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseAuthError';
  }
}

/** TLS on one side only (bolt+s:// to a plain server, bolt:// to a TLS-only one) or a certificate not trusted. */
export class DatabaseTlsError extends DatabaseAuthError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseTlsError';
  }
}

/**
 * Neo4j ended the transaction because it ran longer than its time limit: the question asked too much, the
 * database is fine. Distinct from DatabaseUnavailableError, which is a database that does not answer at all.
 */
export class QueryTimeoutError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueryTimeoutError';
  }
}

/**
 * The write could not finish because another transaction held or changed the same nodes: it waited on their
 * locks until its time limit, or deadlocked again after the driver's retries. Trying again later may succeed.
 */
export class WriteConflictError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WriteConflictError';
  }
}

/** For exhaustive switches: the compiler proves this is unreachable, the runtime reports it if not. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}
