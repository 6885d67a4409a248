import type { Database } from '../db/database';
import {
  networkMemberships,
  withNetworkStream,
  type NetworkScope,
  type NetworkStreamReads,
} from '../db/reads/networkReads';
import {
  buildNetwork,
  byName,
  checkNetworkSize,
  consortiumNames,
  consortiumNodeId,
  edge,
  namesOf,
  needsWholeGraph,
  organizationNodeId,
  programTimeline,
  scopeOf,
} from './buildNetwork';
import { edgesWithSpells, SpellIndex, withSpells } from './spells';
import { pipeNetwork, type ExportFormat } from './formats';
import {
  indexOfIds,
  LayoutEdges,
  layoutOfNetwork,
  layoutPositions,
  placedNodes,
  placedStream,
} from './layoutPositions';
import { cachedLayout } from './layoutCache';
import type { NetworkLimits } from './networkLimits';
import type { NetworkOptions } from './networkOptions';
import type { NetworkEdge, NetworkNode, NetworkSource } from './networkTypes';
import { refuseUnknownFilterIds } from './filterIds';
import { DegreeCount, degreesOver } from './measures';

/** Where an export goes; `begin` is called once, when the export is sure to start, and gives the stream. */
export interface ExportTarget {
  begin: () => NodeJS.WritableStream;
  /**
   * How long the stream may stay full (a client that stopped reading) before the export ends with
   * ExportStalledError, its transaction rolled back and its session released; unset: as long as the transaction may
   * stay open (NETWORK_EXPORT_TIMEOUT_MS).
   */
  stallTimeoutMs?: number;
}

export interface ExportSummary {
  nodes: number;
  edges: number;
  /** Whether the rows went from Neo4j to the writer without the network being built in memory. */
  streamed: boolean;
}

/** How many nodes a page of the streamed export reads at once. */
export const NODE_PAGE_SIZE = 2000;

/**
 * Writes the network of `options` in `format`: the one function behind `GET /export/network.<ext>` and
 * `npm run export`.
 *
 * With betweenness or community among `options.measures`, the network is counted first and refused
 * (NetworkTooLargeError) above `limits.maxMeasuredNodes`, then built and measured in memory. Without them, it is
 * streamed: in one read transaction, the node keys (id and name, for the order) are read and sorted, the nodes are
 * read and written a page at a time with their counts, then the edges are written as Neo4j returns them; degrees
 * are counted (DegreeCount) over the layout's pass on the edges and kept with the layout (one entry per node). Either way `begin` is called only after every check passed and the first statement answered,
 * so a refused or failed export writes nothing; the content and order are the same both ways. Pass the handle whose
 * pool exports may hold (`Database.withOwnPool`): a streamed export keeps its session until the client has read it.
 */
export async function exportNetwork(
  db: Database,
  options: NetworkOptions,
  limits: NetworkLimits,
  format: ExportFormat,
  target: ExportTarget,
): Promise<ExportSummary> {
  await refuseUnknownFilterIds(db, options);
  // Read before any of the export's transactions: see cachedLayout.
  const version = await db.graphVersion();
  // Rolled up, members merge into their parents: that needs the memberships in memory, as a measured network does.
  if (needsWholeGraph(options.measures) || options.includeAffiliates) {
    if (needsWholeGraph(options.measures)) await checkNetworkSize(db, options, limits.maxMeasuredNodes, 'export');
    const network = await buildNetwork(db, options, limits, 'export');
    const ids = network.nodes.map((node) => node.id);
    const layout = await cachedLayout(limits, options, version, ids, async () => ({
      ...(await layoutOfNetwork(limits, network.nodes, network.edges)),
      degrees: await degreesOver(network.edges),
    }));
    const placed = { ...network, nodes: placedNodes(network.nodes, layout) };
    const timed = format === 'gexf' ? timedNetwork(placed, await spellIndexOf(db, options)) : placed;
    await pipeNetwork(format, timed, target.begin(), target.stallTimeoutMs);
    return { nodes: network.nodes.length, edges: network.edges.length, streamed: false };
  }
  const scope = await db.readTx((tx) => scopeOf(db, tx, options));
  return withNetworkStream(db, scope, limits.exportTimeoutMs, async (reads) => {
    const organizationIds = await sortedIds(reads.organizationKeys(options.includeAffiliations));
    const consortiumIds = options.projection === 'BIPARTITE' ? await sortedIds(reads.consortiumKeys()) : [];
    const summary: ExportSummary = {
      nodes: organizationIds.length + consortiumIds.length,
      edges: 0,
      streamed: true,
    };
    // Unless a layout of this version is kept, a first pass over the edges, holding only index pairs, gives the
    // layout its graph.
    // The degrees (DegreeCount, the rule the in-memory network uses) are counted over the same pass and kept with
    // the layout, for the same version and options. (Kept or not, they may differ from the edges written if a write
    // commits between the export's statements, as its pages and edges may: its statements are read-committed.)
    const nodeIds = [...organizationIds.map(organizationNodeId), ...consortiumIds.map(consortiumNodeId)];
    const layout = await cachedLayout(limits, options, version, nodeIds, async () => {
      const layoutEdges = new LayoutEdges(indexOfIds(nodeIds));
      const degrees = new DegreeCount();
      for await (const each of layoutPairs(reads, options)) {
        layoutEdges.add(each);
        degrees.add(each);
      }
      return { ...(await layoutPositions(limits, layoutEdges.input(nodeIds))), degrees };
    });
    const degrees = wantsDegrees(options) ? (layout.degrees ?? (await degreesOver(layoutPairs(reads, options)))) : null;
    const edges = counted(streamedEdges(reads, options), () => (summary.edges += 1));
    const network: NetworkSource = {
      projection: options.projection,
      measures: options.measures,
      nodes: placedStream(streamedNodes(reads, options, organizationIds, consortiumIds, degrees), layout),
      edges,
    };
    await pipeNetwork(
      format,
      format === 'gexf' ? timedNetwork(network, await spellIndexOf(db, options, scope)) : network,
      target.begin(),
      target.stallTimeoutMs,
    );
    return summary;
  });
}

/** Node ids in the order of the in-memory network (by English name, then id); only ids and names are held. */
async function sortedIds(keys: AsyncIterable<{ id: string; name: string }>): Promise<string[]> {
  const all: Array<{ id: string; name: string }> = [];
  for await (const key of keys) all.push(key);
  return all.sort(byName).map((key) => key.id);
}

async function* streamedNodes(
  reads: NetworkStreamReads,
  options: NetworkOptions,
  organizationIds: readonly string[],
  consortiumIds: readonly string[],
  degrees: DegreeCount | null,
): AsyncGenerator<NetworkNode> {
  for (let start = 0; start < organizationIds.length; start += NODE_PAGE_SIZE) {
    for await (const row of reads.organizationPage(organizationIds.slice(start, start + NODE_PAGE_SIZE))) {
      yield withMeasures(
        {
          id: organizationNodeId(row.organization.id),
          entityId: row.organization.id,
          ...namesOf(row.organization, options.labelLanguage),
          type: 'ORGANIZATION',
          kind: row.organization.kind,
          country: row.organization.country,
          consortiumCount: row.consortiumCount,
        },
        options,
        degrees,
      );
    }
  }
  for (let start = 0; start < consortiumIds.length; start += NODE_PAGE_SIZE) {
    for await (const row of reads.consortiumPage(consortiumIds.slice(start, start + NODE_PAGE_SIZE))) {
      yield withMeasures(
        {
          id: consortiumNodeId(row.id),
          entityId: row.id,
          ...consortiumNames(row.name),
          type: 'CONSORTIUM',
          kind: null,
          country: null,
          consortiumCount: row.consortiumCount,
          title: row.title,
          frameworkProgramme: row.frameworkProgramme,
        },
        options,
        degrees,
      );
    }
  }
}

const wantsDegrees = (options: NetworkOptions) =>
  options.measures.includes('degree') || options.measures.includes('weightedDegree');

/** The node with the degrees asked for (`degrees` is set whenever one is). */
function withMeasures(node: NetworkNode, options: NetworkOptions, degrees: DegreeCount | null): NetworkNode {
  if (!degrees) return node;
  const { degree, weightedDegree } = degrees.of(node.id);
  if (options.measures.includes('degree')) node.degree = degree;
  if (options.measures.includes('weightedDegree')) node.weightedDegree = weightedDegree;
  return node;
}

async function* streamedEdges(reads: NetworkStreamReads, options: NetworkOptions): AsyncGenerator<NetworkEdge> {
  if (options.projection === 'BIPARTITE') {
    for await (const row of reads.membershipEdges()) {
      yield edge(organizationNodeId(row.organizationId), consortiumNodeId(row.consortiumId), {
        type: 'MEMBERSHIP',
        weight: 1,
        role: row.role,
        category: row.category,
        since: row.since,
        until: row.until,
        ecContribution: row.ecContribution,
      });
    }
  } else {
    for await (const row of reads.coMembershipEdges(options.minWeight ?? 1)) {
      yield edge(organizationNodeId(row.sourceId), organizationNodeId(row.targetId), {
        type: 'CO_MEMBERSHIP',
        weight: row.weight,
      });
    }
  }
  if (!options.includeAffiliations) return;
  for await (const row of reads.affiliationEdges(options.projection, options.minWeight ?? 1)) {
    yield edge(organizationNodeId(row.partId), organizationNodeId(row.wholeId), { type: 'AFFILIATION', weight: 1 });
  }
}

/**
 * The spells of a dynamic export: the program's timeline and every membership of the network (rolled up when the
 * network is), read in a transaction of their own. Holds one row per membership while it builds the index.
 */
async function spellIndexOf(db: Database, options: NetworkOptions, known?: NetworkScope): Promise<SpellIndex> {
  const index = new SpellIndex(await programTimeline(db));
  const rows = await db.readTx(async (tx) => {
    const scope = known ?? (await scopeOf(db, tx, options));
    return networkMemberships(db, tx, scope, options.includeAffiliates);
  });
  for (const row of rows) {
    index.addMembership(organizationNodeId(row.organization.id), row.consortium.id, row.since, row.until);
  }
  return index;
}

const timedNetwork = <T extends NetworkSource>(network: T, index: SpellIndex): NetworkSource => ({
  ...network,
  nodes: withSpells(network.nodes, index),
  edges: edgesWithSpells(network.edges, index),
});

/**
 * The edges as the layout and the degrees need them: bare pairs and weights, unordered (the layout sorts them),
 * which costs Neo4j less than the edges' ordered statements.
 */
async function* layoutPairs(
  reads: NetworkStreamReads,
  options: NetworkOptions,
): AsyncGenerator<Pick<NetworkEdge, 'source' | 'target' | 'weight'>> {
  if (options.projection === 'CO_MEMBERSHIP') {
    for await (const row of reads.coMembershipPairs(options.minWeight ?? 1)) {
      yield { source: organizationNodeId(row.sourceId), target: organizationNodeId(row.targetId), weight: row.weight };
    }
  } else {
    for await (const row of reads.membershipPairs()) {
      yield { source: organizationNodeId(row.organizationId), target: consortiumNodeId(row.consortiumId), weight: 1 };
    }
  }
  if (!options.includeAffiliations) return;
  for await (const row of reads.affiliationEdges(options.projection, options.minWeight ?? 1)) {
    yield { source: organizationNodeId(row.partId), target: organizationNodeId(row.wholeId), weight: 1 };
  }
}

async function* counted<T>(items: AsyncIterable<T>, onItem: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    onItem();
    yield item;
  }
}
