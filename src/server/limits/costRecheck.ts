import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
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
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const cost = operationCost({
            schema,
            operation,
            fragment: (name) => fragments.get(name),
            stats: graphStats(),
            variables: request.variables ?? {},
            caps,
          });
          if (cost <= maxCost) return;
          const error = costExceeded(operation, cost, maxCost);
          Object.assign(error.extensions, { http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
