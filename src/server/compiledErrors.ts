import { HeaderMap, type HTTPGraphQLHead } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors';

/** The server's error formatter (src/graphql/formatError.ts), as Apollo calls it. */
export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Formats the errors of an answer graphql-jit gave exactly as Apollo formats graphql-js's (its
 * normalizeAndFormatErrors is not exported): a missing code becomes INTERNAL_SERVER_ERROR, an `extensions.http`
 * sets the answer's status and headers and is removed, then the server's formatter has the last word; a formatter
 * that throws gives Apollo's plain internal error. Stack traces are never included (the server turns them off).
 */
export function formatCompiledErrors(
  errors: readonly GraphQLError[],
  formatError: ErrorFormatter,
): { formattedErrors: GraphQLFormattedError[]; http: HTTPGraphQLHead } {
  const http: HTTPGraphQLHead = { status: undefined, headers: new HeaderMap() };
  const formattedErrors = errors.map((error) => {
    try {
      return formatError(enrich(error, http), error);
    } catch {
      return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  });
  return { formattedErrors, http };
}

function enrich(error: unknown, http: HTTPGraphQLHead): GraphQLFormattedError {
  const graphqlError =
    error instanceof GraphQLError
      ? error
      : new GraphQLError(error instanceof Error ? error.message : `Unexpected error value: ${String(error)}`, {
          originalError: error instanceof Error ? error : undefined,
        });
  const extensions: Record<string, unknown> = {
    ...graphqlError.extensions,
    code: graphqlError.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
  };
  const fromError = extensions.http as { status?: unknown; headers?: unknown } | undefined;
  if (fromError && typeof fromError === 'object') {
    if (typeof fromError.status === 'number') http.status = fromError.status;
    if (fromError.headers instanceof Map) {
      for (const [name, value] of fromError.headers as Map<string, string>) http.headers.set(name, value);
    }
    delete extensions.http;
  }
  return { ...graphqlError.toJSON(), extensions };
}
