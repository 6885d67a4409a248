import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';
import { databaseErrorAnswer } from '../server/httpErrors';

/** Codes whose messages are written for clients and pass through unchanged. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.NOT_FOUND,
  ErrorCode.ALREADY_EXISTS,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.BAD_REQUEST,
  ErrorCode.MEASURE_TIMEOUT,
  ErrorCode.MEASURE_BUSY,
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's parser stops at `maxTokens` with this message ("more that" in graphql 16). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Shapes every error a client sees: client mistakes keep their message, a query over a limit gets
 * the code its rule chose, a failure of the data layer gets its code (SERVICE_UNAVAILABLE, QUERY_TIMEOUT,
 * CONFLICT: src/server/httpErrors.ts), and anything else is masked (with the request id) and logged in full.
 */
export function createErrorFormatter(logger: Logger, requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const requestId = requestIdOf();
    const answer = databaseErrorAnswer(original);
    if (answer) {
      logger[answer.logLevel]({ err: original, requestId, path: formatted.path }, answer.logText);
      return { message: answer.message, path: formatted.path, extensions: { code: answer.code, requestId } };
    }
    const shaped = limitError(formatted, original) ?? formatted;
    if (CLIENT_CODES.has(String(shaped.extensions?.code ?? ''))) {
      const extensions = { ...shaped.extensions };
      delete extensions.stacktrace;
      return { ...shaped, extensions };
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'internal error');
    return {
      message: `Internal server error (request id ${requestId ?? 'unknown'}).`,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };
}

/**
 * Apollo answers every validation error with GRAPHQL_VALIDATION_FAILED; a limit rule's error
 * keeps the code it was raised with (src/server/limits). The parser's token limit becomes the
 * same QUERY_TOO_COMPLEX with `extensions.limit` (the count is unknown: parsing stopped there).
 */
function limitError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError | undefined {
  if (formatted.extensions?.limit !== undefined) {
    const raised = (original as { originalError?: { extensions?: { code?: unknown } } }).originalError;
    const code = raised?.extensions?.code ?? ErrorCode.QUERY_TOO_COMPLEX;
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (!tokens) return undefined;
  const max = Number(tokens[1]);
  return {
    message: `The document has more than ${max} tokens; the maximum is ${max}.`,
    locations: formatted.locations,
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: { name: 'tokens', max, found: max + 1 } },
  };
}
