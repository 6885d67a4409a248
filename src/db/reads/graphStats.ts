import type { Database } from '../database';

/**
 * Sizes of the graph that bound how long a list in an answer can be: node and relationship counts, and the
 * largest number of each kind of neighbour any one node has. Read by `readGraphStats`; the query cost rule
 * (src/server/limits/listSizes.ts) multiplies by them.
 */
export interface GraphStats {
  organizations: number;
  consortia: number;
  programs: number;
  sources: number;
  persons: number;
  models: number;
  /** MEMBER_OF relationships. */
  memberships: number;
  /** PART_OF relationships. */
  affiliations: number;
  /** Largest stored Organization.consortiumCount. */
  maxConsortiaPerOrganization: number;
  /** Largest stored Consortium.memberCount. */
  maxMembersPerConsortium: number;
  /**
   * Prefix sums of the largest stored consortiumCount values, largest first: [0, c1, c1 + c2, …] over the
   * TOP_DEGREES largest (fewer on a smaller graph). k distinct organisations hold at most the sum of the k largest.
   */
  consortiaPerOrganizationPrefix: readonly number[];
  /** The same for the largest stored memberCount values: the members k distinct consortia can have. */
  membersPerConsortiumPrefix: readonly number[];
  /**
   * The same for the consortiumCounts of organisations that are part of another (PART_OF): rolled up, the bodies
   * counted for their parents are such parts, each for one parent.
   */
  consortiaPerPartPrefix: readonly number[];
  /** Sum over consortia of memberCount·(memberCount−1)/2: at least the number of co-membership pairs. */
  coMemberPairs: number;
  /** Most PART_OF children of one organisation. */
  maxAffiliates: number;
  /** Most organisations below one organisation through PART_OF (up to 5 levels, as the roll-up walks). */
  maxDescendants: number;
  maxAliases: number;
  /** Most facts of one node (organisation, consortium, program or model). */
  maxFacts: number;
  /** Longest `sources` list of any membership, fact, standing, stage, program, model, developer or position. */
  maxSources: number;
  /** Most positions of one person or at one organisation. */
  maxPositions: number;
  /** Most standings of one consortium or at one stage. */
  maxStandings: number;
  maxMemberLists: number;
  maxStagesPerProgram: number;
  maxConsortiaPerProgram: number;
  /** Most DEVELOPS or BASED_ON links at one end (models of a consortium, developers or bases of a model). */
  maxModelLinks: number;
}

/** How many of the largest consortiumCount and memberCount values are read for their prefix sums. */
export const TOP_DEGREES = 10_000;

/*
 * One aggregate statement per kind of node, in one read transaction. Counts come from Neo4j's count store; the
 * largest consortiumCount is read from its index (ORDER BY ... LIMIT 1); relationship degrees from the degree
 * store (COUNT { } over one relationship type). The rest read small labels (facts, stages, people) or scan the
 * consortia and memberships once; at the benchmark's M graph (50,000 consortia, 300,000 memberships) the whole
 * read takes well under a second, and it runs in the background (src/server/limits/graphStatsCache.ts). With
 * the counts come the largest TOP_DEGREES consortiumCounts, from the same index in order; memberCount has no
 * index, so its largest are sorted from the scan of the consortia (50,000 values at M); the parts' from PART_OF.
 */
const COUNTS = `CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
  CALL () { MATCH (n:Consortium) RETURN count(n) AS consortia }
  CALL () { MATCH (n:Program) RETURN count(n) AS programs }
  CALL () { MATCH (n:Source) RETURN count(n) AS sources }
  CALL () { MATCH (n:Person) RETURN count(n) AS persons }
  CALL () { MATCH (n:Model) RETURN count(n) AS models }
  CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
  CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS affiliations }
  CALL () {
    MATCH (o:Organization) WHERE o.consortiumCount IS NOT NULL
    WITH o.consortiumCount AS degree ORDER BY degree DESC LIMIT $top
    RETURN collect(degree) AS organizationDegrees
  }
  CALL () {
    MATCH (c:Consortium) WHERE c.memberCount IS NOT NULL
    WITH c.memberCount AS degree ORDER BY degree DESC LIMIT $top
    RETURN collect(degree) AS consortiumDegrees
  }
  CALL () {
    MATCH (o:Organization)-[:PART_OF]->(:Organization) WHERE o.consortiumCount IS NOT NULL
    WITH DISTINCT o WITH o.consortiumCount AS degree ORDER BY degree DESC LIMIT $top
    RETURN collect(degree) AS partDegrees
  }
  RETURN organizations, consortia, programs, sources, persons, models, memberships, affiliations,
    organizationDegrees, consortiumDegrees, partDegrees`;

const ORGANIZATIONS = `CALL () {
    OPTIONAL MATCH (o:Organization) WHERE o.consortiumCount IS NOT NULL
    WITH o ORDER BY o.consortiumCount DESC LIMIT 1
    RETURN o.consortiumCount AS maxConsortiaPerOrganization
  }
  CALL () {
    MATCH (:Organization)-[:PART_OF]->(p:Organization) WITH p, count(*) AS children RETURN max(children) AS maxAffiliates
  }
  CALL () {
    MATCH (d:Organization)-[:PART_OF*1..5]->(p:Organization)
    WITH p, count(DISTINCT d) AS below RETURN max(below) AS maxDescendants
  }
  CALL () { MATCH (o:Organization) WHERE o.aliases IS NOT NULL RETURN max(size(o.aliases)) AS maxAliases }
  RETURN maxConsortiaPerOrganization, maxAffiliates, maxDescendants, maxAliases`;

const CONSORTIA = `MATCH (c:Consortium)
  RETURN max(c.memberCount) AS maxMembersPerConsortium,
    sum(coalesce(c.memberCount, 0) * (coalesce(c.memberCount, 0) - 1) / 2) AS coMemberPairs,
    max(size(coalesce(c.sloganSources, [])) + size(coalesce(c.strategySources, []))) AS consortiumSources,
    max(COUNT { (c)-[:STANDING]->() }) AS consortiumStandings,
    max(COUNT { (c)-[:MEMBER_LIST_IN]->() }) AS maxMemberLists,
    max(COUNT { (c)-[:DEVELOPS]->() }) AS consortiumModels`;

const MEMBERSHIP_SOURCES = `MATCH ()-[m:MEMBER_OF]->() RETURN max(size(coalesce(m.sources, []))) AS membershipSources`;

/** Facts, programs, stages, standings, models and people: the small kinds, read in full. */
const SMALL_KINDS = `CALL () { MATCH (n)-[:HAS_FACT]->(:Fact) WITH n, count(*) AS facts RETURN max(facts) AS maxFacts }
  CALL () { MATCH (f:Fact) RETURN max(size(coalesce(f.sources, []))) AS factSources }
  CALL () {
    MATCH (p:Program)
    RETURN max(COUNT { (p)-[:HAS_STAGE]->() }) AS maxStagesPerProgram,
      max(COUNT { (p)<-[:IN_PROGRAM]-() }) AS maxConsortiaPerProgram,
      max(size(coalesce(p.sources, []))) AS programSources
  }
  CALL () {
    MATCH (st:Stage)
    RETURN max(COUNT { (st)<-[:STANDING]-() }) AS stageStandings, max(size(coalesce(st.sources, []))) AS stageSources
  }
  CALL () { MATCH ()-[s:STANDING]->() RETURN max(size(coalesce(s.sources, []))) AS standingSources }
  CALL () {
    MATCH (m:Model)
    RETURN max(COUNT { (m)<-[:DEVELOPS]-() }) AS modelDevelopers, max(COUNT { (m)-[:BASED_ON]->() }) AS modelBases,
      max(size(coalesce(m.sources, []))) AS modelSources
  }
  CALL () { MATCH ()-[r:DEVELOPS]->() RETURN max(size(coalesce(r.sources, []))) AS developerSources }
  CALL () {
    MATCH (p:Person) RETURN max(COUNT { (p)-[:HOLDS_POSITION]->() }) AS personPositions
  }
  CALL () {
    MATCH ()-[r:HOLDS_POSITION]->(o:Organization) WITH o, count(*) AS held, max(size(coalesce(r.sources, []))) AS cited
    RETURN max(held) AS organizationPositions, max(cited) AS positionSources
  }
  RETURN *`;

type Row = Record<string, number | null>;

/** [0, d1, d1 + d2, …] of degrees sorted here, largest first (collect keeps no order it promises). */
function prefixSums(degrees: readonly number[]): number[] {
  const sorted = degrees.map((degree) => Math.max(0, degree)).sort((a, b) => b - a);
  const sums = [0];
  for (const degree of sorted) sums.push(sums[sums.length - 1]! + degree);
  return sums;
}

/** The largest of the values named, 0 for none (an empty graph, or a kind it does not have). */
const largest = (row: Row, ...names: string[]): number => Math.max(0, ...names.map((name) => row[name] ?? 0));

/**
 * Reads the graph's sizes (see GraphStats) in one read transaction of five statements. Every value is
 * an upper bound of what it names at the time of the read.
 */
export async function readGraphStats(db: Database): Promise<GraphStats> {
  type Counts = Row & Record<'organizationDegrees' | 'consortiumDegrees' | 'partDegrees', number[]>;
  const [counts, organizations, consortia, memberships, small] = await db.readTx(async (tx) => [
    (await db.run<Counts>(tx, COUNTS, { top: TOP_DEGREES }))[0]!,
    (await db.run<Row>(tx, ORGANIZATIONS))[0]!,
    (await db.run<Row>(tx, CONSORTIA))[0]!,
    (await db.run<Row>(tx, MEMBERSHIP_SOURCES))[0]!,
    (await db.run<Row>(tx, SMALL_KINDS))[0]!,
  ]);
  return {
    organizations: largest(counts, 'organizations'),
    consortia: largest(counts, 'consortia'),
    programs: largest(counts, 'programs'),
    sources: largest(counts, 'sources'),
    persons: largest(counts, 'persons'),
    models: largest(counts, 'models'),
    memberships: largest(counts, 'memberships'),
    affiliations: largest(counts, 'affiliations'),
    maxConsortiaPerOrganization: largest(organizations, 'maxConsortiaPerOrganization'),
    maxMembersPerConsortium: largest(consortia, 'maxMembersPerConsortium'),
    consortiaPerOrganizationPrefix: prefixSums(counts.organizationDegrees),
    membersPerConsortiumPrefix: prefixSums(counts.consortiumDegrees),
    consortiaPerPartPrefix: prefixSums(counts.partDegrees),
    coMemberPairs: largest(consortia, 'coMemberPairs'),
    maxAffiliates: largest(organizations, 'maxAffiliates'),
    maxDescendants: largest(organizations, 'maxDescendants'),
    maxAliases: largest(organizations, 'maxAliases'),
    maxFacts: largest(small, 'maxFacts'),
    maxSources: Math.max(
      largest(memberships, 'membershipSources'),
      largest(consortia, 'consortiumSources'),
      largest(small, 'factSources', 'programSources', 'stageSources', 'standingSources'),
      largest(small, 'modelSources', 'developerSources', 'positionSources'),
    ),
    maxPositions: largest(small, 'personPositions', 'organizationPositions'),
    maxStandings: Math.max(largest(consortia, 'consortiumStandings'), largest(small, 'stageStandings')),
    maxMemberLists: largest(consortia, 'maxMemberLists'),
    maxStagesPerProgram: largest(small, 'maxStagesPerProgram'),
    maxConsortiaPerProgram: largest(small, 'maxConsortiaPerProgram'),
    maxModelLinks: Math.max(largest(consortia, 'consortiumModels'), largest(small, 'modelDevelopers', 'modelBases')),
  };
}
