import { GraphQLError, type ASTNode } from 'graphql';
import { ErrorCode } from '../../errors';

/** Which limit a query broke, the allowed maximum and what the query has; sent as `extensions.limit`. */
export interface LimitDetails {
  name: 'depth' | 'aliases' | 'directives' | 'cost' | 'tokens' | 'first' | 'fieldComparisons' | 'listLength';
  max: number;
  found: number;
}

/**
 * A query over one of the server's limits. The code is QUERY_TOO_COMPLEX (BAD_USER_INPUT for a
 * page size, as the resolvers answer); the message names the limit and the value found.
 */
export function limitExceeded(details: LimitDetails, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  const code = details.name === 'first' ? ErrorCode.BAD_USER_INPUT : ErrorCode.QUERY_TOO_COMPLEX;
  return new GraphQLError(message, { nodes, extensions: { code, limit: details } });
}

/** Introspection roots: GraphiQL's schema query is deep by nature, so these subtrees are exempt. */
export const isIntrospectionRoot = (fieldName: string): boolean => fieldName === '__schema' || fieldName === '__type';
