import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphStats } from '../../db/reads/graphStats';
import { costExceeded, operationCost } from './costLimit';
import type { AnswerCaps } from './listSizes';

/**
 * Checks the cost again for every request, once the operation is known, with the request's variables and the
 * graph's sizes of now. The validation rule alone is not enough: Apollo validates a document once and keeps it
 * (its document store), so a query accepted on a small graph would stay accepted after an import; and a rule
 * cannot see variables, so `first: $n` with a default of 5 would be counted as 5 whatever `n` the client sends,
 * and `consortiumOverlaps(consortia: $ids)` is counted here with the ids sent (at validation, as none).
 * Refused as the rule refuses: 400, QUERY_TOO_COMPLEX, the same message.
 */
export function costRecheckPlugin(maxCost: number, graphStats: () => GraphStats, caps: AnswerCaps): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const error = costOverLimit({ schema, document, operation, variables: request.variables }, maxCost, {
            stats: graphStats(),
            caps,
          });
          if (!error) return;
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}

/**
 * The cost of one request's operation with the variables it sent and the graph's sizes `stats`: the refusal when it
 * is over `maxCost` (the validation rule's error), else null. Shared with the benchmark's bare graphql-js server.
 */
export function costOverLimit(
  request: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operation: OperationDefinitionNode;
    variables?: Record<string, unknown>;
  },
  maxCost: number,
  sizes: { stats: GraphStats; caps?: AnswerCaps },
): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of request.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const cost = operationCost({
    schema: request.schema,
    operation: request.operation,
    fragment: (name) => fragments.get(name),
    stats: sizes.stats,
    variables: request.variables ?? {},
    caps: sizes.caps,
  });
  return cost > maxCost ? costExceeded(request.operation, cost, maxCost) : null;
}
