import type {
  MembershipResolvers,
  OrganizationResolvers,
  PersonResolvers,
  PositionResolvers,
} from '../generated/resolvers';
import type { MembershipWithOrganization } from '../../db/reads/consortiumReads';
import type { MembershipWithConsortium } from '../../db/reads/organizationReads';
import { CONSORTIUM_BRIEF_FIELDS, membershipProjection, projectionFor } from '../lookahead';
import { attested } from './provenanceResolvers';

export const Organization: OrganizationResolvers = {
  parent: async (org, _args, { loaders }) => {
    const parentId = await loaders.parentId.load(org.id);
    return parentId ? ((await loaders.organization.load(parentId)) ?? null) : null;
  },
  affiliates: (org, _args, { loaders }) => loaders.affiliates.load(org.id),
  totalEcContribution: async (org, _args, { loaders }) => (await loaders.ecContributionTotal.load(org.id)) ?? null,
  // Each membership carries its consortium; both are read with as many fields as the selection needs.
  memberships: (org, { asOf }, { loaders }, info) =>
    loaders.membershipsOfOrganization.load({
      id: org.id,
      asOf: asOf ?? null,
      projection: membershipProjection(info.fieldNodes, info.fragments, 'consortium', CONSORTIUM_BRIEF_FIELDS),
    }),
  consortia: async (org, { asOf }, { loaders }, info) => {
    const memberships = await loaders.membershipsOfOrganization.load({
      id: org.id,
      asOf: asOf ?? null,
      projection: projectionFor(info.fieldNodes, info.fragments, CONSORTIUM_BRIEF_FIELDS),
    });
    return memberships.map((membership) => membership.consortium);
  },
  facts: (org, _args, { loaders }) => loaders.factsOfOrganization.load(org.id),
  people: (org, _args, { loaders }) => loaders.positionsAt.load(org.id),
  partOf: async (org, _args, { loaders }) => (await loaders.partOfLink.load(org.id)) ?? null,
};

export const Membership: MembershipResolvers = {
  // Memberships read from either end carry the node at the other end: returned as is, without a loader round trip.
  organization: (membership, _args, { loaders }) =>
    'organization' in membership
      ? (membership as MembershipWithOrganization).organization
      : loaders.organization.load(membership.orgId).then((organization) => organization!),
  consortium: (membership, _args, { loaders }) =>
    'consortium' in membership
      ? (membership as MembershipWithConsortium).consortium
      : loaders.consortium.load(membership.consortiumId).then((consortium) => consortium!),
  ...attested,
};

export const Person: PersonResolvers = {
  positions: (person, _args, { loaders }) => loaders.positionsOf.load(person.id),
};

export const Position: PositionResolvers = {
  person: async (position, _args, { loaders }) => (await loaders.person.load(position.personId))!,
  organization: async (position, _args, { loaders }) => (await loaders.organization.load(position.orgId))!,
  ...attested,
};
