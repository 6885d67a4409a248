import { ACTIVE_STATUSES, type MembershipRole, type OrganizationKind } from '../../model/kinds';
import type { Database, Params, StreamingTx, Tx } from '../database';
import { consortiumActive, membershipCites, membershipHeld, rolledUpHolder, standingOnDay } from './fragments';

/** Which memberships make up a network: `null` means "no restriction". */
export interface NetworkScope {
  consortia: readonly string[] | null;
  kinds: readonly OrganizationKind[] | null;
  asOf: string | null;
  /** Only memberships citing one of these sources (membershipCites, the main question's rule). */
  sources: readonly string[] | null;
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
  /** The member, or with roll-up its top-level parent (the member itself when it has none). */
  organization: NetworkOrganizationRow;
  consortium: { id: string; name: string; title: string | null; frameworkProgramme: string | null };
  role: MembershipRole;
  category: string | null;
  since: string | null;
  until: string | null;
  ecContribution: number | null;
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
const IN_SCOPE = `($kinds IS NULL OR o.kind IN $kinds) AND ${membershipHeld('m', 'c')} AND ${membershipCites('m')}`;

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
     RETURN ${NETWORK_ORGANIZATION('o')} AS organization,
            c { .id, .name, .title, .frameworkProgramme } AS consortium,
            m.role AS role, m.category AS category, m.ecContribution AS ecContribution,
            toString(m.since) AS since, toString(m.until) AS until
     ORDER BY c.name, c.id, o.name, o.id`,
);

/**
 * The co-membership rule, the one place it is written: two organisations are linked, with `weight` the number of
 * distinct consortia of the scope in which both hold a membership, when that weight is at least $minWeight. Rolled
 * up, each member first stands as its top-level parent (rolledUpHolder), so a parent and its bodies count once.
 * Follows a MATCH of memberships `(o:Organization)-[m:MEMBER_OF]->(c)` that binds only `o`, `m` and `c`; gives rows
 * (sourceId < targetId, weight). Every statement with co-membership edges uses it: the edges of the in-memory network
 * and of the streamed export (CO_MEMBERSHIPS) and the pairs an AFFILIATION edge gives way to (CO_LINKED). Pairs are
 * counted in one pass over each consortium's in-scope members.
 */
const CO_MEMBERSHIP_PAIRS = (rolledUp: boolean) => `WITH o, m, c WHERE ${IN_SCOPE}
     WITH c, ${rolledUp ? rolledUpHolder('o') : 'o'} AS holder
     WITH c, collect(DISTINCT holder.id) AS holderIds
     UNWIND holderIds AS sourceId
     UNWIND holderIds AS targetId
     WITH sourceId, targetId, c WHERE sourceId < targetId
     WITH sourceId, targetId, count(DISTINCT c) AS weight
     WHERE weight >= $minWeight`;

const coMemberships = (rolledUp: boolean, order: string) =>
  scoped(
    (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     ${CO_MEMBERSHIP_PAIRS(rolledUp)}
     RETURN sourceId, targetId, weight
     ${order}`,
  );
const CO_MEMBERSHIPS = coMemberships(false, 'ORDER BY sourceId, targetId');
// The same pairs in no order: what a layout and the degrees need (the layout sorts them itself).
const UNORDERED_CO_MEMBERSHIPS = coMemberships(false, '');

// The ordered pairs as one record of three parallel lists, for a reader that holds them all anyway (the in-memory
// network): the driver decodes one record instead of one per pair, which was most of the time of the read.
const collectedCoMemberships = (rolledUp: boolean) =>
  scoped(
    (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     ${CO_MEMBERSHIP_PAIRS(rolledUp)}
     WITH sourceId, targetId, weight ORDER BY sourceId, targetId
     RETURN collect(sourceId) AS sourceIds, collect(targetId) AS targetIds, collect(weight) AS weights`,
  );
const COLLECTED_CO_MEMBERSHIPS = { plain: collectedCoMemberships(false), rolledUp: collectedCoMemberships(true) };

const AFFILIATIONS = `MATCH (part:Organization)-[:PART_OF]->(whole:Organization)
     WHERE (part.id IN $organizationIds OR whole.id IN $organizationIds)
       AND ($kinds IS NULL OR (part.kind IN $kinds AND whole.kind IN $kinds))
     RETURN ${NETWORK_ORGANIZATION('part')} AS part, ${NETWORK_ORGANIZATION('whole')} AS whole
     ORDER BY part.id, whole.id`;

// Whether organisation `x` has a held membership in the scope. Its own variables (`sm`, `sc`) so it never meets the
// outer statement's; the consortium filter is applied to `x`'s own memberships, so it costs no scan.
const MEMBER_OF_SCOPE = (x: string) =>
  `EXISTS { MATCH (${x})-[sm:MEMBER_OF]->(sc:Consortium)
     WHERE ($consortia IS NULL OR sc.id IN $consortia) AND ($kinds IS NULL OR ${x}.kind IN $kinds)
       AND ${membershipHeld('sm', 'sc')} AND ${membershipCites('sm')} }`;

// Both ends of a PART_OF link are of the scope's kinds.
const BOTH_KINDS = (a: string, b: string) => `($kinds IS NULL OR (${a}.kind IN $kinds AND ${b}.kind IN $kinds))`;

// Organisations `a` and `b` have a CO_MEMBERSHIP edge (CO_MEMBERSHIP_PAIRS, over the memberships of the two).
const CO_LINKED = (a: string, b: string) =>
  `EXISTS { UNWIND [${a}, ${b}] AS o
     MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
     WHERE $consortia IS NULL OR c.id IN $consortia
     ${CO_MEMBERSHIP_PAIRS(false)}
     RETURN weight }`;

// The PART_OF links a network with affiliations has: at least one end a member in the scope, both of its kinds.
const AFFILIATION_IN_SCOPE = `${BOTH_KINDS('part', 'whole')} AND (${MEMBER_OF_SCOPE('part')} OR ${MEMBER_OF_SCOPE('whole')})`;

/** The scope's members and consortia counted, as a CALL giving `organizations` and `consortia` (one row). */
const memberCounts = (anchor: string) => `CALL () {
       ${anchor}
       MATCH (o:Organization)-[m:MEMBER_OF]->(c)
       WHERE ${IN_SCOPE}
       RETURN count(DISTINCT o) AS organizations, count(DISTINCT c) AS consortia
     }`;

/**
 * How many nodes the network has, without reading it: organisations with a held membership in the scope,
 * consortia with one (BIPARTITE counts them), and, with affiliations, the other ends of PART_OF links that are not
 * members. One aggregation over the scope's memberships; the limit on measured networks is checked against it.
 */
const NODE_COUNT = scoped(
  (anchor) => `${memberCounts(anchor)}
     CALL (organizations) {
       // Importing a variable makes this an Apply on the one row above, never a CartesianProduct.
       MATCH (part:Organization)-[:PART_OF]->(whole:Organization)
       WHERE $includeAffiliations AND ${AFFILIATION_IN_SCOPE}
       UNWIND [part, whole] AS end
       WITH DISTINCT end
       WHERE NOT ${MEMBER_OF_SCOPE('end')}
       RETURN count(end) AS affiliated
     }
     RETURN organizations, consortia, affiliated`,
);

// Without affiliations, only the members: the PART_OF part of NODE_COUNT would still be planned as a scan of every
// PART_OF link (45 ms of the 50 ms the one-consortium network took at S) to find that `$includeAffiliations` is false.
const MEMBER_NODE_COUNT = scoped(
  (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${IN_SCOPE}
     RETURN count(DISTINCT o) AS organizations, count(DISTINCT c) AS consortia, 0 AS affiliated`,
);

export interface NetworkNodeCount {
  organizations: number;
  consortia: number;
  /** Non-member ends of PART_OF links (0 without affiliations). */
  affiliated: number;
}

/** Counts the nodes of the network of a scope (see NODE_COUNT), in the caller's transaction. */
export async function networkNodeCount(
  db: Database,
  tx: Tx,
  scope: NetworkScope,
  includeAffiliations: boolean,
): Promise<NetworkNodeCount> {
  const statement = includeAffiliations ? NODE_COUNT : MEMBER_NODE_COUNT;
  const [row] = await db.run<NetworkNodeCount>(tx, anchored(statement, scope), { ...scope, includeAffiliations });
  return row ?? { organizations: 0, consortia: 0, affiliated: 0 };
}

// MEMBERSHIPS with each member replaced by its top-level parent (topLevelParent, the main question's rule).
const ROLLED_UP_MEMBERSHIPS = scoped(
  (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${IN_SCOPE}
     WITH o, m, c, ${rolledUpHolder('o')} AS holder
     RETURN ${NETWORK_ORGANIZATION('holder')} AS organization,
            c { .id, .name, .title, .frameworkProgramme } AS consortium,
            m.role AS role, m.category AS category, m.ecContribution AS ecContribution,
            toString(m.since) AS since, toString(m.until) AS until
     ORDER BY c.name, c.id, holder.name, holder.id, o.name, o.id`,
);

// The rows of MEMBERSHIPS, as maps (collected in MEMBERS_AND_PAIRS).
const MEMBERSHIP_MAP = `{ organization: ${NETWORK_ORGANIZATION('o')}, consortium: c { .id, .name, .title, .frameworkProgramme },
       role: m.role, category: m.category, ecContribution: m.ecContribution,
       since: toString(m.since), until: toString(m.until) }`;

/**
 * A network without roll-up or affiliations in one statement, where it took three (count, memberships, pairs):
 * its node count (MEMBER_NODE_COUNT's), how many member pairs CO_MEMBERSHIP would count (per consortium, n·(n-1)/2
 * of its distinct members) and, only when both are within `$maxNodes` and `$maxPairs` (null: no bound), its
 * memberships in MEMBERSHIPS' order and its co-memberships (`$coMembership`, CO_MEMBERSHIP_PAIRS) in
 * CO_MEMBERSHIPS' order. A network over a bound is refused before any row is read, as before. Each CALL imports
 * what came before, so the plan is a chain of Applys on one row, never a Cartesian product.
 */
const MEMBERS_AND_PAIRS = scoped(
  (anchor) => `${memberCounts(anchor)}
     CALL (organizations) {
       ${anchor}
       MATCH (o:Organization)-[m:MEMBER_OF]->(c)
       WHERE $coMembership AND ${IN_SCOPE}
       WITH c, count(DISTINCT o) AS members
       RETURN coalesce(sum(members * (members - 1) / 2), 0) AS pairs
     }
     WITH organizations, consortia, pairs,
          ($maxNodes IS NULL OR organizations + CASE WHEN $countConsortia THEN consortia ELSE 0 END <= $maxNodes)
          AND ($maxPairs IS NULL OR pairs <= $maxPairs) AS within
     CALL (within) {
       WITH within WHERE within
       ${anchor}
       MATCH (o:Organization)-[m:MEMBER_OF]->(c)
       WHERE ${IN_SCOPE}
       WITH o, m, c ORDER BY c.name, c.id, o.name, o.id
       RETURN collect(${MEMBERSHIP_MAP}) AS memberships
     }
     CALL (within) {
       WITH within WHERE within AND $coMembership
       ${anchor}
       MATCH (o:Organization)-[m:MEMBER_OF]->(c)
       ${CO_MEMBERSHIP_PAIRS(false)}
       WITH sourceId, targetId, weight ORDER BY sourceId, targetId
       RETURN collect(sourceId) AS sourceIds, collect(targetId) AS targetIds, collect(weight) AS weights
     }
     RETURN organizations, consortia, pairs, memberships, sourceIds, targetIds, weights`,
);

/** What {@link networkInOneRead} answers: the counts always, the rows only within the bounds. */
export interface NetworkInOne {
  organizations: number;
  consortia: number;
  pairs: number;
  memberships: NetworkMembershipRow[];
  coMemberships: CoMembershipRow[];
}

/** The bounds of {@link networkInOneRead}; `null`: none. */
export interface NetworkInOneBounds {
  maxNodes: number | null;
  /** Whether the network's consortia are nodes too (BIPARTITE). */
  countConsortia: boolean;
  maxPairs: number | null;
  /** Whether to count pairs and read co-memberships (CO_MEMBERSHIP). */
  coMembership: boolean;
  minWeight: number;
}

/** A network without roll-up or affiliations, counted and (within `bounds`) read in one statement (MEMBERS_AND_PAIRS). */
export async function networkInOneRead(
  db: Database,
  tx: Tx,
  scope: NetworkScope,
  bounds: NetworkInOneBounds,
): Promise<NetworkInOne> {
  type Row = Omit<NetworkInOne, 'coMemberships'> & { sourceIds: string[]; targetIds: string[]; weights: number[] };
  const [row] = await db.run<Row>(tx, anchored(MEMBERS_AND_PAIRS, scope), { ...scope, ...bounds });
  if (!row) return { organizations: 0, consortia: 0, pairs: 0, memberships: [], coMemberships: [] };
  return {
    organizations: row.organizations,
    consortia: row.consortia,
    pairs: row.pairs,
    memberships: row.memberships,
    coMemberships: row.sourceIds.map((sourceId, index) => ({
      sourceId,
      targetId: row.targetIds[index]!,
      weight: row.weights[index]!,
    })),
  };
}

/**
 * Memberships held in the scope, by consortium then organisation name. `rolledUp`: each member stands as its
 * top-level parent, so a parent and its body in one consortium give two rows for the same pair (the caller merges).
 */
export function networkMemberships(db: Database, tx: Tx, scope: NetworkScope, rolledUp = false) {
  return db.run<NetworkMembershipRow>(tx, anchored(rolledUp ? ROLLED_UP_MEMBERSHIPS : MEMBERSHIPS, scope), {
    ...scope,
  });
}

/**
 * The CO_MEMBERSHIP edges of the scope (CO_MEMBERSHIP_PAIRS), by source then target id, in the caller's
 * transaction: what the in-memory network holds, as one record of lists; the streamed export reads the same
 * pairs (CO_MEMBERSHIPS) a record at a time.
 * `rolledUp`: between top-level parents.
 */
export async function networkCoMemberships(
  db: Database,
  tx: Tx,
  scope: NetworkScope,
  minWeight: number,
  rolledUp: boolean,
): Promise<CoMembershipRow[]> {
  const statements = rolledUp ? COLLECTED_CO_MEMBERSHIPS.rolledUp : COLLECTED_CO_MEMBERSHIPS.plain;
  type Collected = { sourceIds: string[]; targetIds: string[]; weights: number[] };
  const [row] = await db.run<Collected>(tx, anchored(statements, scope), { ...scope, minWeight });
  if (!row) return [];
  return row.sourceIds.map((sourceId, index) => ({
    sourceId,
    targetId: row.targetIds[index]!,
    weight: row.weights[index]!,
  }));
}

/** The most stage days a dynamic export evaluates the program on (a program has about ten). */
export const MAX_TIMELINE_DAYS = 200;

const STAGE_DAYS = `MATCH (st:Stage)
     WITH DISTINCT coalesce(st.date, st.knownBy) AS day
     WHERE day IS NOT NULL
     RETURN toString(day) AS day
     ORDER BY day
     LIMIT $maxDays`;

const STANDING_DAYS = `MATCH (c:Consortium)-[:STANDING]->(st:Stage)
     WITH c, min(coalesce(st.date, st.knownBy)) AS first, max(coalesce(st.date, st.knownBy)) AS last
     WHERE last IS NOT NULL
     RETURN c.id AS id, toString(first) AS first, toString(last) AS last`;

/** The days of the program's stages (their date, or the day a loosely dated one is known by), first first. */
export async function stageDays(db: Database, tx: Tx): Promise<string[]> {
  const rows = await db.run<{ day: string }>(tx, STAGE_DAYS, { maxDays: MAX_TIMELINE_DAYS });
  return rows.map((row) => row.day);
}

/** The days of each consortium's first and last standing, by consortium id (none: absent). */
export async function standingDays(db: Database, tx: Tx): Promise<Map<string, { first: string; last: string }>> {
  const rows = await db.run<{ id: string; first: string; last: string }>(tx, STANDING_DAYS, {});
  return new Map(rows.map((row) => [row.id, { first: row.first, last: row.last }]));
}

const ACTIVE_CONSORTIA = `MATCH (c:Consortium)
     ${standingOnDay('c')}
     WITH c, standingStatus WHERE ${consortiumActive('c')}
     RETURN c.id AS id`;

/**
 * The ids of the consortia in their program on `asOf` (today when null): the rule of the main question's
 * `activeOnly` (standingOnDay, consortiumActive), whatever statuses it counts as in the program.
 */
export async function activeConsortiumIds(db: Database, tx: Tx, asOf: string | null) {
  const rows = await db.run<{ id: string }>(tx, ACTIVE_CONSORTIA, { asOf, activeStatuses: ACTIVE_STATUSES });
  return rows.map((row) => row.id);
}

// Consortia with a membership of no `since`: such a membership is held from its consortium's start (membershipHeld).
const UNDATED_MEMBERSHIP_STARTS = `MATCH (c:Consortium)
     WHERE c.startDate IS NOT NULL AND EXISTS { MATCH (:Organization)-[m:MEMBER_OF]->(c) WHERE m.since IS NULL }
     RETURN c.id AS id, toString(c.startDate) AS startDate`;

/**
 * The start day of every consortium some membership of which has no `since`, by consortium id: what a reader
 * filtering memberships by day itself needs to apply membershipHeld's rule (`coalesce(m.since, c.startDate)`).
 */
export async function undatedMembershipStarts(db: Database, tx: Tx): Promise<Record<string, string>> {
  const rows = await db.run<{ id: string; startDate: string }>(tx, UNDATED_MEMBERSHIP_STARTS, {});
  return Object.fromEntries(rows.map((row) => [row.id, row.startDate]));
}

/** PART_OF links with at least one end among `organizationIds`, both ends of the scope's kinds. */
export function affiliationsTouching(
  db: Database,
  tx: Tx,
  organizationIds: readonly string[],
  kinds: NetworkScope['kinds'],
) {
  return db.run<AffiliationRow>(tx, AFFILIATIONS, { organizationIds, kinds });
}

// ---------------------------------------------------------------------------------------------------------------
// Streamed reads, for exports without betweenness and communities: nothing here holds more than a page of rows.
// ---------------------------------------------------------------------------------------------------------------

/** The id and English name of a node, which is all its place in the node order needs. */
export interface NodeKeyRow {
  id: string;
  name: string;
}

// The organisations of the network: members in the scope, and with affiliations the ends of its PART_OF links.
const ORGANIZATION_KEYS = scoped(
  (anchor) => `CALL () {
       ${anchor}
       MATCH (o:Organization)-[m:MEMBER_OF]->(c)
       WHERE ${IN_SCOPE}
       RETURN DISTINCT o
       UNION
       MATCH (part:Organization)-[:PART_OF]->(whole:Organization)
       WHERE $includeAffiliations AND ${AFFILIATION_IN_SCOPE}
       UNWIND [part, whole] AS o
       RETURN o
     }
     RETURN o.id AS id, o.name AS name`,
);

const CONSORTIUM_KEYS = scoped(
  (anchor) => `${anchor}
     WITH c WHERE EXISTS { MATCH (o:Organization)-[m:MEMBER_OF]->(c) WHERE ${IN_SCOPE} }
     RETURN c.id AS id, c.name AS name`,
);

/** An organisation node with its count of consortia, as a page of the streamed export reads it. */
export interface OrganizationNodeRow {
  organization: NetworkOrganizationRow;
  consortiumCount: number;
}

export interface ConsortiumNodeRow {
  id: string;
  name: string;
  title: string | null;
  frameworkProgramme: string | null;
  consortiumCount: number;
}

// A page of nodes in the order of $ids: `i` keeps it (the index seeks do not promise an order).
const PAGE = `UNWIND range(0, size($ids) - 1) AS i
     WITH i, $ids[i] AS id`;

const ORGANIZATION_COUNTS = `MATCH (o:Organization {id: id})
     WITH i, o, COUNT { MATCH (o)-[m:MEMBER_OF]->(c:Consortium)
                        WHERE ($consortia IS NULL OR c.id IN $consortia) AND ${IN_SCOPE} } AS consortiumCount`;

const ORGANIZATION_OUT = `o { .id, .name, .nameKo, .nameJa, .kind, .country } AS organization, consortiumCount`;

const ORGANIZATION_PAGE = `${PAGE} ${ORGANIZATION_COUNTS}
     RETURN ${ORGANIZATION_OUT}
     ORDER BY i`;

const CONSORTIUM_PAGE = `${PAGE}
     MATCH (c:Consortium {id: id})
     RETURN c.id AS id, c.name AS name, c.title AS title, c.frameworkProgramme AS frameworkProgramme,
            COUNT { MATCH (o:Organization)-[m:MEMBER_OF]->(c) WHERE ${IN_SCOPE} } AS consortiumCount
     ORDER BY i`;

export interface MembershipEdgeRow {
  organizationId: string;
  consortiumId: string;
  role: MembershipRole;
  category: string | null;
  since: string | null;
  until: string | null;
  ecContribution: number | null;
}

// The same rows and order as MEMBERSHIPS, with only what an edge needs.
const MEMBERSHIP_EDGES = scoped(
  (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${IN_SCOPE}
     RETURN o.id AS organizationId, c.id AS consortiumId, m.role AS role, m.category AS category,
            m.ecContribution AS ecContribution, toString(m.since) AS since, toString(m.until) AS until
     ORDER BY c.name, c.id, o.name, o.id`,
);

// The pairs of MEMBERSHIP_EDGES and nothing else, in no order: what a layout needs (it sorts them itself).
const MEMBERSHIP_PAIRS = scoped(
  (anchor) => `${anchor}
     MATCH (o:Organization)-[m:MEMBER_OF]->(c)
     WHERE ${IN_SCOPE}
     RETURN o.id AS organizationId, c.id AS consortiumId`,
);

export interface AffiliationEdgeRow {
  partId: string;
  wholeId: string;
}

// The AFFILIATION edges in the order of AFFILIATIONS; in CO_MEMBERSHIP without the pairs that share consortia.
const AFFILIATION_EDGES = {
  BIPARTITE: `MATCH (part:Organization)-[:PART_OF]->(whole:Organization)
     WHERE ${AFFILIATION_IN_SCOPE}
     RETURN part.id AS partId, whole.id AS wholeId
     ORDER BY part.id, whole.id`,
  CO_MEMBERSHIP: `MATCH (part:Organization)-[:PART_OF]->(whole:Organization)
     WHERE ${AFFILIATION_IN_SCOPE} AND NOT ${CO_LINKED('part', 'whole')}
     RETURN part.id AS partId, whole.id AS wholeId
     ORDER BY part.id, whole.id`,
};

/** The statements of one streamed export, all in its one read transaction. */
export interface NetworkStreamReads {
  organizationKeys(includeAffiliations: boolean): AsyncIterable<NodeKeyRow>;
  consortiumKeys(): AsyncIterable<NodeKeyRow>;
  organizationPage(ids: readonly string[]): AsyncIterable<OrganizationNodeRow>;
  consortiumPage(ids: readonly string[]): AsyncIterable<ConsortiumNodeRow>;
  membershipEdges(): AsyncIterable<MembershipEdgeRow>;
  /** The organisation and consortium of each membership, unordered (for a layout). */
  membershipPairs(): AsyncIterable<Pick<MembershipEdgeRow, 'organizationId' | 'consortiumId'>>;
  coMembershipEdges(minWeight: number): AsyncIterable<CoMembershipRow>;
  /** The rows of `coMembershipEdges`, unordered (for a layout and degrees). */
  coMembershipPairs(minWeight: number): AsyncIterable<CoMembershipRow>;
  affiliationEdges(projection: 'BIPARTITE' | 'CO_MEMBERSHIP', minWeight: number): AsyncIterable<AffiliationEdgeRow>;
}

/**
 * Runs `work` in one read transaction of `Database.readStream` whose statements stream their records, so a slow
 * consumer holds back Neo4j rather than filling memory. The transaction may stay open for `timeoutMs`
 * (NETWORK_EXPORT_TIMEOUT_MS), longer than the API's usual statements, and is never retried: part of the export may
 * already be written. Consume each result before starting the next statement. The statements reach the observers
 * of `Database.observe` (metrics, plan tests) like every other.
 */
export function withNetworkStream<R>(
  db: Database,
  scope: NetworkScope,
  timeoutMs: number,
  work: (reads: NetworkStreamReads) => Promise<R>,
): Promise<R> {
  return db.readStream((tx) => work(streamReads(tx, scope)), timeoutMs);
}

function streamReads(tx: StreamingTx, scope: NetworkScope): NetworkStreamReads {
  const base = { consortia: scope.consortia, kinds: scope.kinds, asOf: scope.asOf, sources: scope.sources };
  const records = <T extends NonNullable<unknown>>(cypher: string, params: Params) =>
    tx.stream<T & Record<string, unknown>>(cypher, { ...base, ...params });
  return {
    organizationKeys: (includeAffiliations) =>
      records<NodeKeyRow>(anchored(ORGANIZATION_KEYS, scope), { includeAffiliations }),
    consortiumKeys: () => records<NodeKeyRow>(anchored(CONSORTIUM_KEYS, scope), {}),
    organizationPage: (ids) => records<OrganizationNodeRow>(ORGANIZATION_PAGE, { ids }),
    consortiumPage: (ids) => records<ConsortiumNodeRow>(CONSORTIUM_PAGE, { ids }),
    membershipEdges: () => records<MembershipEdgeRow>(anchored(MEMBERSHIP_EDGES, scope), {}),
    membershipPairs: () =>
      records<Pick<MembershipEdgeRow, 'organizationId' | 'consortiumId'>>(anchored(MEMBERSHIP_PAIRS, scope), {}),
    coMembershipEdges: (minWeight) => records<CoMembershipRow>(anchored(CO_MEMBERSHIPS, scope), { minWeight }),
    coMembershipPairs: (minWeight) =>
      records<CoMembershipRow>(anchored(UNORDERED_CO_MEMBERSHIPS, scope), { minWeight }),
    affiliationEdges: (projection, minWeight) =>
      records<AffiliationEdgeRow>(AFFILIATION_EDGES[projection], { minWeight }),
  };
}
