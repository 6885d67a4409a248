import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { NetworkEdge, NetworkNode, NodeMeasures } from './networkTypes';
import { seededRandom } from './seededRandom';

/** A node as the repository builds it, before the measures are known. */
export type UnmeasuredNode = Omit<NetworkNode, keyof NodeMeasures>;

interface EdgeAttributes {
  weight: number;
}

// Any fixed seed will do; fixing it is what makes community ids stable between identical requests.
const LOUVAIN_SEED = 20_240_601;

/**
 * Computes degree, weighted degree, normalised betweenness and a Louvain community for every node.
 *
 * The result keeps the order of `nodes`. The same nodes and edges, in the same order, always give the same
 * communities, numbered 0..k-1 in order of first appearance along `nodes`.
 *
 * @throws if an edge names a node not in `nodes`, is a self-loop, or repeats a pair of nodes another edge links.
 */
export function computeMeasures(nodes: readonly UnmeasuredNode[], edges: readonly NetworkEdge[]): NetworkNode[] {
  const graph = buildGraph(nodes, edges);
  const betweenness = betweennessOf(graph);
  const communities = communitiesOf(graph, nodes);

  return nodes.map((node) => ({
    ...node,
    degree: graph.degree(node.id),
    weightedDegree: graph.reduceEdges(node.id, (sum, _edge, attributes) => sum + attributes.weight, 0),
    betweenness: betweenness[node.id] ?? 0,
    community: communities.get(node.id) ?? 0,
  }));
}

function buildGraph(
  nodes: readonly UnmeasuredNode[],
  edges: readonly NetworkEdge[],
): UndirectedGraph<Record<string, never>, EdgeAttributes> {
  const graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>({ multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node.id);
  for (const edge of edges) graph.addEdgeWithKey(edge.id, edge.source, edge.target, { weight: edge.weight });
  return graph;
}

function betweennessOf(graph: UndirectedGraph<Record<string, never>, EdgeAttributes>): Record<string, number> {
  // The Brandes implementation cannot size its stack for an empty graph; nothing to measure there anyway.
  if (graph.order === 0) return {};
  // Unweighted on purpose: a weighted betweenness reads weights as distances, but here a higher weight means a
  // stronger tie (more shared consortia), so a weighted run would route shortest paths around the strongest ties.
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

/** Louvain communities, renumbered 0..k-1 by first appearance in node order so ids do not depend on its internals. */
function communitiesOf(
  graph: UndirectedGraph<Record<string, never>, EdgeAttributes>,
  nodes: readonly UnmeasuredNode[],
): Map<string, number> {
  if (graph.order === 0) return new Map();
  // Weighted here, unlike betweenness: modularity treats weight as tie strength, which is what it means.
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const renumbered = new Map<number, number>();
  const result = new Map<string, number>();
  for (const node of nodes) {
    const community = raw[node.id] ?? 0;
    if (!renumbered.has(community)) renumbered.set(community, renumbered.size);
    result.set(node.id, renumbered.get(community) ?? 0);
  }
  return result;
}
