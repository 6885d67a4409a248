import { ACTIVE_STATUSES, type OrganizationKind } from '../../model/kinds';
import type {
  CoMemberModel,
  ConsortiumModel,
  ConsortiumOverlapModel,
  LinkModel,
  MembershipModel,
  MultiConsortiumModel,
  OrganizationModel,
  PositionModel,
} from '../../model/models';
import type { Database } from '../database';
import {
  consortiumActive,
  consortiumBrief,
  consortiumFields,
  membershipBrief,
  linkFields,
  membershipFields,
  membershipCites,
  membershipHeld,
  organizationFields,
  organizationInFilter,
  POSITION_FIELDS,
  standingOnDay,
  topLevelParent,
  type Projection,
} from './fragments';
import { groupBy, inOrderOf } from './ordering';

/** Organisations by id, in the order asked, `undefined` where none exists (for loaders). */
export async function organizationsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Array<OrganizationModel | undefined>> {
  const rows = await db.read<{ org: OrganizationModel }>(
    `UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN ${organizationFields('o')} AS org`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.org),
    'id',
  );
}

/** A membership read with the consortium at its other end (of the projection asked for). */
export type MembershipWithConsortium = MembershipModel & { consortium: ConsortiumModel };

const membershipsOfOrganizationsStatement = (membership: string, consortium: string) => `UNWIND $ids AS id
     MATCH (o:Organization {id: id})-[m:MEMBER_OF]->(c:Consortium)
     WHERE ${membershipHeld('m', 'c')}
     RETURN ${membership} AS membership, ${consortium} AS consortium
     ORDER BY c.name, c.id`;

const MEMBERSHIPS_OF_ORGANIZATIONS: Record<Projection, string> = {
  full: membershipsOfOrganizationsStatement(membershipFields('m', 'o', 'c'), consortiumFields('c')),
  brief: membershipsOfOrganizationsStatement(membershipBrief('m', 'o', 'c'), consortiumBrief('c')),
};

/**
 * Memberships of each organisation (held on `asOf` if given), grouped in the order asked. With `brief`, each
 * membership carries only its ends, role and dates, and its consortium only its id and name (typed as the models:
 * the caller asked for nothing else).
 */
export async function membershipsOfOrganizations(
  db: Database,
  orgIds: readonly string[],
  asOf: string | null,
  projection: Projection = 'full',
): Promise<MembershipWithConsortium[][]> {
  const rows = await db.read<{ membership: MembershipModel; consortium: ConsortiumModel }>(
    MEMBERSHIPS_OF_ORGANIZATIONS[projection],
    { ids: orgIds, asOf },
  );
  // The consortium comes along so that a hub's thousands of memberships need no second statement.
  const memberships = rows.map((row) => ({ ...row.membership, consortium: row.consortium }));
  return groupBy(orgIds, memberships, (membership) => membership.orgId);
}

const organizationWithMembershipsStatement = (
  membership: string,
  consortium: string,
) => `MATCH (o:Organization {id: $id})
     RETURN ${organizationFields('o')} AS org,
            COLLECT {
              MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
              WHERE ${membershipHeld('m', 'c')}
              WITH m, c ORDER BY c.name, c.id
              RETURN { membership: ${membership}, consortium: ${consortium} }
            } AS memberships`;

const ORGANIZATION_WITH_MEMBERSHIPS: Record<Projection, string> = {
  full: organizationWithMembershipsStatement(membershipFields('m', 'o', 'c'), consortiumFields('c')),
  brief: organizationWithMembershipsStatement(membershipBrief('m', 'o', 'c'), consortiumBrief('c')),
};

/**
 * One organisation and its memberships (as `membershipsOfOrganizations` reads them) in one statement, for a
 * request that asks for both; `undefined` if there is no such organisation.
 */
export async function organizationWithMemberships(
  db: Database,
  id: string,
  asOf: string | null,
  projection: Projection,
): Promise<{ org: OrganizationModel; memberships: MembershipWithConsortium[] } | undefined> {
  const [row] = await db.read<{
    org: OrganizationModel;
    memberships: Array<{ membership: MembershipModel; consortium: ConsortiumModel }>;
  }>(ORGANIZATION_WITH_MEMBERSHIPS[projection], { id, asOf });
  if (!row) return undefined;
  return {
    org: row.org,
    memberships: row.memberships.map((item) => ({ ...item.membership, consortium: item.consortium })),
  };
}

/** The parent (PART_OF) of each organisation, or undefined. */
export async function parentIdsOf(db: Database, orgIds: readonly string[]): Promise<Array<string | undefined>> {
  const rows = await db.read<{ id: string; parentId: string }>(
    `UNWIND $ids AS id MATCH (:Organization {id: id})-[:PART_OF]->(p:Organization) RETURN id, p.id AS parentId`,
    { ids: orgIds },
  );
  return inOrderOf(orgIds, rows, 'id').map((row) => row?.parentId);
}

/**
 * The EC contributions of each organisation's memberships added up (CORDIS), or undefined when none states one.
 * One statement for the batch; a hub's 1,372 memberships are read from its own relationships.
 */
export async function ecContributionTotalsOf(
  db: Database,
  orgIds: readonly string[],
): Promise<Array<number | undefined>> {
  const rows = await db.read<{ id: string; total: number }>(
    `UNWIND $ids AS id
     MATCH (:Organization {id: id})-[m:MEMBER_OF]->()
     WHERE m.ecContribution IS NOT NULL
     RETURN id, sum(m.ecContribution) AS total`,
    { ids: orgIds },
  );
  const byId = new Map(rows.map((row) => [row.id, row.total]));
  return orgIds.map((id) => byId.get(id));
}

const PART_OF_LINK = linkFields('r', 'o', 'p');

/** The PART_OF link of each organisation to its parent, with how it is known, or undefined. */
export async function partOfLinksOf(db: Database, orgIds: readonly string[]): Promise<Array<LinkModel | undefined>> {
  const rows = await db.read<{ link: LinkModel }>(
    `UNWIND $ids AS id MATCH (o:Organization {id: id})-[r:PART_OF]->(p:Organization)
     RETURN ${PART_OF_LINK} AS link`,
    { ids: orgIds },
  );
  const byId = new Map(rows.map((row) => [row.link.fromId, row.link]));
  return orgIds.map((id) => byId.get(id));
}

/** The affiliates (children by PART_OF) of each organisation. */
export async function affiliatesOf(db: Database, orgIds: readonly string[]): Promise<OrganizationModel[][]> {
  const rows = await db.read<{ id: string; org: OrganizationModel }>(
    `UNWIND $ids AS id
     MATCH (:Organization {id: id})<-[:PART_OF]-(a:Organization)
     RETURN id, ${organizationFields('a')} AS org ORDER BY a.name`,
    { ids: orgIds },
  );
  return groupBy(orgIds, rows, (row) => row.id).map((group) => group.map((row) => row.org));
}

/** The positions people hold at each organisation. */
export async function positionsAt(db: Database, orgIds: readonly string[]): Promise<PositionModel[][]> {
  const rows = await db.read<{ position: PositionModel }>(
    `UNWIND $ids AS id
     MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization {id: id})
     RETURN ${POSITION_FIELDS} AS position`,
    { ids: orgIds },
  );
  return groupBy(
    orgIds,
    rows.map((row) => row.position),
    (position) => position.orgId,
  );
}

export interface MultiConsortiumQuery {
  minConsortia: number;
  includeAffiliates: boolean;
  asOf: string | null;
  activeOnly: boolean;
  first: number;
  /**
   * Only organisations answered of these kinds / in these countries (`null`: any). Rolled up, the organisation
   * answered is the top-level parent: "which universities" finds Hanyang University through its foundation's
   * memberships, whatever the foundation's kind.
   */
  kinds?: readonly OrganizationKind[] | null;
  countries?: readonly string[] | null;
  /** Only memberships of these consortia (`null`: all). */
  consortia?: readonly string[] | null;
  /** Only memberships citing at least one of these sources (`null`: all). */
  sources?: readonly string[] | null;
  /** How much of each consortium to read (`full` when omitted). */
  projection?: Projection;
  /**
   * False when the caller does not need the consortia themselves (GraphQL: `consortia` not selected): the common
   * all-time question is then answered from the stored counts alone, and `consortia` comes back empty.
   */
  withConsortia?: boolean;
}

/**
 * The main question: organisations in at least `minConsortia` consortia, most first. With
 * `includeAffiliates`, a PART_OF body's memberships count for its top-level parent (a consortium
 * counted once even when the parent and its body are both members). `kinds`, `countries`, `consortia` and
 * `sources` narrow the same statements (see MultiConsortiumQuery); there is no second counting rule.
 */
export async function organizationsInMultipleConsortia(
  db: Database,
  query: MultiConsortiumQuery,
): Promise<MultiConsortiumModel[]> {
  const projection = query.projection ?? 'full';
  const params = {
    minConsortia: query.minConsortia,
    includeAffiliates: query.includeAffiliates,
    asOf: query.asOf,
    activeOnly: query.activeOnly,
    first: query.first,
    kinds: query.kinds ?? null,
    countries: query.countries ?? null,
    consortia: query.consortia ?? null,
    sources: query.sources ?? null,
  };
  // The stored counts are of every membership: they answer only when no membership is left out.
  const allMemberships = params.consortia === null && params.sources === null;
  if (!query.includeAffiliates && query.asOf === null && !query.activeOnly && allMemberships) {
    return query.withConsortia === false
      ? multiConsortiumCountsOnly(db, params)
      : multiConsortiumFromStoredCounts(db, params, projection);
  }
  // The day's standing of every consortium is only needed to keep the active ones; rolled up, only the holders
  // the stored counts cannot rule out are expanded. Named teams are found through the consortium id's index, named
  // kinds (as worded, all consortia) through the kind's.
  const anchor: MultiAnchor = params.consortia !== null ? 'consortia' : params.kinds !== null ? 'kinds' : 'all';
  const statement = query.includeAffiliates
    ? (query.activeOnly ? MULTI_AFFILIATES_ACTIVE : MULTI_AFFILIATES_ALL)[projection]
    : query.activeOnly
      ? MULTI_CONSORTIUM_ACTIVE[anchor === 'consortia' ? 'consortia' : 'all'][projection]
      : MULTI_CONSORTIUM_ALL[anchor][projection];
  const rows = await db.read<Omit<MultiConsortiumModel, 'consortiumCount'>>(statement, {
    ...params,
    activeStatuses: ACTIVE_STATUSES,
  });
  return rows.map((row) => ({ ...row, consortiumCount: row.consortia.length }));
}

/** Where the membership walk of the main question starts: every membership, the teams named, the kinds named. */
type MultiAnchor = 'all' | 'consortia' | 'kinds';

/** Both projections of a statement built around a consortium projection. */
const byProjection = (statement: (consortium: string) => string): Record<Projection, string> => ({
  full: statement(consortiumFields('c')),
  brief: statement(consortiumBrief('c')),
});

/** The memberships `m` (of `c`) the main question counts: held on the day, citing the sources, of the teams named. */
const COUNTED_MEMBERSHIP = `${membershipHeld('m', 'c')} AND ${membershipCites('m')}
  AND ($consortia IS NULL OR c.id IN $consortia)`;

/** From memberships held on the day to holders (rolled up when asked) with their consortia, top first. */
const countByHolder = (consortium: string) => `
  WITH o, c,
       CASE WHEN $includeAffiliates
            THEN ${topLevelParent('o')}
       END AS top
  WITH coalesce(top, o) AS holder, o, c
  WITH holder, collect(DISTINCT c) AS consortia, collect(DISTINCT o) AS members
  WHERE size(consortia) >= $minConsortia
  WITH holder, consortia, members ORDER BY size(consortia) DESC, holder.name, holder.id LIMIT $first
  RETURN ${organizationFields('holder')} AS organization,
         [c IN consortia | ${consortium}] AS consortia,
         [x IN members WHERE x <> holder | x.id] AS affiliateIds`;

const MULTI_ANCHORS: Record<MultiAnchor, string> = {
  all: 'MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium)',
  consortia: 'MATCH (c:Consortium) WHERE c.id IN $consortia MATCH (o:Organization)-[m:MEMBER_OF]->(c)',
  kinds: 'MATCH (o:Organization) WHERE o.kind IN $kinds MATCH (o)-[m:MEMBER_OF]->(c:Consortium)',
};

// As worded, the organisation answered is the member itself: the kinds and countries filter it.
const multiConsortiumAll = (anchor: MultiAnchor) => (consortium: string) => `
  ${MULTI_ANCHORS[anchor]}
  WHERE ${COUNTED_MEMBERSHIP} AND ${organizationInFilter('o')}
  ${countByHolder(consortium)}`;

const multiConsortiumActive = (anchor: 'all' | 'consortia') => (consortium: string) => `
  MATCH (c:Consortium) ${anchor === 'consortia' ? 'WHERE c.id IN $consortia' : ''}
  ${standingOnDay('c')}
  WITH c, standingStatus WHERE ${consortiumActive('c')}
  MATCH (o:Organization)-[m:MEMBER_OF]->(c)
  WHERE ${COUNTED_MEMBERSHIP} AND ${organizationInFilter('o')}
  ${countByHolder(consortium)}`;

const MULTI_CONSORTIUM_ALL: Record<MultiAnchor, Record<Projection, string>> = {
  all: byProjection(multiConsortiumAll('all')),
  consortia: byProjection(multiConsortiumAll('consortia')),
  kinds: byProjection(multiConsortiumAll('kinds')),
};

const MULTI_CONSORTIUM_ACTIVE: Record<'all' | 'consortia', Record<Projection, string>> = {
  all: byProjection(multiConsortiumActive('all')),
  consortia: byProjection(multiConsortiumActive('consortia')),
};

/**
 * The holders (organisations with no top-level parent within five PART_OF levels: tops, and bodies whose chain is
 * longer) that may reach `$minConsortia` rolled up, of the kinds and countries asked. Sound because a holder's
 * memberships on any day, of active consortia or not, are a subset of all memberships of itself and its parts (up
 * to five levels), and the stored `consortiumCount` is the number of an organisation's MEMBER_OF relationships:
 * their sum bounds the number of distinct consortia from above. The first branch also covers holders without parts
 * (the bound is their own count), through the index on `consortiumCount`; the second the organisations with parts.
 */
const AFFILIATE_CANDIDATES = `CALL () {
    MATCH (h:Organization) WHERE h.consortiumCount >= $minConsortia
    RETURN h
    UNION
    MATCH (part:Organization)-[:PART_OF]->(:Organization)
    WITH DISTINCT part
    MATCH (part)-[:PART_OF*1..5]->(h:Organization)
    WITH h, collect(DISTINCT part) AS parts
    WHERE h.consortiumCount + reduce(total = 0, p IN parts | total + p.consortiumCount) >= $minConsortia
    RETURN h
  }
  WITH h WHERE ${topLevelParent('h')} IS NULL AND ${organizationInFilter('h')}
  CALL (h) {
    RETURN h AS o
    UNION
    MATCH (o:Organization)-[:PART_OF*1..5]->(h)
    WITH DISTINCT o
    WHERE ${topLevelParent('o')} = h
    RETURN o
  }`;

/** The rolled-up holders with their consortia, top first, from rows `h` (holder), `o` (member), `c`. */
const affiliatesByHolder = (consortium: string) => `
  WITH h AS holder, collect(DISTINCT c) AS consortia, collect(DISTINCT o) AS members
  WHERE size(consortia) >= $minConsortia
  WITH holder, consortia, members ORDER BY size(consortia) DESC, holder.name, holder.id LIMIT $first
  RETURN ${organizationFields('holder')} AS organization,
         [c IN consortia | ${consortium}] AS consortia,
         [x IN members WHERE x <> holder | x.id] AS affiliateIds`;

// Rolled up, the consortia are reached from the holders' own memberships: a list of teams costs no scan.
const multiAffiliatesAll = (consortium: string) => `${AFFILIATE_CANDIDATES}
  MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
  WHERE ${COUNTED_MEMBERSHIP}
  ${affiliatesByHolder(consortium)}`;

// The standing is read once per consortium, not once per membership (a large consortium has hundreds).
const multiAffiliatesActive = (consortium: string) => `${AFFILIATE_CANDIDATES}
  MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
  WHERE ${COUNTED_MEMBERSHIP}
  WITH c, collect({h: h, o: o}) AS uses
  ${standingOnDay('c')}
  WITH c, uses, standingStatus WHERE ${consortiumActive('c')}
  UNWIND uses AS use
  WITH use.h AS h, use.o AS o, c
  ${affiliatesByHolder(consortium)}`;

const MULTI_AFFILIATES_ALL = byProjection(multiAffiliatesAll);
const MULTI_AFFILIATES_ACTIVE = byProjection(multiAffiliatesActive);

const multiConsortiumStored = (consortium: string) => `MATCH (o:Organization)
     WHERE o.consortiumCount >= $minConsortia AND ${organizationInFilter('o')}
     WITH o ORDER BY o.consortiumCount DESC, o.name, o.id LIMIT $first
     RETURN ${organizationFields('o')} AS organization,
            [(o)-[:MEMBER_OF]->(c:Consortium) | ${consortium}] AS consortia`;

const MULTI_CONSORTIUM_STORED = byProjection(multiConsortiumStored);

/** The common case (all time, as worded) reads the stored per-organisation counts through their index. */
async function multiConsortiumFromStoredCounts(
  db: Database,
  params: Record<string, unknown>,
  projection: Projection,
): Promise<MultiConsortiumModel[]> {
  const rows = await db.read<{ organization: OrganizationModel; consortia: ConsortiumModel[] }>(
    MULTI_CONSORTIUM_STORED[projection],
    params,
  );
  return rows.map((row) => ({ ...row, consortiumCount: row.consortia.length, affiliateIds: [] }));
}

const MULTI_CONSORTIUM_COUNTS_ONLY = `MATCH (o:Organization)
  WHERE o.consortiumCount >= $minConsortia AND ${organizationInFilter('o')}
  WITH o ORDER BY o.consortiumCount DESC, o.name, o.id LIMIT $first
  RETURN ${organizationFields('o')} AS organization, o.consortiumCount AS consortiumCount`;

/**
 * The stored counts alone, without walking a single membership: a hub's thousands of consortia are not read when
 * nobody asked for them (under load, the difference between answering and timing out).
 */
async function multiConsortiumCountsOnly(
  db: Database,
  params: Record<string, unknown>,
): Promise<MultiConsortiumModel[]> {
  const rows = await db.read<{ organization: OrganizationModel; consortiumCount: number }>(
    MULTI_CONSORTIUM_COUNTS_ONLY,
    params,
  );
  return rows.map((row) => ({ ...row, consortia: [], affiliateIds: [] }));
}

/**
 * Organisations sharing a consortium with `orgId`, with how many they share, most first. With `sources`, both
 * memberships of a shared consortium cite one of them.
 */
export async function coMembersOf(
  db: Database,
  orgId: string,
  asOf: string | null,
  first: number,
  activeOnly = false,
  sources: readonly string[] | null = null,
): Promise<CoMemberModel[]> {
  const rows = await db.read<{ organization: OrganizationModel; consortiumIds: string[] }>(
    activeOnly ? CO_MEMBERS.active : CO_MEMBERS.all,
    { orgId, asOf, first, sources, activeStatuses: ACTIVE_STATUSES },
  );
  // Ids only: co-members of a hub share the same consortia many times over; the loader reads each once.
  return rows.map((row) => ({ ...row, sharedCount: row.consortiumIds.length }));
}

/** With `active`, only consortia in their program on the day (standing read once per consortium). */
const activeConsortia = (active: boolean, carried: string) =>
  active ? `${standingOnDay('c')} WITH ${carried}, c, standingStatus WHERE ${consortiumActive('c')}` : '';

const coMembersStatement = (active: boolean) => `MATCH (me:Organization {id: $orgId})-[m:MEMBER_OF]->(c:Consortium)
     WHERE ${membershipHeld('m', 'c')} AND ${membershipCites('m')}
     ${activeConsortia(active, 'me')}
     MATCH (other:Organization)-[m2:MEMBER_OF]->(c)
     WHERE other <> me AND ${membershipHeld('m2', 'c')} AND ${membershipCites('m2')}
     WITH other, collect(c.id) AS consortiumIds
     ORDER BY size(consortiumIds) DESC, other.name, other.id
     LIMIT $first
     RETURN ${organizationFields('other')} AS organization, consortiumIds`;

const CO_MEMBERS = { all: coMembersStatement(false), active: coMembersStatement(true) };

// Two anchors rather than `$ids IS NULL OR c.id IN $ids`, which the planner can only answer by scanning every
// consortium: with ids, the uniqueness constraint's index finds them. Each in both projections of the pair's
// consortia, which the statement returns (no second read for them).
const OVERLAPS = {
  all: overlapsByProjection('MATCH (c:Consortium)', false),
  byIds: overlapsByProjection('MATCH (c:Consortium) WHERE c.id IN $ids', false),
  activeAll: overlapsByProjection('MATCH (c:Consortium)', true),
  activeByIds: overlapsByProjection('MATCH (c:Consortium) WHERE c.id IN $ids', true),
};

function overlapsByProjection(anchor: string, active: boolean): Record<Projection, string> {
  return {
    full: overlapsStatement(anchor, active, consortiumFields('a'), consortiumFields('b')),
    brief: overlapsStatement(anchor, active, consortiumBrief('a'), consortiumBrief('b')),
  };
}

/** The pairs, each with its two consortia projected once, at the end (the aggregation groups by node). */
function overlapsStatement(anchor: string, active: boolean, projectA: string, projectB: string): string {
  return `${anchor}
     ${active ? `${standingOnDay('c')} WITH c, standingStatus WHERE ${consortiumActive('c')}` : ''}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${membershipHeld('m', 'c')} AND ${membershipCites('m')}
     WITH c, CASE WHEN $includeAffiliates
                  THEN coalesce(${topLevelParent('o')}, o)
                  ELSE o END AS holder
     WITH holder, collect(DISTINCT c) AS pairedWith
     WHERE size(pairedWith) > 1
     UNWIND pairedWith AS a
     UNWIND pairedWith AS b
     WITH a, b, holder WHERE a.id < b.id
     WITH a, b, collect(holder.id) AS sharedIds
     RETURN a.id AS aId, b.id AS bId, sharedIds, ${projectA} AS a, ${projectB} AS b
     ORDER BY size(sharedIds) DESC, aId, bId`;
}

/**
 * Every pair of consortia (among `consortiumIds`, or all) sharing at least one organisation. With
 * `includeAffiliates`, a body counts as its top-level parent, so SNU's foundation in one team and
 * SNU in another make an overlap.
 */
export async function consortiumOverlaps(
  db: Database,
  consortiumIds: readonly string[] | null,
  asOf: string | null,
  includeAffiliates: boolean,
  activeOnly = false,
  sources: readonly string[] | null = null,
  projection: Projection = 'full',
): Promise<ConsortiumOverlapModel[]> {
  const statements = activeOnly
    ? consortiumIds === null
      ? OVERLAPS.activeAll
      : OVERLAPS.activeByIds
    : consortiumIds === null
      ? OVERLAPS.all
      : OVERLAPS.byIds;
  return db.read<ConsortiumOverlapModel>(statements[projection], {
    ids: consortiumIds,
    asOf,
    includeAffiliates,
    sources,
    activeStatuses: ACTIVE_STATUSES,
  });
}
