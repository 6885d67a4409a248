import type { GraphStats } from '../../db/reads/graphStats';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';
import type { NetworkLimits } from '../../network/networkLimits';
import { CONNECTION_LIMITS, SIMILARITY_LIMITS } from '../../questions/questionLimits';

/** The answer caps resolvers enforce (a larger answer is refused), so the cost rule may count them as lengths. */
export type AnswerCaps = Pick<NetworkLimits, 'maxNetworkNodes' | 'maxNetworkEdges'>;

/** A variable's value at validation, which cannot see values (the per-request recheck can). */
export const UNKNOWN = Symbol('unknown until the request is seen');

/**
 * The objects at one level of the answer, across the whole answer (every parent together): how many at most,
 * and whether they are known to be distinct nodes (a root list, a list of one parent, or what such a level maps
 * to one to one). `listTotals` holds totals of their list fields that the field returning them knows better.
 */
export interface Level {
  total: number;
  distinct: boolean;
  listTotals?: Readonly<Record<string, number>>;
}

/** What the cost rule knows of a list field when it sizes it. */
export interface ListField {
  stats: GraphStats;
  caps: AnswerCaps;
  /** The objects the field is asked on. */
  parent: Level;
  /** Its page (`first`) where it takes one, as the cost rule reads it; else undefined. */
  page: number | undefined;
  /** An argument's value: undefined when left out, UNKNOWN for a variable at validation. */
  argument: (name: string) => unknown;
}

type ListSizer = (field: ListField) => number;

/** n items give at most n·(n−1)/2 pairs. */
const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * The sum of the k largest values of a degree, from `prefix` (prefix[i]: the sum of the i largest; see
 * GraphStats). Past its end every value counts as the last one read (none is larger), or as `largest` when
 * none was read.
 */
export function largestSum(prefix: readonly number[], k: number, largest: number): number {
  const read = prefix.length - 1;
  if (k <= read) return prefix[Math.max(0, k)]!;
  const last = read > 0 ? prefix[read]! - prefix[read - 1]! : largest;
  return prefix[read]! + (k - read) * last;
}

/** Consortia held by `k` distinct organisations: at most the k largest consortiumCount values. */
const consortiaOfOrganizations = (stats: GraphStats, k: number): number =>
  largestSum(stats.consortiaPerOrganizationPrefix, Math.min(k, stats.organizations), stats.maxConsortiaPerOrganization);

/** Members of `k` distinct consortia: at most the k largest memberCount values. */
const membersOfConsortia = (stats: GraphStats, k: number): number =>
  largestSum(stats.membersPerConsortiumPrefix, Math.min(k, stats.consortia), stats.maxMembersPerConsortium);

/**
 * Organisations shared by the pairs of `k` distinct consortia: a pair shares at most the members of its smaller
 * consortium, so with memberCounts m1 ≥ m2 ≥ … the pairs share at most Σ (j−1)·mj.
 */
function sharedByPairs(stats: GraphStats, k: number): number {
  const { membersPerConsortiumPrefix: prefix, maxMembersPerConsortium: largest } = stats;
  let sum = 0;
  for (let j = 2; j <= Math.min(k, prefix.length - 1); j += 1) sum += (j - 1) * (prefix[j]! - prefix[j - 1]!);
  const read = Math.max(1, Math.min(k, prefix.length - 1));
  const last = prefix.length > 1 ? prefix[prefix.length - 1]! - prefix[prefix.length - 2]! : largest;
  return sum + (pairs(k) - pairs(read)) * last;
}

/** How many consortia `consortia:` names (a list of ids), or all of them (left out or null). */
function consortiaNamed({ stats, argument }: ListField): number {
  const named = argument('consortia');
  if (named === UNKNOWN) return 0; // counted by the recheck, which sees the list sent
  return Array.isArray(named) ? Math.min(named.length, stats.consortia) : stats.consortia;
}

/** Consortia of an organisation rolled up with every body below it (includeAffiliates): at most all of theirs. */
const rolledUpConsortia: ListSizer = ({ stats }) =>
  Math.min(stats.consortia, stats.maxConsortiaPerOrganization * (1 + stats.maxDescendants));

const consortiaOfAProgram: ListSizer = ({ stats, argument }) =>
  typeof argument('programId') === 'string' ? stats.maxConsortiaPerProgram : stats.consortia;

/**
 * The longest a list field without `first` can be for one parent, keyed `Type.field`, from the graph's sizes: a
 * list is at most as long as the largest such list stored (a consortium's members: the largest memberCount), as
 * the number of nodes it lists (root lists), or as the cap its resolver enforces (a network). Filters (asOf, kind,
 * role, activeOnly) only shorten a list, so they are ignored. src/server/limits/costLimit.ts multiplies by these
 * unless ANSWER_TOTALS knows a smaller total; a list field missing here counts as MAX_PAGE_SIZE (a unit test
 * checks that every list field of the schema is here or takes `first`).
 */
export const LIST_SIZES: Readonly<Record<string, ListSizer>> = {
  'Query.consortia': consortiaOfAProgram,
  'Query.programs': ({ stats }) => stats.programs,
  'Query.consortiumOverlaps': (field) => pairs(consortiaNamed(field)),
  'Query.sources': ({ stats }) => stats.sources,
  'Query.persons': ({ stats }) => stats.persons,
  'Query.models': ({ stats }) => stats.models,
  'Organization.aliases': ({ stats }) => stats.maxAliases,
  'Organization.affiliates': ({ stats }) => stats.maxAffiliates,
  'Organization.memberships': ({ stats }) => stats.maxConsortiaPerOrganization,
  'Organization.consortia': ({ stats }) => stats.maxConsortiaPerOrganization,
  'Organization.facts': ({ stats }) => stats.maxFacts,
  'Organization.people': ({ stats }) => stats.maxPositions,
  'Membership.sources': ({ stats }) => stats.maxSources,
  // A relationship has at most one quote per source it cites.
  'Membership.quotes': ({ stats }) => stats.maxSources,
  'Position.quotes': ({ stats }) => stats.maxSources,
  'Standing.quotes': ({ stats }) => stats.maxSources,
  'PartOfLink.sources': ({ stats }) => stats.maxSources,
  'PartOfLink.quotes': ({ stats }) => stats.maxSources,
  'RunByLink.sources': ({ stats }) => stats.maxSources,
  'RunByLink.quotes': ({ stats }) => stats.maxSources,
  'BasedOnLink.sources': ({ stats }) => stats.maxSources,
  'BasedOnLink.quotes': ({ stats }) => stats.maxSources,
  'Model.bases': ({ stats }) => stats.maxModelLinks,
  'StandingKnowledge.unresolvedStages': ({ stats }) => stats.maxStagesPerProgram * Math.max(1, stats.programs),
  'UnresolvedStage.teams': ({ stats }) => stats.maxConsortiaPerProgram,
  'Person.positions': ({ stats }) => stats.maxPositions,
  'Position.sources': ({ stats }) => stats.maxSources,
  'MultiConsortiumOrganization.consortia': rolledUpConsortia,
  'MultiConsortiumOrganization.countedAffiliates': ({ stats }) => stats.maxDescendants,
  'CoMember.consortia': ({ stats }) => stats.maxConsortiaPerOrganization,
  'ConsortiumOverlap.shared': ({ stats }) => stats.maxMembersPerConsortium,
  'Consortium.members': ({ stats }) => stats.maxMembersPerConsortium,
  'Consortium.sloganSources': ({ stats }) => stats.maxSources,
  'Consortium.strategySources': ({ stats }) => stats.maxSources,
  'Consortium.goals': ({ stats }) => stats.maxFacts,
  'Consortium.targetModelSizes': ({ stats }) => stats.maxFacts,
  'Consortium.facts': ({ stats }) => stats.maxFacts,
  'Consortium.memberLists': ({ stats }) => stats.maxMemberLists,
  'Consortium.standings': ({ stats }) => stats.maxStandings,
  'Consortium.models': ({ stats }) => stats.maxModelLinks,
  'Program.stages': ({ stats }) => stats.maxStagesPerProgram,
  'Program.teams': ({ stats }) => stats.maxConsortiaPerProgram,
  'Program.facts': ({ stats }) => stats.maxFacts,
  'Program.sources': ({ stats }) => stats.maxSources,
  'Stage.standings': ({ stats }) => stats.maxStandings,
  'Stage.sources': ({ stats }) => stats.maxSources,
  'Standing.sources': ({ stats }) => stats.maxSources,
  'Model.developers': ({ stats }) => stats.maxModelLinks,
  'Model.basedOn': ({ stats }) => stats.maxModelLinks,
  'Model.sources': ({ stats }) => stats.maxSources,
  'Model.facts': ({ stats }) => stats.maxFacts,
  'ModelDeveloper.sources': ({ stats }) => stats.maxSources,
  'ModelDeveloper.quotes': ({ stats }) => stats.maxSources,
  'Fact.sources': ({ stats }) => stats.maxSources,
  // The resolver refuses a network over MAX_NETWORK_NODES or MAX_NETWORK_EDGES; a smaller graph bounds it too:
  // every organisation and consortium, every membership or co-membership pair, and every PART_OF link.
  'Network.nodes': ({ stats, caps }) => Math.min(caps.maxNetworkNodes, stats.organizations + stats.consortia),
  'Network.edges': ({ stats, caps }) =>
    Math.min(caps.maxNetworkEdges, Math.max(stats.memberships, stats.coMemberPairs) + stats.affiliations),
  // connections refuses a page over maxFirst paths and a path over maxHops hops (maxHops + 1 organisations).
  // Its page is the `first` of connections, counted there (capped by PAGE_CAPS).
  'Connections.paths': () => 1,
  'ConnectionPath.organizations': () => CONNECTION_LIMITS.maxHops + 1,
  'ConnectionPath.hops': () => CONNECTION_LIMITS.maxHops,
  'PathAffiliationLink.sources': ({ stats }) => stats.maxSources,
  // Its page is the `first` of similarOrganizations; each item shares at most the consortia of the subject.
  'SimilarOrganizationsPage.items': () => 1,
  'SimilarOrganization.shared': rolledUpConsortia,
  // changes: every stage of every program at most, their teams, and a page of memberships (its `first`).
  'Changes.stages': ({ stats }) => stats.programs * stats.maxStagesPerProgram,
  'Changes.standings': ({ stats }) => stats.programs * stats.maxConsortiaPerProgram,
  'Changes.memberships': () => 1,
  // A connection's edges are its page, already counted by the `first` or `last` of the field that returned it.
  'OrganizationConnection.edges': () => 1,
  'ConsortiumConnection.edges': () => 1,
  'SourceConnection.edges': () => 1,
  'SearchHitConnection.edges': () => 1,
  'MembershipConnection.edges': () => 1,
  // The resolver refuses more than MAX_PAGE_SIZE ids.
  'Query.nodes': ({ argument }) => {
    const ids = argument('nodeIds');
    if (ids === UNKNOWN) return 0; // counted by the recheck, which sees the list sent
    return Array.isArray(ids) ? Math.min(ids.length, MAX_PAGE_SIZE) : 1;
  },
};

/** Fields whose resolver refuses a `first` over a cap smaller than MAX_PAGE_SIZE: the cost rule counts the cap. */
export const PAGE_CAPS: Readonly<Record<string, number>> = {
  'Query.connections': CONNECTION_LIMITS.maxFirst,
  'Query.similarOrganizations': SIMILARITY_LIMITS.maxFirst,
};

type TotalSizer = (field: ListField) => Partial<Level> | undefined;

/** Organisations' consortia or memberships: of distinct organisations, at most the largest consortiumCounts. */
const ofDistinctOrganizations: TotalSizer = ({ stats, parent }) =>
  parent.distinct ? { total: consortiaOfOrganizations(stats, parent.total) } : undefined;

/**
 * Totals across the whole answer that the data bounds better than the per-parent product of LIST_SIZES, keyed
 * `Type.field`: the lists of distinct parents (k distinct organisations hold at most the k largest
 * consortiumCounts), and the rows of a root field whose lists it bounds as a whole (`listTotals`).
 */
export const ANSWER_TOTALS: Readonly<Record<string, TotalSizer>> = {
  'Organization.consortia': ofDistinctOrganizations,
  'Organization.memberships': ofDistinctOrganizations,
  // A co-member's shared consortia are some of its own.
  'CoMember.consortia': ofDistinctOrganizations,
  'Consortium.members': ({ stats, parent }) =>
    parent.distinct ? { total: membersOfConsortia(stats, parent.total) } : undefined,
  // A page of a connection holds no more than the whole list.
  'Organization.membershipsConnection': ofDistinctOrganizations,
  'Consortium.membersConnection': ({ stats, parent }) =>
    parent.distinct ? { total: membersOfConsortia(stats, parent.total) } : undefined,
  // Rows are distinct holders: their consortia are at most those of as many distinct organisations. Rolled up
  // (includeAffiliates), a holder also stands for the bodies below it (at most maxDescendants), each a PART_OF
  // part counted for one holder only (its top-level parent): so add the consortia of that many distinct parts.
  'Query.organizationsInMultipleConsortia': ({ stats, parent, page, argument }) => {
    const rows = parent.total * (page ?? MAX_PAGE_SIZE);
    const plain = argument('includeAffiliates') === false || argument('includeAffiliates') === undefined;
    const parts = plain ? 0 : Math.min(rows * stats.maxDescendants, stats.affiliations);
    const ofParts = largestSum(stats.consortiaPerPartPrefix, parts, stats.maxConsortiaPerOrganization);
    return {
      listTotals: { consortia: consortiaOfOrganizations(stats, rows) + ofParts, countedAffiliates: parts },
    };
  },
  // Items are distinct holders, each sharing some of its own consortia (rolled up: also of its parts, each part
  // below one holder only), as for organizationsInMultipleConsortia.
  'SimilarOrganization.shared': ({ stats, parent }) => {
    if (!parent.distinct) return undefined;
    const parts = Math.min(parent.total * stats.maxDescendants, stats.affiliations);
    const ofParts = largestSum(stats.consortiaPerPartPrefix, parts, stats.maxConsortiaPerOrganization);
    return { total: consortiaOfOrganizations(stats, parent.total) + ofParts };
  },
  // Only pairs sharing someone are rows, so there are no more rows than shared organisations.
  'Query.consortiumOverlaps': (field) => {
    const shared = field.parent.total * sharedByPairs(field.stats, consortiaNamed(field));
    return { total: shared, listTotals: { shared } };
  },
};

/** List fields whose items, for one parent, are distinct nodes (a single parent's list is a set). */
export const DISTINCT_ITEMS: ReadonlySet<string> = new Set([
  'Query.organizations',
  'Query.consortiaConnection',
  'Query.sourcesConnection',
  'Query.searchConnection',
  'Query.organizationsInMultipleConsortia',
  'Query.coMembers',
  'Query.search',
  'Query.similarOrganizations',
  'Query.consortia',
  'Organization.consortia',
  'Organization.affiliates',
]);

/** Fields that map distinct objects to distinct objects (a row to its organisation), keeping a level distinct. */
export const ONE_TO_ONE: ReadonlySet<string> = new Set([
  'OrganizationConnection.edges',
  'OrganizationEdge.node',
  'ConsortiumConnection.edges',
  'ConsortiumEdge.node',
  'SourceConnection.edges',
  'SourceEdge.node',
  'SearchHitConnection.edges',
  'SearchHitEdge.node',
  'MultiConsortiumOrganization.organization',
  'CoMember.organization',
  'SearchHit.organization',
  'SimilarOrganizationsPage.items',
  'SimilarOrganization.organization',
]);

/** The size of a list field LIST_SIZES does not know: the largest page, as for a `first` given by a variable. */
export const UNKNOWN_LIST_SIZE = MAX_PAGE_SIZE;

/**
 * Sizes assumed before the first read of the graph's sizes succeeds (a database down at start): each as large
 * as the largest page, far above what the seed graph has and above the old flat assumption of 10 per list.
 */
export const DEFAULT_GRAPH_STATS: Readonly<GraphStats> = Object.freeze({
  organizations: MAX_PAGE_SIZE,
  consortia: MAX_PAGE_SIZE,
  programs: MAX_PAGE_SIZE,
  sources: MAX_PAGE_SIZE,
  persons: MAX_PAGE_SIZE,
  models: MAX_PAGE_SIZE,
  memberships: MAX_PAGE_SIZE,
  affiliations: MAX_PAGE_SIZE,
  maxConsortiaPerOrganization: MAX_PAGE_SIZE,
  maxMembersPerConsortium: MAX_PAGE_SIZE,
  // None read: every organisation and consortium counts as the largest (largestSum).
  consortiaPerOrganizationPrefix: Object.freeze([0]),
  membersPerConsortiumPrefix: Object.freeze([0]),
  consortiaPerPartPrefix: Object.freeze([0]),
  coMemberPairs: MAX_PAGE_SIZE,
  maxAffiliates: MAX_PAGE_SIZE,
  maxDescendants: MAX_PAGE_SIZE,
  maxAliases: MAX_PAGE_SIZE,
  maxFacts: MAX_PAGE_SIZE,
  maxSources: MAX_PAGE_SIZE,
  maxPositions: MAX_PAGE_SIZE,
  maxStandings: MAX_PAGE_SIZE,
  maxMemberLists: MAX_PAGE_SIZE,
  maxStagesPerProgram: MAX_PAGE_SIZE,
  maxConsortiaPerProgram: MAX_PAGE_SIZE,
  maxModelLinks: MAX_PAGE_SIZE,
});
