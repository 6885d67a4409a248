import { Kind, type ValueNode } from 'graphql';
import type { GraphStats } from '../../db/reads/graphStats';
import { MAX_PAGE_SIZE } from '../../graphql/userInput';

/**
 * What the cost rule knows of a list field when it sizes it: the graph's sizes, and the field's arguments as
 * written (a literal, or undefined for a variable or an argument left out: validation does not see variables).
 */
export interface ListField {
  stats: GraphStats;
  literalArgument: (name: string) => ValueNode | undefined;
}

type ListSizer = (field: ListField) => number;

/** n items give at most n·(n−1)/2 pairs. */
const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Consortia of an organisation rolled up with every body below it (includeAffiliates): at most all of theirs. */
const rolledUpConsortia: ListSizer = ({ stats }) =>
  Math.min(stats.consortia, stats.maxConsortiaPerOrganization * (1 + stats.maxDescendants));

const consortiaOfAProgram: ListSizer = ({ stats, literalArgument }) =>
  literalArgument('programId')?.kind === Kind.STRING ? stats.maxConsortiaPerProgram : stats.consortia;

/** Pairs of the consortia asked for (a literal list), or of all of them. */
const consortiumPairs: ListSizer = ({ stats, literalArgument }) => {
  const asked = literalArgument('consortia');
  if (asked?.kind === Kind.LIST) return pairs(asked.values.length);
  return pairs(stats.consortia);
};

/**
 * The longest a list field without `first` can be, keyed `Type.field`, from the graph's sizes: a list is at most
 * as long as the largest such list stored (a consortium's members: the largest memberCount), or as the number of
 * nodes it lists (root lists). Filters (asOf, kind, role, activeOnly) only shorten a list, so they are ignored.
 * src/server/limits/costLimit.ts multiplies by these; a list field missing here counts as MAX_PAGE_SIZE (a unit
 * test checks that every list field of the schema is here or takes `first`).
 */
export const LIST_SIZES: Readonly<Record<string, ListSizer>> = {
  'Query.consortia': consortiaOfAProgram,
  'Query.programs': ({ stats }) => stats.programs,
  'Query.consortiumOverlaps': consortiumPairs,
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
  'Fact.sources': ({ stats }) => stats.maxSources,
  // Every organisation and consortium (affiliated ends are organisations too); every membership or every
  // co-membership pair (the projection may be a variable), and every PART_OF link.
  'Network.nodes': ({ stats }) => stats.organizations + stats.consortia,
  'Network.edges': ({ stats }) => Math.max(stats.memberships, stats.coMemberPairs) + stats.affiliations,
  // A connection's edges are its page, already counted by the `first` of the field that returned it.
  'OrganizationConnection.edges': () => 1,
};

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
