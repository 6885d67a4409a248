import type { ScaleName } from '../src/generate/scales';
import { benchNeo4jOptions, stopLocalNeo4j } from './benchNeo4j';
import { graphCounts, withDriver, type GraphCounts } from './graphCounts';
import { generateAndLoadInitially, initialGeneratedDir, type InitialLoadMeasure } from './initialLoadPhase';
import { openBenchDatabase } from './servers/serverEnv';

/** What the generator wrote, as the counts the loaded graph must have. */
export interface ExpectedCounts {
  organizations: number;
  consortia: number;
  memberships: number;
  affiliations: number;
}

export interface LargeInitialLoad {
  scale: ScaleName;
  measure: InitialLoadMeasure;
  expected: ExpectedCounts;
  counts: GraphCounts;
  /** Nodes, relationships and both stored counts summed are exactly what the generator wrote. */
  matchesFile: boolean;
}

/** The loaded graph's counts against the generator's: each membership counted once at each end. */
function matches(counts: GraphCounts, expected: ExpectedCounts): boolean {
  return (
    counts.nodes.Organization === expected.organizations &&
    counts.nodes.Consortium === expected.consortia &&
    counts.relationships.MEMBER_OF === expected.memberships &&
    (counts.relationships.PART_OF ?? 0) === expected.affiliations &&
    counts.storedConsortiumCounts === expected.memberships &&
    counts.storedMemberCounts === expected.memberships
  );
}

/**
 * The initial load at the issue's size (L: 1,000,000 memberships) into its own fresh Neo4j on `port`: the whole
 * `npm run import` initial path (offline importer, Neo4j start, schema), its rate and phases, and the loaded graph's
 * counts read back through Cypher against what the generator wrote. Stops its Neo4j before it returns.
 */
export async function measureLargeInitialLoad(scale: ScaleName, port: number, seed: number): Promise<LargeInitialLoad> {
  const options = benchNeo4jOptions(`initial-${scale}`, port);
  try {
    const measure = await generateAndLoadInitially(
      options,
      openBenchDatabase,
      scale,
      initialGeneratedDir(options),
      seed,
    );
    const { graph } = measure;
    const expected = {
      organizations: graph.organizations,
      consortia: graph.consortia,
      memberships: graph.memberships,
      affiliations: graph.affiliations,
    };
    const counts = await withDriver(`bolt://127.0.0.1:${port}`, graphCounts);
    return { scale, measure, expected, counts, matchesFile: matches(counts, expected) };
  } finally {
    await stopLocalNeo4j(options);
  }
}

/** The load as one Markdown row set. */
export function largeInitialLoadTable(load: LargeInitialLoad): string {
  const { measure, counts } = load;
  const phases = Object.entries(measure.phases)
    .map(([phase, seconds]) => `${phase} ${seconds} s`)
    .join(', ');
  return [
    '| initial load | memberships | seconds | memberships/s | phases | graph against the generated file |',
    '|---|---|---|---|---|---|',
    `| ${load.scale} (generic CSV) | ${measure.graph.memberships} | ${measure.importSeconds.toFixed(1)} | ` +
      `${measure.membershipsPerSecond} | ${phases} | ${load.matchesFile ? 'same counts' : `DIFFERS: ${JSON.stringify(counts)}`} |`,
  ].join('\n');
}
