import type { ConsortiumModel, OrganizationModel } from '../../model/models';
import type {
  ConnectionHopResolvers,
  ConnectionPathResolvers,
  ConnectionsResolvers,
  PathAffiliationLinkResolvers,
  QueryResolvers,
} from '../generated/resolvers';
import { connections as findConnections } from '../../questions/connections';
import { CONNECTION_LIMITS } from '../../questions/questionLimits';
import { PathWorkError } from '../../questions/shortestPaths';
import { limitExceeded } from '../../server/limits/limitError';
import { decodeCursor, encodeCursor } from '../cursor';
import { fieldsAt, selectsIdOnly } from '../lookahead';
import { badUserInput } from '../userInput';
import { loadExisting } from './loadAll';

/** Checks an integer argument against min..max. */
function between(name: string, value: number | null | undefined, fallback: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badUserInput(`${name} must be between 1 and ${max}, got ${n}`);
  return n;
}

const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

/** The paths before this page, from `after` (a cursor of the same question's previous page). */
function offsetAfter(after: string | null | undefined, from: string, to: string): number {
  if (!after) return 0;
  const position = decodeCursor(after);
  if (typeof position.key !== 'number' || position.id !== pairKey(from, to)) {
    throw badUserInput('after is a cursor of another connections question; restart without after');
  }
  return position.key;
}

/** The hop fields that need the memberships read after the search (look-ahead: without them, it is skipped). */
const MEMBERSHIP_FIELDS = ['fromMembership', 'toMembership'] as const;

export const connections: NonNullable<QueryResolvers['connections']> = async (_root, args, { db }, info) => {
  const maxHops = between('maxHops', args.maxHops, 4, CONNECTION_LIMITS.maxHops);
  const first = between('first', args.first, 5, CONNECTION_LIMITS.maxFirst);
  const offset = offsetAfter(args.after, args.from, args.to);
  if (offset + first > CONNECTION_LIMITS.maxPaths) {
    throw badUserInput(`connections lists at most ${CONNECTION_LIMITS.maxPaths} paths over all pages`);
  }
  try {
    return await findConnections(db, {
      from: args.from,
      to: args.to,
      maxHops,
      first,
      offset,
      asOf: args.asOf ?? null,
      activeOnly: args.activeOnly ?? false,
      includeAffiliates: args.includeAffiliates ?? false,
      withMemberships: MEMBERSHIP_FIELDS.some((field) => fieldsAt(info, ['paths', 'hops', field]).length > 0),
    });
  } catch (error) {
    if (error instanceof PathWorkError) {
      throw limitExceeded({ name: 'MAX_PATH_WORK', max: error.budget, found: error.work }, error.message);
    }
    throw error;
  }
};

export const Connections: ConnectionsResolvers = {
  endCursor: (page) =>
    page.paths.length === 0
      ? null
      : encodeCursor({ key: page.offset + page.paths.length, id: pairKey(page.fromId, page.toId) }),
};

/**
 * A node of a path, for a selection of its id alone (selectsIdOnly): the search has just read it, so it is answered
 * without a read of its own (two statements fewer per question). Only `id` is set; the selection asks for no other
 * field. Any other selection loads the node.
 */
const foundOnPath = <T extends { id: string }>(id: string): T => ({ id }) as T;

export const ConnectionPath: ConnectionPathResolvers = {
  organizations: (path, _args, { loaders }, info) =>
    selectsIdOnly(info)
      ? path.organizationIds.map((id) => foundOnPath<OrganizationModel>(id))
      : loadExisting(loaders.organization, path.organizationIds),
};

export const ConnectionHop: ConnectionHopResolvers = {
  from: async (hop, _args, { loaders }, info) =>
    selectsIdOnly(info) ? foundOnPath<OrganizationModel>(hop.fromId) : (await loaders.organization.load(hop.fromId))!,
  to: async (hop, _args, { loaders }, info) =>
    selectsIdOnly(info) ? foundOnPath<OrganizationModel>(hop.toId) : (await loaders.organization.load(hop.toId))!,
  consortium: async (hop, _args, { loaders }, info) => {
    if (hop.consortiumId === null) return null;
    if (selectsIdOnly(info)) return foundOnPath<ConsortiumModel>(hop.consortiumId);
    return (await loaders.consortium.load(hop.consortiumId)) ?? null;
  },
};

export const PathAffiliationLink: PathAffiliationLinkResolvers = {
  child: async (link, _args, { loaders }) => (await loaders.organization.load(link.childId))!,
  parent: async (link, _args, { loaders }) => (await loaders.organization.load(link.parentId))!,
  sources: (link, _args, { loaders }) => loadExisting(loaders.source, link.sources),
};
