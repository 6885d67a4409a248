import type { Database, Tx } from '../db/database';
import {
  activeConsortiumIds,
  affiliationsTouching,
  networkCoMemberships,
  networkMemberships,
  stageDays,
  standingDays,
  networkNodeCount,
  networkInOneRead,
  type AffiliationRow,
  type CoMembershipRow,
  type NetworkMembershipRow,
  type NetworkNodeCount,
  type NetworkOrganizationRow,
  type NetworkScope,
} from '../db/reads/networkReads';
import { withMeasureSlot } from './measurePool';
import { consortiumSpellsOf, type ConsortiumSpells } from './spells';
import { computeMeasuresWith, type GraphMeasureRunner, type UnmeasuredNode } from './measures';
import {
  DEFAULT_NETWORK_LIMITS,
  checkMeasureWork,
  answerTooLarge,
  NetworkAnswerTooLargeError,
  type NetworkAsker,
  type NetworkLimits,
} from './networkLimits';
import { NetworkTooLargeError, type LabelLanguage, type NetworkOptions } from './networkOptions';
import {
  WHOLE_GRAPH_MEASURES,
  type Network,
  type NetworkEdge,
  type NetworkMeasure,
  type NetworkNode,
} from './networkTypes';

export type { NetworkAsker } from './networkLimits';

interface NetworkRows {
  memberships: NetworkMembershipRow[];
  /** CO_MEMBERSHIP only: the pairs Neo4j found linked (networkCoMemberships). */
  coMemberships: CoMembershipRow[];
  affiliations: AffiliationRow[];
}

/**
 * CO_MEMBERSHIP finds its edges by counting every pair of members of each consortium; for GraphQL, that count is
 * bounded by this many times MAX_NETWORK_EDGES (pairs repeat across consortia and minWeight drops some), checked
 * from the memberships before Neo4j is asked to count them.
 */
export const PAIRS_PER_ANSWER_EDGE = 10;

/**
 * Builds the network the GraphQL `network` field and the measured exports serve, in memory: nodes (organisations,
 * and consortia in BIPARTITE) with the measures of `options.measures`, and edges, at most one per pair of nodes.
 * Organisations come first, then consortia, each sorted by name, so the same graph always gives the same network.
 * With betweenness or community, the whole build holds a slot of the measure pool (measurePool.ts), and those two
 * are computed in a worker, off the event loop, within `limits`.
 *
 * Refused, before anything heavy (the nodes are counted in Neo4j before any row is read):
 * - for GraphQL, a network over MAX_NETWORK_NODES or MAX_NETWORK_EDGES (NetworkAnswerTooLargeError);
 * - with betweenness or community, one over MAX_MEASURED_NETWORK_NODES (NetworkTooLargeError);
 * - with betweenness, one whose V·(V+E) is over MAX_MEASURE_WORK (MeasureBudgetError), before a worker starts.
 *
 * @throws MeasureTimeoutError or MeasureBusyError from the pool: past the deadline, or no slot free in time (then
 *   nothing was read).
 */
export function buildNetwork(
  db: Database,
  options: NetworkOptions,
  limits: NetworkLimits = DEFAULT_NETWORK_LIMITS,
  asker: NetworkAsker = 'graphql',
): Promise<Network> {
  if (!needsWholeGraph(options.measures)) return assembleNetwork(db, options, limits, asker, NO_GRAPH_MEASURES);
  return withMeasureSlot(limits, (measure) => assembleNetwork(db, options, limits, asker, measure));
}

// Without betweenness and community there is nothing for a runner to compute.
const NO_GRAPH_MEASURES: GraphMeasureRunner = () => Promise.reject(new Error('No graph measure was asked for'));

async function assembleNetwork(
  db: Database,
  options: NetworkOptions,
  limits: NetworkLimits,
  asker: NetworkAsker,
  measure: GraphMeasureRunner,
): Promise<Network> {
  const check = sizeChecks(options, limits, asker);
  const rows = await readNetworkRows(db, options, check);
  const organizations = organizationNodes(rows, options.labelLanguage);
  const consortia = options.projection === 'BIPARTITE' ? consortiumNodes(rows.memberships) : [];
  const edges =
    options.projection === 'BIPARTITE' ? membershipEdges(rows.memberships) : coMembershipEdges(rows.coMemberships);
  const nodes = [...organizations, ...consortia];
  const allEdges = withAffiliations(edges, rows.affiliations);
  check.nodes(nodes.length);
  check.edges(allEdges.length);
  check.work(nodes.length, allEdges.length);
  return {
    projection: options.projection,
    measures: options.measures,
    nodes: await computeMeasuresWith(measure, nodes, allEdges, options.measures),
    edges: allEdges,
  };
}

/** The checks of one network's size, each refusing with the limit it breaks. */
interface SizeChecks {
  /** Whether the node count is worth counting in Neo4j first (some node limit applies). */
  countFirst: boolean;
  nodes: (count: number) => void;
  edges: (count: number) => void;
  work: (nodes: number, edges: number) => void;
  /** How many member pairs CO_MEMBERSHIP may count (see PAIRS_PER_ANSWER_EDGE). */
  maxPairs: number;
  /** The smallest node limit that applies (`nodes` refuses above it). */
  maxNodes: number;
}

function sizeChecks(options: NetworkOptions, limits: NetworkLimits, asker: NetworkAsker): SizeChecks {
  const answer = asker === 'graphql';
  const measured = needsWholeGraph(options.measures);
  const betweenness = options.measures.includes('betweenness');
  return {
    countFirst: answer || measured,
    nodes: (count) => {
      if (answer && count > limits.maxNetworkNodes) {
        throw answerTooLarge('MAX_NETWORK_NODES', limits.maxNetworkNodes, count);
      }
      if (measured) checkMeasurable(count, limits.maxMeasuredNodes, asker);
    },
    edges: (count) => {
      if (answer && count > limits.maxNetworkEdges) {
        throw answerTooLarge('MAX_NETWORK_EDGES', limits.maxNetworkEdges, count);
      }
    },
    work: (nodes, edges) => {
      if (betweenness) checkMeasureWork(nodes, edges, limits.maxMeasureWork, asker);
    },
    maxPairs: answer ? limits.maxNetworkEdges * PAIRS_PER_ANSWER_EDGE : Number.POSITIVE_INFINITY,
    maxNodes: Math.min(
      answer ? limits.maxNetworkNodes : Number.POSITIVE_INFINITY,
      measured ? limits.maxMeasuredNodes : Number.POSITIVE_INFINITY,
    ),
  };
}

/** Whether some of `measures` need the whole network in memory (betweenness, community). */
export function needsWholeGraph(measures: readonly NetworkMeasure[]): boolean {
  return measures.some((measure) => WHOLE_GRAPH_MEASURES.includes(measure));
}

/** @throws NetworkTooLargeError when `nodeCount` is over `limit`. */
export function checkMeasurable(nodeCount: number, limit: number, asker: NetworkAsker): void {
  if (nodeCount > limit) throw new NetworkTooLargeError(nodeCount, limit, asker);
}

/**
 * The memberships a network is made of, in the caller's transaction: with `activeOnly`, its consortia narrowed to
 * those in their program on `asOf` (activeConsortiumIds, the main question's rule), so every statement after it,
 * streamed or not, reads only those.
 */
export async function scopeOf(db: Database, tx: Tx, options: NetworkOptions): Promise<NetworkScope> {
  const scope = { consortia: options.consortia, kinds: options.kinds, asOf: options.asOf, sources: options.sources };
  if (!options.activeOnly) return scope;
  const active = await activeConsortiumIds(db, tx, options.asOf);
  const asked = options.consortia === null ? null : new Set(options.consortia);
  return { ...scope, consortia: asked === null ? active : active.filter((id) => asked.has(id)) };
}

/**
 * Counts the nodes of the network (one aggregation in Neo4j, nothing read) and refuses it if over `limit`.
 * Exports call it before writing anything.
 */
export async function checkNetworkSize(
  db: Database,
  options: NetworkOptions,
  limit: number,
  asker: NetworkAsker,
): Promise<void> {
  const count = await db.readTx(async (tx) =>
    networkNodeCount(db, tx, await scopeOf(db, tx, options), options.includeAffiliations),
  );
  checkMeasurable(nodeTotal(count, options), limit, asker);
}

const nodeTotal = (count: NetworkNodeCount, options: NetworkOptions) =>
  count.organizations + (options.projection === 'BIPARTITE' ? count.consortia : 0) + count.affiliated;

/**
 * One read transaction, so the nodes, the CO_MEMBERSHIP edges and the affiliations come from the same state of the
 * graph. The edges are read with the co-membership rule the streamed export reads them with (CO_MEMBERSHIP_PAIRS
 * in networkReads.ts), so it is written once; their number of pairs is checked first. When a node limit applies,
 * the nodes are counted first, so a network too large is refused before its rows are read. Without roll-up or
 * affiliations all of it is one statement (readInOne); otherwise a count, the memberships and the pairs.
 */
function readNetworkRows(db: Database, options: NetworkOptions, check: SizeChecks): Promise<NetworkRows> {
  return db.readTx(async (tx) => {
    const scope = await scopeOf(db, tx, options);
    if (!options.includeAffiliates && !options.includeAffiliations) return readInOne(db, tx, scope, options, check);
    // Rolled up, the count is of members before merging: an upper bound, which is what a limit needs.
    if (check.countFirst) {
      check.nodes(nodeTotal(await networkNodeCount(db, tx, scope, options.includeAffiliations), options));
    }
    const rows = await networkMemberships(db, tx, scope, options.includeAffiliates);
    const memberships = options.includeAffiliates ? mergedByPair(rows) : rows;
    const coMemberships =
      options.projection === 'CO_MEMBERSHIP'
        ? await checkedCoMemberships(db, tx, scope, memberships, options, check.maxPairs)
        : [];
    const memberIds = [...new Set(memberships.map((row) => row.organization.id))];
    const affiliations = options.includeAffiliations
      ? await affiliationsTouching(db, tx, memberIds, options.kinds)
      : [];
    return { memberships, coMemberships, affiliations };
  });
}

const finiteOrNull = (limit: number) => (Number.isFinite(limit) ? limit : null);

/**
 * Without roll-up or affiliations, the same rows in one statement (networkInOneRead): Neo4j counts the nodes and
 * the member pairs first and reads the rows only within the same bounds these checks apply, which then refuse
 * with the same errors as the three-statement read.
 */
async function readInOne(
  db: Database,
  tx: Tx,
  scope: NetworkScope,
  options: NetworkOptions,
  check: SizeChecks,
): Promise<NetworkRows> {
  const bipartite = options.projection === 'BIPARTITE';
  const read = await networkInOneRead(db, tx, scope, {
    maxNodes: check.countFirst ? finiteOrNull(check.maxNodes) : null,
    countConsortia: bipartite,
    maxPairs: bipartite ? null : finiteOrNull(check.maxPairs),
    coMembership: !bipartite,
    minWeight: options.minWeight ?? 1,
  });
  if (check.countFirst) check.nodes(read.organizations + (bipartite ? read.consortia : 0));
  if (!bipartite) checkPairCount(read.pairs, check.maxPairs);
  if (read.organizations > 0 && read.memberships.length === 0) {
    throw new Error('the network was counted but not read: its bounds and the checks disagree');
  }
  return { memberships: read.memberships, coMemberships: read.coMemberships, affiliations: [] };
}

/**
 * Rolled up, a parent and its bodies in one consortium are one membership of the parent: LEAD if any of them
 * leads, the first category given, from the earliest `since` (none: from the start) to the latest `until` (none:
 * still holds). Rows keep their order (the first of each pair).
 */
function mergedByPair(rows: readonly NetworkMembershipRow[]): NetworkMembershipRow[] {
  const byPair = new Map<string, NetworkMembershipRow>();
  for (const row of rows) {
    const key = `${row.organization.id}\u0000${row.consortium.id}`;
    const seen = byPair.get(key);
    if (!seen) {
      byPair.set(key, { ...row });
      continue;
    }
    if (row.role === 'LEAD') seen.role = 'LEAD';
    seen.category ??= row.category;
    seen.since = seen.since === null || row.since === null ? null : seen.since < row.since ? seen.since : row.since;
    seen.until = seen.until === null || row.until === null ? null : seen.until > row.until ? seen.until : row.until;
  }
  return [...byPair.values()];
}

export const organizationNodeId = (id: string) => `org:${id}`;
export const consortiumNodeId = (id: string) => `consortium:${id}`;

export function labelOf(organization: NetworkOrganizationRow, language: LabelLanguage): string {
  return namesOf(organization, language).label;
}

/**
 * An organisation's label in `language` and its names in every language, as every export writes them: the label
 * is the name in that language, or the English name where the sources give none (then `labelLanguage` says EN).
 */
export function namesOf(
  organization: Pick<NetworkOrganizationRow, 'name' | 'nameKo' | 'nameJa'>,
  language: LabelLanguage,
): Pick<NetworkNode, 'label' | 'labelLanguage' | 'name' | 'nameKo' | 'nameJa'> {
  const inLanguage = language === 'KO' ? organization.nameKo : language === 'JA' ? organization.nameJa : null;
  return {
    label: inLanguage ?? organization.name,
    labelLanguage: inLanguage ? language : 'EN',
    name: organization.name,
    nameKo: organization.nameKo,
    nameJa: organization.nameJa,
  };
}

/** A consortium's names: the sources give consortia one name, so its label is that in every language. */
export const consortiumNames = (name: string): Pick<NetworkNode, 'label' | 'labelLanguage' | 'name'> => ({
  label: name,
  labelLanguage: 'EN',
  name,
});

// By English name whatever the label language, so communities do not depend on it. A collator compares exactly as
// `localeCompare(other, 'en')` does, without building one per comparison.
const ENGLISH = new Intl.Collator('en');
export const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
  ENGLISH.compare(a.name, b.name) || ENGLISH.compare(a.id, b.id);

/**
 * Members of the scope, with the number of its consortia each belongs to; with affiliations, the other end of
 * each PART_OF link joins with a count of 0.
 */
function organizationNodes(rows: NetworkRows, language: LabelLanguage): UnmeasuredNode[] {
  const consortiaOf = new Map<string, { organization: NetworkOrganizationRow; count: number }>();
  for (const { organization } of rows.memberships) {
    const entry = consortiaOf.get(organization.id) ?? { organization, count: 0 };
    entry.count += 1;
    consortiaOf.set(organization.id, entry);
  }
  for (const { part, whole } of rows.affiliations) {
    for (const organization of [part, whole]) {
      if (!consortiaOf.has(organization.id)) consortiaOf.set(organization.id, { organization, count: 0 });
    }
  }
  return [...consortiaOf.values()]
    .sort((a, b) => byName(a.organization, b.organization))
    .map(({ organization, count }) => ({
      id: organizationNodeId(organization.id),
      entityId: organization.id,
      ...namesOf(organization, language),
      type: 'ORGANIZATION' as const,
      kind: organization.kind,
      country: organization.country,
      consortiumCount: count,
    }));
}

/** Consortia with at least one member in the scope; `consortiumCount` is that number of members. */
function consortiumNodes(memberships: readonly NetworkMembershipRow[]): UnmeasuredNode[] {
  const membersOf = new Map<string, { consortium: NetworkMembershipRow['consortium']; count: number }>();
  for (const { consortium } of memberships) {
    const entry = membersOf.get(consortium.id) ?? { consortium, count: 0 };
    entry.count += 1;
    membersOf.set(consortium.id, entry);
  }
  return [...membersOf.values()]
    .sort((a, b) => byName(a.consortium, b.consortium))
    .map(({ consortium: { id, name, title, frameworkProgramme }, count }) => ({
      id: consortiumNodeId(id),
      entityId: id,
      ...consortiumNames(name),
      type: 'CONSORTIUM' as const,
      kind: null,
      country: null,
      consortiumCount: count,
      title,
      frameworkProgramme,
    }));
}

function membershipEdges(memberships: readonly NetworkMembershipRow[]): NetworkEdge[] {
  return memberships.map(({ organization, consortium, role, category, since, until, ecContribution }) =>
    edge(organizationNodeId(organization.id), consortiumNodeId(consortium.id), {
      type: 'MEMBERSHIP',
      weight: 1,
      role,
      category,
      since,
      until,
      ecContribution,
    }),
  );
}

/**
 * The CO_MEMBERSHIP pairs of the scope, read from Neo4j once the memberships (merged when rolled up) are known to
 * make at most `maxPairs` pairs.
 *
 * @throws NetworkAnswerTooLargeError when they make more, before Neo4j counts any.
 */
async function checkedCoMemberships(
  db: Database,
  tx: Tx,
  scope: NetworkScope,
  memberships: readonly NetworkMembershipRow[],
  options: NetworkOptions,
  maxPairs: number,
): Promise<CoMembershipRow[]> {
  const membersOf = new Map<string, Set<string>>();
  for (const { organization, consortium } of memberships) {
    const members = membersOf.get(consortium.id) ?? new Set<string>();
    members.add(organization.id);
    membersOf.set(consortium.id, members);
  }
  checkPairs(membersOf.values(), maxPairs);
  return networkCoMemberships(db, tx, scope, options.minWeight ?? 1, options.includeAffiliates);
}

/** One CO_MEMBERSHIP edge per pair Neo4j found linked, in its order (by source then target id). */
const coMembershipEdges = (pairs: readonly CoMembershipRow[]): NetworkEdge[] =>
  pairs.map(({ sourceId, targetId, weight }) =>
    edge(organizationNodeId(sourceId), organizationNodeId(targetId), { type: 'CO_MEMBERSHIP', weight }),
  );

function checkPairs(memberSets: Iterable<Set<string>>, maxPairs: number): void {
  let pairs = 0;
  for (const members of memberSets) pairs += (members.size * (members.size - 1)) / 2;
  checkPairCount(pairs, maxPairs);
}

function checkPairCount(pairs: number, maxPairs: number): void {
  if (pairs > maxPairs) {
    const over =
      `its members make ${pairs} pairs across its consortia, more than the ${maxPairs} ` +
      `(${PAIRS_PER_ANSWER_EDGE} × MAX_NETWORK_EDGES) CO_MEMBERSHIP may count to find its edges`;
    throw new NetworkAnswerTooLargeError('MAX_NETWORK_EDGES', maxPairs, pairs, over);
  }
}

/** Adds an AFFILIATION edge per PART_OF link, except where the pair already has an edge (one edge per pair). */
function withAffiliations(edges: readonly NetworkEdge[], affiliations: readonly AffiliationRow[]): NetworkEdge[] {
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const linked = new Set(edges.map((e) => pairKey(e.source, e.target)));
  const added = affiliations
    .map(({ part, whole }) =>
      edge(organizationNodeId(part.id), organizationNodeId(whole.id), { type: 'AFFILIATION', weight: 1 }),
    )
    .filter((e) => !linked.has(pairKey(e.source, e.target)));
  return [...edges, ...added];
}

export function edge(
  source: string,
  target: string,
  fields: Pick<NetworkEdge, 'type' | 'weight'> &
    Partial<Pick<NetworkEdge, 'role' | 'category' | 'since' | 'until' | 'ecContribution'>>,
): NetworkEdge {
  return { id: `${source}|${target}`, source, target, role: null, category: null, ...fields };
}

/**
 * When each consortium is on a dynamic export's timeline (spells.ts): `activeConsortiumIds`, the rule of the main
 * question's `activeOnly`, asked on each stage day (at most MAX_TIMELINE_DAYS statements, one per day).
 */
export async function programTimeline(db: Database): Promise<ConsortiumSpells> {
  return db.readTx(async (tx) => {
    const days = await stageDays(db, tx);
    const active: Set<string>[] = [];
    for (const day of days) active.push(new Set(await activeConsortiumIds(db, tx, day)));
    return consortiumSpellsOf(days, active, await standingDays(db, tx));
  });
}
