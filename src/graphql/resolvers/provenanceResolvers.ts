import type { ProvenanceModel } from '../../model/models';
import type { GraphQLContext } from '../context';
import type { BasedOnLinkResolvers, PartOfLinkResolvers, RunByLinkResolvers } from '../generated/resolvers';
import { loadExisting } from './loadAll';

/**
 * The resolvers of the `Attested` interface (schema/common.graphql), which every fact-bearing relationship type
 * implements and spreads in: its sources, loaded, and `quote`, the words of the first document that states it.
 * `provenance`, `quotes` and `inference` are stored as the schema names them.
 */
export const attested = {
  sources: (relationship: ProvenanceModel, _args: unknown, { loaders }: GraphQLContext) =>
    loadExisting(loaders.source, relationship.sources),
  quote: (relationship: ProvenanceModel): string | null => relationship.quotes[0] ?? null,
};

export const PartOfLink: PartOfLinkResolvers = {
  parent: async (link, _args, { loaders }) => (await loaders.organization.load(link.toId))!,
  ...attested,
};

export const RunByLink: RunByLinkResolvers = {
  organization: async (link, _args, { loaders }) => (await loaders.organization.load(link.toId))!,
  ...attested,
};

export const BasedOnLink: BasedOnLinkResolvers = {
  model: async (link, _args, { loaders }) => (await loaders.model.load(link.toId))!,
  ...attested,
};
