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
const membershipsOfOrganizations = (active: boolean, ids = '$ids') => `UNWIND ${ids} AS id
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

/**
 * The start of a search in one statement: the stored degrees of `$from` and `$to` and, when both exist, differ and
 * the smaller degree is within `$budget`, the memberships of the one with the smaller degree (`$from` on a tie),
 * as membershipsOfOrganizations reads them, at most `$limit`: the frontier the search expands first (its side is
 * the one of smaller degree, shortestPaths.ts), read with the degrees instead of a round trip after them.
 */
const searchStart = (active: boolean) => `CALL () {
    OPTIONAL MATCH (a:Organization {id: $from})
    OPTIONAL MATCH (b:Organization {id: $to})
    RETURN CASE WHEN a IS NULL THEN null ELSE coalesce(a.consortiumCount, 0) END AS fromDegree,
           CASE WHEN b IS NULL THEN null ELSE coalesce(b.consortiumCount, 0) END AS toDegree
  }
  OPTIONAL CALL (fromDegree, toDegree) {
    WITH fromDegree, toDegree
    WHERE fromDegree IS NOT NULL AND toDegree IS NOT NULL AND $from <> $to
      AND CASE WHEN fromDegree <= toDegree THEN fromDegree ELSE toDegree END <= $budget
    WITH [CASE WHEN fromDegree <= toDegree THEN $from ELSE $to END] AS startIds
    ${membershipsOfOrganizations(active, 'startIds')}
  }
  RETURN fromDegree, toDegree, fromId, toIds, degrees`;

const SEARCH_START = { all: searchStart(false), active: searchStart(true) };

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

/** What {@link searchStartOf} read: null degrees for an organisation that does not exist. */
export interface SearchStart {
  fromDegree: number | null;
  toDegree: number | null;
  /** The memberships of the organisation of smaller degree (see SEARCH_START), or null when none were read. */
  first: { orgId: string; edges: MembershipEdge[] } | null;
}

/** The degrees of both ends of a search and its first frontier, in one statement (SEARCH_START). */
export async function searchStartOf(
  db: Reader,
  from: string,
  to: string,
  filter: PathFilter,
  budget: number,
): Promise<SearchStart> {
  const statement = filter.activeOnly ? SEARCH_START.active : SEARCH_START.all;
  const params = { from, to, budget, limit: budget + 1, asOf: filter.asOf, activeStatuses: ACTIVE_STATUSES };
  type Row = { fromDegree: number | null; toDegree: number | null } & Partial<GroupedEdges>;
  const rows = await db.read<Row>(statement, params);
  const [head] = rows;
  if (!head) return { fromDegree: null, toDegree: null, first: null };
  const startId = head.fromDegree !== null && head.toDegree !== null && head.fromDegree <= head.toDegree ? from : to;
  const edges: MembershipEdge[] = [];
  for (const group of rows) {
    group.toIds?.forEach((consortiumId, index) =>
      edges.push({ orgId: group.fromId!, consortiumId, degree: group.degrees![index]! }),
    );
  }
  // Whether the statement read the first frontier (it may have no memberships at all): its own condition.
  const read =
    head.fromDegree !== null &&
    head.toDegree !== null &&
    from !== to &&
    Math.min(head.fromDegree, head.toDegree) <= budget;
  return { fromDegree: head.fromDegree, toDegree: head.toDegree, first: read ? { orgId: startId, edges } : null };
}

/** The stored consortiumCount of each organisation that exists, by id. */
export async function organizationDegrees(db: Reader, orgIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read<{ id: string; degree: number }>(
    `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o.id AS id, coalesce(o.consortiumCount, 0) AS degree`,
    { ids: orgIds },
  );
  return new Map(rows.map((row) => [row.id, row.degree]));
}
