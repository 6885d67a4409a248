import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';
import type { GraphQLContext } from '../graphql/context';

/** Request errors: the document does not parse or validate, or the variables do not fit it. */
const REQUEST_ERROR_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
]);

/**
 * GraphQL over HTTP: a client that takes `application/json` (the legacy type) SHOULD get 200 for a request error,
 * as every JSON GraphQL client expects, while `application/graphql-response+json` keeps Apollo's 4xx. Answers over
 * a query limit (their errors carry `extensions.limit`: depth, cost, tokens, page size, ...) keep their 400 for
 * either type: the server refused to run them, and clients and proxies tell them apart by it.
 * The context's `takesLegacyJson` says which type Apollo chose for this request (createServer.ts asks express, whose
 * negotiation is the one Apollo uses).
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        const requestErrorsOnly =
          errors.length > 0 &&
          errors.every(
            (error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code)) && error.extensions?.limit === undefined,
          );
        if (requestErrorsOnly && contextValue.takesLegacyJson) response.http.status = 200;
      },
    };
  },
};
