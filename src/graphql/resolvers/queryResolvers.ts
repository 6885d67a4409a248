import type {
  CoMemberResolvers,
  ConsortiumOverlapResolvers,
  MultiConsortiumOrganizationResolvers,
  OrganizationConnectionResolvers,
  QueryResolvers,
} from '../generated/resolvers';
import { allConsortia, allModels, allPrograms } from '../../db/reads/consortiumReads';
import { countOrganizations, listOrganizations, listOrganizationsCounted } from '../../db/reads/organizationList';
import type { OrganizationModel } from '../../model/models';
import { coMembersOf, consortiumOverlaps, organizationsInMultipleConsortia } from '../../db/reads/organizationReads';
import { searchOrganizations } from '../../db/reads/searchReads';
import { allPersons, allSources } from '../../db/reads/sourceReads';
import { connectionFrom, connectionWindow, pageThrough, plainList, readById } from '../connections';
import { atLeast, pageSize } from '../userInput';
import { countryList, existingIdList, filterList } from '../filterArguments';
import { CONSORTIUM_BRIEF_FIELDS, fieldsAt, projectionFor } from '../lookahead';
import { loadConsortium, loadOrganization } from '../prefetch';
import { loadExisting } from './loadAll';
import { standingKnowledge } from './timelineResolvers';

const orNull = async <T>(value: Promise<T | undefined>): Promise<T | null> => (await value) ?? null;

export const Query: QueryResolvers = {
  organization: (_root, { id }, { db, loaders }, info) => loadOrganization(db, loaders, id, info),
  consortium: (_root, { id }, { db, loaders }, info) => loadConsortium(db, loaders, id, info),
  program: (_root, { id }, { loaders }) => orNull(loaders.program.load(id)),
  source: (_root, { id }, { loaders }) => orNull(loaders.source.load(id)),
  person: (_root, { id }, { loaders }) => orNull(loaders.person.load(id)),
  model: (_root, { id }, { loaders }) => orNull(loaders.model.load(id)),
  // Plain lists that can grow answer at most MAX_PLAIN_LIST items, then refuse (their connections page).
  programs: (_root, _args, { db }) =>
    plainList('programs', readById('program(id:)'), (limit) => allPrograms(db, limit)),
  standingKnowledge: (_root, { asOf, programId }, { db }) => standingKnowledge(db, programId ?? null, asOf ?? null),
  sources: (_root, _args, { db }) =>
    plainList('sources', pageThrough('sourcesConnection'), (limit) => allSources(db, limit)),
  persons: (_root, _args, { db }) => plainList('persons', readById('person(id:)'), (limit) => allPersons(db, limit)),
  models: (_root, _args, { db }) => plainList('models', readById('model(id:)'), (limit) => allModels(db, limit)),
  consortia: (_root, { programId }, { db }) =>
    plainList('consortia', pageThrough('consortiaConnection'), (limit) => allConsortia(db, programId ?? null, limit)),

  organizations: async (_root, { filter, orderBy, ...args }, { db }, info) => {
    if (filter?.minConsortia != null) atLeast('filter.minConsortia', filter.minConsortia, 0, 0);
    const sort = { field: orderBy?.field ?? 'NAME', direction: orderBy?.direction ?? 'ASC' } as const;
    const window = connectionWindow(args, sort.field === 'NAME' ? 'string' : 'number');
    const listFilter = filter ?? {};
    const edgeOf = ({ org, sortKey }: { org: OrganizationModel; sortKey: string | number }) => ({
      node: org,
      position: { key: sortKey, id: org.id },
    });
    // totalCount selected: the page and the total in one statement (one round trip, not two).
    if (fieldsAt(info, ['totalCount']).length > 0) {
      const { rows, total } = await listOrganizationsCounted(db, listFilter, sort, window);
      return connectionFrom(rows, window, edgeOf, () => Promise.resolve(total));
    }
    const rows = await listOrganizations(db, listFilter, sort, window);
    return connectionFrom(rows, window, edgeOf, () => countOrganizations(db, listFilter));
  },

  organizationsInMultipleConsortia: async (_root, args, { db, loaders }, info) =>
    organizationsInMultipleConsortia(db, {
      projection: projectionFor(fieldsAt(info, ['consortia']), info.fragments, CONSORTIUM_BRIEF_FIELDS),
      withConsortia: fieldsAt(info, ['consortia']).length > 0,
      minConsortia: atLeast('minConsortia', args.minConsortia, 1, 2),
      includeAffiliates: args.includeAffiliates ?? false,
      asOf: args.asOf ?? null,
      activeOnly: args.activeOnly ?? false,
      first: pageSize('first', args.first, 100),
      kinds: filterList('kinds', args.kinds),
      countries: countryList('countries', args.countries),
      consortia: await existingIdList('consortia', args.consortia, loaders.consortium, 'consortiaConnection'),
      sources: await existingIdList('sources', args.sources, loaders.source, 'sourcesConnection'),
    }),

  consortiumOverlaps: async (
    _root,
    { consortia, asOf, includeAffiliates, activeOnly, sources },
    { db, loaders },
    info,
  ) =>
    consortiumOverlaps(
      db,
      consortia ?? null,
      asOf ?? null,
      includeAffiliates ?? false,
      activeOnly ?? false,
      await existingIdList('sources', sources, loaders.source, 'sourcesConnection'),
      projectionFor([...fieldsAt(info, ['a']), ...fieldsAt(info, ['b'])], info.fragments, CONSORTIUM_BRIEF_FIELDS),
    ),

  coMembers: async (_root, { organizationId, asOf, first, activeOnly, sources }, { db, loaders }) =>
    coMembersOf(
      db,
      organizationId,
      asOf ?? null,
      pageSize('first', first, 100),
      activeOnly ?? false,
      await existingIdList('sources', sources, loaders.source, 'sourcesConnection'),
    ),

  search: (_root, { text, first }, { db }) => searchOrganizations(db, text, pageSize('first', first, 10)),
};

export const OrganizationConnection: OrganizationConnectionResolvers = {
  totalCount: (connection) => connection.countTotal(),
};

export const MultiConsortiumOrganization: MultiConsortiumOrganizationResolvers = {
  consortia: (item) => item.consortia,
  countedAffiliates: (item, _args, { loaders }) => loadExisting(loaders.organization, item.affiliateIds),
};

export const CoMember: CoMemberResolvers = {
  consortia: (item, _args, { loaders }) => loadExisting(loaders.consortium, item.consortiumIds),
};

export const ConsortiumOverlap: ConsortiumOverlapResolvers = {
  // Read with the pair (src/db/reads/organizationReads.ts), in the projection the selection needs.
  a: (overlap) => overlap.a,
  b: (overlap) => overlap.b,
  sharedCount: (overlap) => overlap.sharedIds.length,
  shared: (overlap, _args, { loaders }) => loadExisting(loaders.organization, overlap.sharedIds),
};
