import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { limitExceeded } from './limitError';

/** What graphql-js 16.15 reports when OverlappingFieldsCanBeMergedRule runs out of its work budget. */
const ABORTED = 'Validation aborted.';
/** That budget (graphql-js's MAX_COMPLEXITY_BUDGET); the count is unknown, comparing stopped there. */
const COMPARISON_BUDGET = 500_000;

/**
 * graphql-js bounds its own pairwise comparison of same-named fields (OverlappingFieldsCanBeMergedRule, quadratic
 * in the fields of one selection) with a budget, and stops validating with a bare "Validation aborted." when it
 * is spent (about 400 ms of one core for 490 `parent { id }` side by side, within the 2,000-token limit). This
 * plugin gives that answer this API's code and a message saying what to change; it stays a 400.
 */
export const validationAbortedPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async validationDidStart() {
        return async (errors) => {
          const index =
            errors?.findIndex((error) => error.message === ABORTED && !(error as GraphQLError).extensions?.code) ?? -1;
          if (index < 0) return;
          // Apollo sends the array it hands here; the error is replaced in place.
          (errors as Error[])[index] = limitExceeded(
            { name: 'fieldComparisons', max: COMPARISON_BUDGET, found: COMPARISON_BUDGET + 1 },
            'The document has too many fields with the same name to compare, and validation stopped. ' +
              'Send each field once per selection (or give them different aliases and fewer of them).',
          );
        };
      },
    };
  },
};
