import type { ProvenanceModel } from '../../model/models';
import type { BasedOnLinkResolvers, PartOfLinkResolvers, RunByLinkResolvers } from '../generated/resolvers';
import { loadExisting } from './loadAll';

/** `quote` of every fact-bearing relationship: the words of the first document that states it. */
export const firstQuote = (relationship: ProvenanceModel): string | null => relationship.quotes[0] ?? null;

export const PartOfLink: PartOfLinkResolvers = {
  parent: async (link, _args, { loaders }) => (await loaders.organization.load(link.toId))!,
  sources: (link, _args, { loaders }) => loadExisting(loaders.source, link.sources),
  quote: firstQuote,
};

export const RunByLink: RunByLinkResolvers = {
  organization: async (link, _args, { loaders }) => (await loaders.organization.load(link.toId))!,
  sources: (link, _args, { loaders }) => loadExisting(loaders.source, link.sources),
  quote: firstQuote,
};

export const BasedOnLink: BasedOnLinkResolvers = {
  model: async (link, _args, { loaders }) => (await loaders.model.load(link.toId))!,
  sources: (link, _args, { loaders }) => loadExisting(loaders.source, link.sources),
  quote: firstQuote,
};
