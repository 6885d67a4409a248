import type { ManagedTransaction } from 'neo4j-driver';
import type { MembershipRole, OrganizationKind } from '../../model/kinds';
import type { Database } from '../database';
import { membershipHeld } from './fragments';

/** Which memberships make up a network: `null` means "no restriction". */
export interface NetworkScope {
  consortia: readonly string[] | null;
  kinds: readonly OrganizationKind[] | null;
  asOf: string | null;
}

/** An organisation as a network node needs it. */
export interface NetworkOrganizationRow {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
  kind: OrganizationKind;
  country: string | null;
}

export interface NetworkMembershipRow {
  organization: NetworkOrganizationRow;
  consortium: { id: string; name: string };
  role: MembershipRole;
  category: string | null;
}

/** Two organisations (`sourceId` < `targetId`) and the number of consortia they share in the scope. */
export interface CoMembershipRow {
  sourceId: string;
  targetId: string;
  weight: number;
}

/** A PART_OF link: `part` is part of `whole`. */
export interface AffiliationRow {
  part: NetworkOrganizationRow;
  whole: NetworkOrganizationRow;
}

const NETWORK_ORGANIZATION = (v: string) => `${v} { .id, .name, .nameKo, .nameJa, .kind, .country }`;

// A held membership `m` of organisation `o` in consortium `c`, within the scope.
const IN_SCOPE = `($kinds IS NULL OR o.kind IN $kinds) AND ${membershipHeld('m', 'c')}`;

// The consortia of the scope: two anchors rather than `$consortia IS NULL OR c.id IN $consortia`, which the planner
// can only answer by scanning every consortium; with a list, the uniqueness constraint's index finds them.
const scoped = (statement: (anchor: string) => string) => ({
  all: statement('MATCH (c:Consortium)'),
  some: statement('MATCH (c:Consortium) WHERE c.id IN $consortia'),
});
const anchored = (statements: { all: string; some: string }, scope: NetworkScope) =>
  scope.consortia === null ? statements.all : statements.some;

const MEMBERSHIPS = scoped(
  (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${IN_SCOPE}
     RETURN ${NETWORK_ORGANIZATION('o')} AS organization, c { .id, .name } AS consortium,
            m.role AS role, m.category AS category
     ORDER BY c.name, c.id, o.name, o.id`,
);

// Pairs are counted in one pass over each consortium's in-scope members; `a.id < b.id` keeps one row per pair.
const CO_MEMBERSHIPS = scoped(
  (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${IN_SCOPE}
     WITH c, collect(o.id) AS memberIds
     UNWIND memberIds AS sourceId
     UNWIND memberIds AS targetId
     WITH sourceId, targetId, c WHERE sourceId < targetId
     WITH sourceId, targetId, count(DISTINCT c) AS weight
     WHERE weight >= $minWeight
     RETURN sourceId, targetId, weight
     ORDER BY sourceId, targetId`,
);

const AFFILIATIONS = `MATCH (part:Organization)-[:PART_OF]->(whole:Organization)
     WHERE (part.id IN $organizationIds OR whole.id IN $organizationIds)
       AND ($kinds IS NULL OR (part.kind IN $kinds AND whole.kind IN $kinds))
     RETURN ${NETWORK_ORGANIZATION('part')} AS part, ${NETWORK_ORGANIZATION('whole')} AS whole
     ORDER BY part.id, whole.id`;

/** Memberships held in the scope, by consortium then organisation name. */
export function networkMemberships(db: Database, tx: ManagedTransaction, scope: NetworkScope) {
  return db.run<NetworkMembershipRow>(tx, anchored(MEMBERSHIPS, scope), { ...scope });
}

/**
 * Every pair of organisations sharing at least `minWeight` consortia in the scope, with how many they share.
 * The counting happens in Neo4j, in this one statement.
 */
export function coMemberships(db: Database, tx: ManagedTransaction, scope: NetworkScope, minWeight: number) {
  return db.run<CoMembershipRow>(tx, anchored(CO_MEMBERSHIPS, scope), { ...scope, minWeight });
}

/** PART_OF links with at least one end among `organizationIds`, both ends of the scope's kinds. */
export function affiliationsTouching(
  db: Database,
  tx: ManagedTransaction,
  organizationIds: readonly string[],
  kinds: NetworkScope['kinds'],
) {
  return db.run<AffiliationRow>(tx, AFFILIATIONS, { organizationIds, kinds });
}
