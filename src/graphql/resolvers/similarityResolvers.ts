import type {
  QueryResolvers,
  SharedConsortiumResolvers,
  SimilarOrganizationResolvers,
  SimilarOrganizationsPageResolvers,
} from '../generated/resolvers';
import { SIMILARITY_LIMITS } from '../../questions/questionLimits';
import { similarOrganizationsPage } from '../../questions/similarity';
import { decodeCursor, encodeCursor } from '../cursor';
import { badUserInput } from '../userInput';

const questionKey = (args: { id: string; measure: string }) => `similar\u0000${args.id}\u0000${args.measure}`;

export const similarOrganizations: NonNullable<QueryResolvers['similarOrganizations']> = (_root, args, { db }) => {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > SIMILARITY_LIMITS.maxFirst) {
    throw badUserInput(`first must be between 1 and ${SIMILARITY_LIMITS.maxFirst}, got ${first}`);
  }
  const measure = args.measure ?? 'JACCARD';
  let offset = 0;
  if (args.after) {
    const position = decodeCursor(args.after);
    if (typeof position.key !== 'number' || position.id !== questionKey({ id: args.id, measure })) {
      throw badUserInput('after is a cursor of another similarOrganizations question; restart without after');
    }
    offset = position.key;
  }
  if (offset + first > SIMILARITY_LIMITS.maxItems) {
    throw badUserInput(`similarOrganizations lists at most ${SIMILARITY_LIMITS.maxItems} items over all pages`);
  }
  return similarOrganizationsPage(db, {
    id: args.id,
    measure,
    first,
    offset,
    asOf: args.asOf ?? null,
    activeOnly: args.activeOnly ?? false,
    includeAffiliates: args.includeAffiliates ?? false,
  });
};

export const SimilarOrganizationsPage: SimilarOrganizationsPageResolvers = {
  organization: async (page, _args, { loaders }) =>
    page.subjectId === null ? null : ((await loaders.organization.load(page.subjectId)) ?? null),
  consortiumCount: (page) => page.subjectConsortiumCount,
  measure: (page) => page.query.measure,
  endCursor: (page) =>
    page.items.length === 0
      ? null
      : encodeCursor({ key: page.query.offset + page.items.length, id: questionKey(page.query) }),
};

export const SimilarOrganization: SimilarOrganizationResolvers = {
  sharedCount: (item) => item.shared.length,
};

export const SharedConsortium: SharedConsortiumResolvers = {
  consortium: async (shared, _args, { loaders }) => (await loaders.consortium.load(shared.id))!,
};
