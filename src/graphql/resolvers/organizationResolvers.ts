import type {
  MembershipResolvers,
  OrganizationResolvers,
  PersonResolvers,
  PositionResolvers,
} from '../generated/resolvers';
import { loadExisting } from './loadAll';

export const Organization: OrganizationResolvers = {
  parent: async (org, _args, { loaders }) => {
    const parentId = await loaders.parentId.load(org.id);
    return parentId ? ((await loaders.organization.load(parentId)) ?? null) : null;
  },
  affiliates: (org, _args, { loaders }) => loaders.affiliates.load(org.id),
  memberships: (org, { asOf }, { loaders }) =>
    loaders.membershipsOfOrganization.load({ id: org.id, asOf: asOf ?? null }),
  consortia: async (org, { asOf }, { loaders }) => {
    const memberships = await loaders.membershipsOfOrganization.load({ id: org.id, asOf: asOf ?? null });
    return loadExisting(
      loaders.consortium,
      memberships.map((membership) => membership.consortiumId),
    );
  },
  facts: (org, _args, { loaders }) => loaders.facts.load(org.id),
  people: (org, _args, { loaders }) => loaders.positionsAt.load(org.id),
};

export const Membership: MembershipResolvers = {
  organization: async (membership, _args, { loaders }) => (await loaders.organization.load(membership.orgId))!,
  consortium: async (membership, _args, { loaders }) => (await loaders.consortium.load(membership.consortiumId))!,
  sources: (membership, _args, { loaders }) => loadExisting(loaders.source, membership.sources),
};

export const Person: PersonResolvers = {
  positions: (person, _args, { loaders }) => loaders.positionsOf.load(person.id),
};

export const Position: PositionResolvers = {
  person: async (position, _args, { loaders }) => (await loaders.person.load(position.personId))!,
  organization: async (position, _args, { loaders }) => (await loaders.organization.load(position.orgId))!,
  sources: (position, _args, { loaders }) => loadExisting(loaders.source, position.sources),
};
