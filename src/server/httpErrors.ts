import type { Response } from 'express';
import type { Logger } from 'pino';
import {
  DatabaseAuthError,
  DatabaseUnavailableError,
  ErrorCode,
  QueryTimeoutError,
  WriteConflictError,
} from '../errors';

/** How the API answers a failure of the data layer: the same code and words over GraphQL and plain HTTP. */
export interface ErrorAnswer {
  /** For plain HTTP routes (exports); GraphQL answers 200 with the error in the body, as for any field error. */
  status: number;
  code: ErrorCode;
  /** For the client: what happened and what to do. */
  message: string;
  /** A timeout or a conflict is the request's doing (info); a database that is down is an operator's (warn). */
  logLevel: 'info' | 'warn';
  logText: string;
}

/**
 * The answer for the data layer's error classes (docs/errors.md lists them); undefined for any other error,
 * which callers answer as INTERNAL_SERVER_ERROR and log in full.
 */
export function databaseErrorAnswer(error: unknown): ErrorAnswer | undefined {
  if (error instanceof QueryTimeoutError) {
    return {
      status: 504,
      code: ErrorCode.QUERY_TIMEOUT,
      message:
        'The query took longer than the server allows and was stopped. Ask for less: a smaller `first`, fewer ' +
        'consortia, an `asOf` date or a filter such as `kinds`.',
      logLevel: 'info',
      logText: 'query timeout',
    };
  }
  if (error instanceof WriteConflictError) {
    return {
      status: 409,
      code: ErrorCode.CONFLICT,
      message: 'Another write changed the same organisations at the same time (an import or a merge); try again.',
      logLevel: 'info',
      logText: 'write conflict',
    };
  }
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError) {
    return {
      status: 503,
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: 'The database is unavailable right now; try again shortly.',
      logLevel: 'warn',
      logText: 'database unavailable',
    };
  }
  return undefined;
}

/**
 * Answers any error of a plain HTTP route as `{ error: { code, message } }`: a data-layer error with its status
 * (503, 504, 409), anything else as 500 INTERNAL_SERVER_ERROR, logged in full. Client mistakes (400) are answered
 * by the route before it calls this.
 */
export function sendHttpError(res: Response, error: unknown, logger: Logger): void {
  const answer = databaseErrorAnswer(error);
  if (answer) {
    logger[answer.logLevel]({ err: error }, answer.logText);
    res.status(answer.status).json({ error: { code: answer.code, message: answer.message } });
    return;
  }
  logger.error({ err: error }, 'internal error');
  res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error.' } });
}
