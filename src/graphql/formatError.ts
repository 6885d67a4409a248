import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DatabaseAuthError, DatabaseUnavailableError, ErrorCode } from '../errors';

/** Codes whose messages are written for clients and pass through unchanged. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.NOT_FOUND,
  ErrorCode.ALREADY_EXISTS,
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/**
 * Shapes every error a client sees: client mistakes keep their message, a database outage becomes
 * SERVICE_UNAVAILABLE, and anything else is masked (with the request id) and logged in full.
 */
export function createErrorFormatter(logger: Logger, requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    const requestId = requestIdOf();
    if (original instanceof DatabaseUnavailableError || original instanceof DatabaseAuthError) {
      logger.warn({ err: original, requestId }, 'database unavailable');
      return {
        message: 'The database is unavailable right now; try again shortly.',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, requestId },
      };
    }
    if (CLIENT_CODES.has(code)) {
      const extensions = { ...formatted.extensions };
      delete extensions.stacktrace;
      return { ...formatted, extensions };
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'internal error');
    return {
      message: `Internal server error (request id ${requestId ?? 'unknown'}).`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}
