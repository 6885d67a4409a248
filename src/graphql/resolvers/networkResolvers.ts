import type { QueryResolvers } from '../generated/resolvers';
import { buildNetwork } from '../../network/buildNetwork';
import { checkMinWeight, DEFAULT_NETWORK_OPTIONS, NetworkOptionsError } from '../../network/networkOptions';
import { badUserInput } from '../userInput';

/** Query.network: the membership graph as nodes with measures and edges (see schema/network.graphql). */
export const network: NonNullable<QueryResolvers['network']> = (_root, args, { db }) => {
  try {
    return buildNetwork(db, {
      projection: args.projection ?? DEFAULT_NETWORK_OPTIONS.projection,
      consortia: args.consortia ?? null,
      kinds: args.kinds ?? null,
      minWeight: args.minWeight == null ? null : checkMinWeight(args.minWeight),
      includeAffiliations: args.includeAffiliations ?? false,
      asOf: args.asOf ?? null,
      labelLanguage: args.labelLanguage ?? DEFAULT_NETWORK_OPTIONS.labelLanguage,
    });
  } catch (error) {
    throw error instanceof NetworkOptionsError ? badUserInput(error.message) : error;
  }
};
