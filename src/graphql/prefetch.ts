import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { Database } from '../db/database';
import { consortiumWithMembers } from '../db/reads/consortiumReads';
import type { Projection } from '../db/reads/fragments';
import { organizationWithMemberships } from '../db/reads/organizationReads';
import type { ConsortiumModel, OrganizationModel } from '../model/models';
import type { Loaders } from './loaders';
import {
  CONSORTIUM_BRIEF_FIELDS,
  membershipProjection,
  ORGANIZATION_BRIEF_FIELDS,
  projectionFor,
  subfields,
} from './lookahead';

/**
 * Look-ahead for `organization(id)` and `consortium(id)`: when the selection asks for the memberships (or
 * members), the root object and that list are read in one statement, and the list is primed into the loader the
 * nested field resolves through, under the key that field computes (day and projection). Anything the look-ahead
 * does not recognise (memberships on two different days, an argument it cannot read) falls back to the loaders.
 */

/** What the nested membership fields under a root field ask for, if they agree on one day; null otherwise. */
interface Nested {
  asOf: string | null;
  projection: Projection;
}

/** The `asOf` argument of a field node, as the field's resolver will receive it; `undefined` if unreadable. */
function asOfOf(info: GraphQLResolveInfo, node: FieldNode): string | null | undefined {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return undefined;
  const definition = type.getFields()[node.name.value];
  if (!definition) return undefined;
  try {
    const args = getArgumentValues(definition, node, info.variableValues);
    const asOf = args.asOf;
    return typeof asOf === 'string' ? asOf : asOf == null ? null : undefined;
  } catch {
    return undefined; // an invalid day: the field's resolver reports it
  }
}

/** Merges the requests of several fields into one read, or null when they need different days. */
function merge(requests: Array<{ asOf: string | null | undefined; projection: Projection }>): Nested | null {
  if (requests.length === 0) return null;
  const days = new Set(requests.map((request) => request.asOf));
  const [asOf] = days;
  if (days.size !== 1 || asOf === undefined) return null;
  const projection = requests.some((request) => request.projection === 'full') ? 'full' : 'brief';
  return { asOf, projection };
}

function organizationNested(info: GraphQLResolveInfo): Nested | null {
  const sets = info.fieldNodes.map((node) => node.selectionSet);
  const memberships = subfields(sets, info.fragments, 'memberships').map((node) => ({
    asOf: asOfOf(info, node),
    projection: membershipProjection([node], info.fragments, 'consortium', CONSORTIUM_BRIEF_FIELDS),
  }));
  const consortia = subfields(sets, info.fragments, 'consortia').map((node) => ({
    asOf: asOfOf(info, node),
    projection: projectionFor([node], info.fragments, CONSORTIUM_BRIEF_FIELDS),
  }));
  return merge([...memberships, ...consortia]);
}

function consortiumNested(info: GraphQLResolveInfo): Nested | null {
  const sets = info.fieldNodes.map((node) => node.selectionSet);
  const members = subfields(sets, info.fragments, 'members').map((node) => ({
    asOf: asOfOf(info, node),
    projection: membershipProjection([node], info.fragments, 'organization', ORGANIZATION_BRIEF_FIELDS),
  }));
  const lead = subfields(sets, info.fragments, 'lead').map((node) => ({
    asOf: null,
    projection: projectionFor([node], info.fragments, ORGANIZATION_BRIEF_FIELDS),
  }));
  return merge([...members, ...lead]);
}

/** Query.organization: the organisation, with its memberships in the same statement when they are asked for. */
export async function loadOrganization(
  db: Database,
  loaders: Loaders,
  id: string,
  info: GraphQLResolveInfo,
): Promise<OrganizationModel | null> {
  const nested = organizationNested(info);
  if (!nested) return (await loaders.organization.load(id)) ?? null;
  const read = await organizationWithMemberships(db, id, nested.asOf, nested.projection);
  if (!read) return null;
  loaders.organization.prime(id, read.org);
  loaders.membershipsOfOrganization.prime({ id, ...nested }, read.memberships);
  if (nested.projection === 'full') {
    for (const membership of read.memberships) loaders.consortium.prime(membership.consortiumId, membership.consortium);
  }
  return read.org;
}

/** Query.consortium: the consortium, with its members in the same statement when they are asked for. */
export async function loadConsortium(
  db: Database,
  loaders: Loaders,
  id: string,
  info: GraphQLResolveInfo,
): Promise<ConsortiumModel | null> {
  const nested = consortiumNested(info);
  if (!nested) return (await loaders.consortium.load(id)) ?? null;
  const read = await consortiumWithMembers(db, id, nested.asOf, nested.projection);
  if (!read) return null;
  loaders.consortium.prime(id, read.consortium);
  loaders.membersOfConsortium.prime({ id, ...nested }, read.members);
  if (nested.projection === 'full') {
    for (const member of read.members) loaders.organization.prime(member.orgId, member.organization);
  }
  return read.consortium;
}
