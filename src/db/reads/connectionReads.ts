import { ACTIVE_STATUSES } from '../../model/kinds';
import type { MembershipModel } from '../../model/models';
import type { Reader } from '../database';
import { consortiumActive, membershipFields, membershipHeld, standingOnDay } from './fragments';

/** Which memberships a path may use: held on `asOf` (all time when null), of consortia in their program then. */
export interface PathFilter {
  asOf: string | null;
  activeOnly: boolean;
}

/**
 * A MEMBER_OF relationship read from one end, with the stored degree of the node at the other end: ids only, the
 * search reads thousands of them from a hub; the memberships of the paths answered are read after (membershipsOn).
 */
export interface MembershipEdge {
  orgId: string;
  consortiumId: string;
  /** consortiumCount of the organisation (read from a consortium) or memberCount of the consortium. */
  degree: number;
}

/** A PART_OF relationship with the stored consortiumCount of both ends. */
export interface PartOfEdge {
  childId: string;
  parentId: string;
  sources: string[];
  childDegree: number;
  parentDegree: number;
}

// Grouped by the node read from (one record per node, its far ends and their degrees as two lists): a hub's
// thousand memberships cost the driver one record instead of a thousand, which was most of the time of a read.
// LIMIT comes before the grouping, so `limit` still counts relationships.
const membershipsOfOrganizations = (active: boolean) => `UNWIND $ids AS id
  MATCH (o:Organization {id: id})-[m:MEMBER_OF]->(c:Consortium)
  WHERE ${membershipHeld('m', 'c')}
  ${active ? `${standingOnDay('c')} WITH o, m, c, standingStatus WHERE ${consortiumActive('c')}` : ''}
  WITH o, c LIMIT $limit
  RETURN o.id AS fromId, collect(c.id) AS toIds, collect(coalesce(c.memberCount, 0)) AS degrees`;

const MEMBERSHIPS_OF_ORGANIZATIONS = {
  all: membershipsOfOrganizations(false),
  active: membershipsOfOrganizations(true),
};

// A consortium is only ever reached from an organisation through a membership that passed the filter, so its
// standing was checked then: from the consortium's side only the day of each membership matters.
const MEMBERSHIPS_OF_CONSORTIA = `UNWIND $ids AS id
  MATCH (c:Consortium {id: id})<-[m:MEMBER_OF]-(o:Organization)
  WHERE ${membershipHeld('m', 'c')}
  WITH c, o LIMIT $limit
  RETURN c.id AS fromId, collect(o.id) AS toIds, collect(coalesce(o.consortiumCount, 0)) AS degrees`;

/** The relationships read from one node, grouped: `toIds[i]` has the stored degree `degrees[i]`. */
interface GroupedEdges {
  fromId: string;
  toIds: string[];
  degrees: number[];
}

async function readGrouped(
  db: Reader,
  statement: string,
  params: Record<string, unknown>,
  edge: (fromId: string, toId: string, degree: number) => MembershipEdge,
): Promise<MembershipEdge[]> {
  const edges: MembershipEdge[] = [];
  for (const group of await db.read<GroupedEdges>(statement, params)) {
    group.toIds.forEach((toId, index) => edges.push(edge(group.fromId, toId, group.degrees[index]!)));
  }
  return edges;
}

const PART_OF_LINKS = `UNWIND $ids AS id
  MATCH (:Organization {id: id})-[r:PART_OF]-(:Organization)
  WITH DISTINCT r
  WITH r, startNode(r) AS child, endNode(r) AS parent
  RETURN child.id AS childId, parent.id AS parentId, coalesce(r.sources, []) AS sources,
         coalesce(child.consortiumCount, 0) AS childDegree, coalesce(parent.consortiumCount, 0) AS parentDegree
  LIMIT $limit`;

/**
 * The memberships of these organisations that pass `filter`, at most `limit` rows (a caller over its budget asks
 * for one more than it can take, to know).
 */
export function membershipsFromOrganizations(
  db: Reader,
  orgIds: readonly string[],
  filter: PathFilter,
  limit: number,
): Promise<MembershipEdge[]> {
  const statement = filter.activeOnly ? MEMBERSHIPS_OF_ORGANIZATIONS.active : MEMBERSHIPS_OF_ORGANIZATIONS.all;
  const params = { ids: orgIds, asOf: filter.asOf, activeStatuses: ACTIVE_STATUSES, limit };
  return readGrouped(db, statement, params, (orgId, consortiumId, degree) => ({ orgId, consortiumId, degree }));
}

/** The memberships of these consortia held on `filter.asOf`, at most `limit` rows. */
export function membershipsOfConsortia(
  db: Reader,
  consortiumIds: readonly string[],
  filter: PathFilter,
  limit: number,
): Promise<MembershipEdge[]> {
  const params = { ids: consortiumIds, asOf: filter.asOf, limit };
  return readGrouped(db, MEMBERSHIPS_OF_CONSORTIA, params, (consortiumId, orgId, degree) => ({
    orgId,
    consortiumId,
    degree,
  }));
}

/** The PART_OF relationships at either end of these organisations, each once, at most `limit`. */
export function partOfLinks(db: Reader, orgIds: readonly string[], limit: number): Promise<PartOfEdge[]> {
  return db.read<PartOfEdge>(PART_OF_LINKS, { ids: orgIds, limit });
}

/** The memberships of these organisation–consortium pairs (one MEMBER_OF per pair), with their sources. */
export function membershipsOn(
  db: Reader,
  pairs: ReadonlyArray<{ orgId: string; consortiumId: string }>,
): Promise<Array<{ membership: MembershipModel }>> {
  return db.read<{ membership: MembershipModel }>(
    `UNWIND $pairs AS pair
     MATCH (o:Organization {id: pair.orgId})-[m:MEMBER_OF]->(c:Consortium {id: pair.consortiumId})
     RETURN ${membershipFields('m', 'o', 'c')} AS membership`,
    { pairs },
  );
}

/** The stored consortiumCount of each organisation that exists, by id. */
export async function organizationDegrees(db: Reader, orgIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read<{ id: string; degree: number }>(
    `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, coalesce(o.consortiumCount, 0) AS degree`,
    { ids: orgIds },
  );
  return new Map(rows.map((row) => [row.id, row.degree]));
}
