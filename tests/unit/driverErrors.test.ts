import fs from 'node:fs';
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { DRIVER_ERROR_KINDS, translateDriverError } from '../../src/db/driverErrors';
import {
  DatabaseAuthError,
  DatabaseTlsError,
  DatabaseUnavailableError,
  ErrorCode,
  QueryTimeoutError,
  WriteConflictError,
} from '../../src/errors';
import { databaseErrorAnswer } from '../../src/server/httpErrors';

const URI = 'bolt://127.0.0.1:7687';

/** The driver's own error class, as it raises it for an answer of Neo4j with this code. */
const driverError = (code: string, message = `failure ${code}`) => new Neo4jError(message, code, '50N42', message);

/** What each Neo4j code must become, written out here rather than read from the code under test. */
const EXPECTED: Array<[code: string, becomes: new (...args: never[]) => Error]> = [
  ['Neo.ClientError.Security.Unauthorized', DatabaseAuthError],
  ['Neo.ClientError.Security.AuthenticationRateLimit', DatabaseAuthError],
  ['Neo.ClientError.Security.CredentialsExpired', DatabaseAuthError],
  ['Neo.ClientError.Transaction.TransactionTimedOut', QueryTimeoutError],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', QueryTimeoutError],
  ['Neo.ClientError.Transaction.LockClientStopped', WriteConflictError],
  ['Neo.TransientError.Transaction.LockClientStopped', WriteConflictError],
  ['Neo.TransientError.Transaction.LockAcquisitionTimeout', WriteConflictError],
  ['Neo.TransientError.Transaction.DeadlockDetected', WriteConflictError],
  ['Neo.TransientError.Transaction.Outdated', WriteConflictError],
  ['Neo.ClientError.Statement.EntityNotFound', WriteConflictError],
  ['ServiceUnavailable', DatabaseUnavailableError],
  ['SessionExpired', DatabaseUnavailableError],
  ['Neo.ClientError.Transaction.Terminated', DatabaseUnavailableError],
  ['Neo.TransientError.Transaction.Terminated', DatabaseUnavailableError],
  ['Neo.TransientError.Transaction.MaximumTransactionLimitReached', DatabaseUnavailableError],
  ['Neo.TransientError.General.DatabaseUnavailable', DatabaseUnavailableError],
  ['Neo.TransientError.General.OutOfMemoryError', DatabaseUnavailableError],
  ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', DatabaseUnavailableError],
  ['Neo.DatabaseError.General.UnknownError', DatabaseUnavailableError],
  ['Neo.DatabaseError.Transaction.TransactionStartFailed', DatabaseUnavailableError],
  ['Neo.DatabaseError.Transaction.TransactionCommitFailed', DatabaseUnavailableError],
  ['Neo.DatabaseError.Statement.ExecutionFailed', DatabaseUnavailableError],
];

describe('translateDriverError', () => {
  it.each(EXPECTED)('%s becomes %p, keeping the driver error as its cause', (code, becomes) => {
    const original = driverError(code);
    const translated = translateDriverError(original, URI) as Error;
    expect(translated).toBeInstanceOf(becomes);
    expect(translated.cause).toBe(original);
  });

  it('covers every code its table lists, and the table lists every exact code above', () => {
    const prefixed = EXPECTED.map(([code]) => code).filter(
      (code) => code.startsWith('Neo.DatabaseError.') || code.startsWith('Neo.TransientError.General.'),
    );
    const exact = EXPECTED.map(([code]) => code).filter((code) => !prefixed.includes(code));
    expect(Object.keys(DRIVER_ERROR_KINDS).sort()).toEqual([...exact].sort());
  });

  it.each([
    ['a refused connection', driverError('ServiceUnavailable', 'connect ECONNREFUSED 127.0.0.1:7687')],
    ['an exhausted pool', new Error('Connection acquisition timed out in 1000 ms.')],
    ['a panicked kernel', new Error('The database has encountered a critical error, and needs to be restarted.')],
    ['a database that cannot start transactions', new Error('The database cannot start transactions')],
  ])('%s without a Neo4j code is an outage', (_what, original) => {
    expect(translateDriverError(original, URI)).toBeInstanceOf(DatabaseUnavailableError);
  });

  it.each([
    ['a syntax error', driverError('Neo.ClientError.Statement.SyntaxError')],
    ['a wrong parameter type', driverError('Neo.ClientError.Statement.TypeError')],
    ['a constraint violated by our own write', driverError('Neo.ClientError.Schema.ConstraintValidationFailed')],
    ['a NEO4J_DATABASE that does not exist', driverError('Neo.ClientError.Database.DatabaseNotFound')],
    ['a bug in our code', new TypeError("Cannot read properties of undefined (reading 'left')")],
  ])('%s passes through unchanged (an internal error, logged in full)', (_what, original) => {
    expect(translateDriverError(original, URI)).toBe(original);
  });

  it('leaves the client-side deadline of a hung Neo4j an outage', () => {
    const hung = new DatabaseUnavailableError('Neo4j did not answer within 5000 ms.');
    expect(translateDriverError(hung, URI)).toBe(hung);
  });

  it('says in the outage message what failed and where to look', () => {
    const failed = translateDriverError(
      driverError('Neo.DatabaseError.Transaction.TransactionCommitFailed', 'No space left on device'),
      URI,
    ) as Error;
    expect(failed.message).toContain('No space left on device');
    expect(failed.message).toContain('logs');
    const refused = translateDriverError(new Error('connect ECONNREFUSED 127.0.0.1:7687'), URI) as Error;
    expect(refused.message).toContain('NEO4J_URI');
  });
});

describe("translateDriverError on TLS on one side only (the driver's words, as it said them to a real Neo4j)", () => {
  const failedToConnect = (cause: string) =>
    new Neo4jError(
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port and ' +
        `that you have compatible encryption settings both on Neo4j server and driver. Caused by: ${cause}`,
      'ServiceUnavailable',
      '08000',
      'failed to connect',
    );

  it('+s to a plain Neo4j: use the plain scheme', () => {
    const error = failedToConnect('Client network socket disconnected before secure TLS connection was established');
    const translated = translateDriverError(error, 'neo4j+s://127.0.0.1:7687') as Error;
    expect(translated).toBeInstanceOf(DatabaseTlsError);
    expect(translated.message).toContain('use neo4j:// instead of neo4j+s://');
  });

  it('a certificate not trusted: +ssc or the CA', () => {
    const error = failedToConnect(
      'Server certificate is not trusted. ... Socket responded with: DEPTH_ZERO_SELF_SIGNED_CERT',
    );
    const translated = translateDriverError(error, 'bolt+s://127.0.0.1:7687') as Error;
    expect(translated).toBeInstanceOf(DatabaseTlsError);
    expect(translated.message).toContain('bolt+ssc://');
  });

  it('a plain connection closed before any answer is a TLS-only Neo4j; after answers, a Neo4j going away', () => {
    const closed = () => new Neo4jError('Connection was closed by server', 'ServiceUnavailable', '08000', 'closed');
    const first = translateDriverError(closed(), 'bolt://127.0.0.1:7687', { answeredBefore: false }) as Error;
    expect(first).toBeInstanceOf(DatabaseTlsError);
    expect(first.message).toContain('use bolt+s://');
    const later = translateDriverError(closed(), 'bolt://127.0.0.1:7687', { answeredBefore: true });
    expect(later).toBeInstanceOf(DatabaseUnavailableError);
    // Already over TLS, a closed connection says nothing about TLS.
    expect(translateDriverError(closed(), 'bolt+s://127.0.0.1:7687')).toBeInstanceOf(DatabaseUnavailableError);
  });
});

describe('databaseErrorAnswer', () => {
  it.each([
    [new QueryTimeoutError('timed out'), ErrorCode.QUERY_TIMEOUT, 504, 'info', 'query timeout'],
    [new WriteConflictError('locked'), ErrorCode.CONFLICT, 409, 'info', 'write conflict'],
    [new DatabaseUnavailableError('down'), ErrorCode.SERVICE_UNAVAILABLE, 503, 'warn', 'database unavailable'],
    [new DatabaseAuthError('refused'), ErrorCode.SERVICE_UNAVAILABLE, 503, 'warn', 'database unavailable'],
    [new DatabaseTlsError('no TLS'), ErrorCode.SERVICE_UNAVAILABLE, 503, 'warn', 'database unavailable'],
  ] as const)('%p answers %s with HTTP %d, logged at %s as "%s"', (error, code, status, logLevel, logText) => {
    expect(databaseErrorAnswer(error)).toMatchObject({ code, status, logLevel, logText });
  });

  it('tells a timed-out client what to narrow', () => {
    const message = databaseErrorAnswer(new QueryTimeoutError('timed out'))!.message;
    for (const hint of ['`first`', 'consortia', '`asOf`', 'filter']) expect(message).toContain(hint);
  });

  it('knows nothing of other errors (they are internal)', () => {
    expect(databaseErrorAnswer(new Error('bug'))).toBeUndefined();
  });
});

describe('docs/errors.md', () => {
  const docs = fs.readFileSync(path.resolve(__dirname, '../../docs/errors.md'), 'utf8');

  it('has a row for every code the API answers with', () => {
    for (const code of Object.values(ErrorCode)) expect(docs).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
  });

  it('names every Neo4j code the translation knows', () => {
    for (const code of Object.keys(DRIVER_ERROR_KINDS)) expect(docs).toContain(`\`${code}\``);
  });
});
