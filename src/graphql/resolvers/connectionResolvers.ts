import type {
  ConsortiumConnectionResolvers,
  ConsortiumResolvers,
  MembershipConnectionResolvers,
  OrganizationResolvers,
  QueryResolvers,
  SearchHitConnectionResolvers,
  SourceConnectionResolvers,
} from '../generated/resolvers';
import type { MembershipWithOrganization } from '../../db/reads/consortiumReads';
import { countConsortia, pageOfConsortia } from '../../db/reads/consortiumList';
import type { MembershipWithConsortium } from '../../db/reads/organizationReads';
import { countSearchHits, pageOfSearchHits } from '../../db/reads/searchReads';
import { countSources, pageOfSources } from '../../db/reads/sourceReads';
import { connectionFrom, connectionWindow, pageOfSorted } from '../connections';
import { CONSORTIUM_BRIEF_FIELDS, fieldsAt, membershipProjection, ORGANIZATION_BRIEF_FIELDS } from '../lookahead';

export const connectionQueries: Pick<QueryResolvers, 'consortiaConnection' | 'sourcesConnection' | 'searchConnection'> =
  {
    consortiaConnection: async (_root, { programId, ...args }, { db }) => {
      const window = connectionWindow(args);
      const rows = await pageOfConsortia(db, programId ?? null, window);
      return connectionFrom(
        rows,
        window,
        (consortium) => ({ node: consortium, position: { key: consortium.name, id: consortium.id } }),
        () => countConsortia(db, programId ?? null),
      );
    },

    sourcesConnection: async (_root, args, { db }) => {
      const window = connectionWindow(args);
      const rows = await pageOfSources(db, window);
      return connectionFrom(
        rows,
        window,
        (source) => ({ node: source, position: { key: source.id, id: source.id } }),
        () => countSources(db),
      );
    },

    searchConnection: async (_root, { text, ...args }, { db }) => {
      const window = connectionWindow(args, 'number');
      const rows = await pageOfSearchHits(db, text, window);
      return connectionFrom(
        rows,
        window,
        (hit) => ({ node: hit, position: { key: hit.rank, id: hit.organization.id } }),
        () => countSearchHits(db, text),
      );
    },
  };

// Nested lists are read whole for every parent by one batched statement (a consortium's members are at most its
// memberCount, which the cost model prices), then paged in memory by the same keyset rule as the database's pages.

/** Lead first, then by name; the id and start tell apart two memberships of one organisation. */
const memberPosition = (member: MembershipWithOrganization) => ({
  key: `${member.role === 'LEAD' ? 0 : 1}\u0000${member.organization.name}`,
  id: `${member.orgId}\u0000${member.since ?? ''}`,
});

const membershipPosition = (membership: MembershipWithConsortium) => ({
  key: membership.consortium.name,
  id: `${membership.consortiumId}\u0000${membership.since ?? ''}`,
});

export const consortiumConnections: Pick<ConsortiumResolvers, 'membersConnection'> = {
  membersConnection: async (consortium, { kind, role, asOf, ...args }, { loaders }, info) => {
    const window = connectionWindow(args);
    const members = await loaders.membersOfConsortium.load({
      id: consortium.id,
      asOf: asOf ?? null,
      projection: membershipProjection(
        fieldsAt(info, ['edges', 'node']),
        info.fragments,
        'organization',
        ORGANIZATION_BRIEF_FIELDS,
      ),
    });
    const matching = members.filter((member) => (!kind || member.kind === kind) && (!role || member.role === role));
    return pageOfSorted(matching, memberPosition, window);
  },
};

export const organizationConnections: Pick<OrganizationResolvers, 'membershipsConnection'> = {
  membershipsConnection: async (org, { asOf, ...args }, { loaders }, info) => {
    const window = connectionWindow(args);
    const memberships = await loaders.membershipsOfOrganization.load({
      id: org.id,
      asOf: asOf ?? null,
      projection: membershipProjection(
        fieldsAt(info, ['edges', 'node']),
        info.fragments,
        'consortium',
        CONSORTIUM_BRIEF_FIELDS,
      ),
    });
    return pageOfSorted(memberships as MembershipWithConsortium[], membershipPosition, window);
  },
};

const totalCount = { totalCount: (connection: { countTotal: () => Promise<number> }) => connection.countTotal() };

export const ConsortiumConnection: ConsortiumConnectionResolvers = totalCount;
export const SourceConnection: SourceConnectionResolvers = totalCount;
export const SearchHitConnection: SearchHitConnectionResolvers = totalCount;
export const MembershipConnection: MembershipConnectionResolvers = totalCount;
