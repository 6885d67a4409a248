import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import {
  NETWORK_MEASURES,
  type NetworkEdge,
  type NetworkMeasure,
  type NetworkNode,
  type NodeMeasures,
} from './networkTypes';
import { seededRandom } from './seededRandom';

/** A node as the repository builds it, before the measures are known. */
export type UnmeasuredNode = Omit<NetworkNode, keyof NodeMeasures>;

interface EdgeAttributes {
  weight: number;
}

// Any fixed seed will do; fixing it is what makes community ids stable between identical requests.
const LOUVAIN_SEED = 20_240_601;

/**
 * Computes the asked `measures` (all four by default) for every node: degree, weighted degree, normalised
 * betweenness and a Louvain community. Only the asked ones are present on the result. Degree and weighted degree
 * are counted over the edges; the graphology graph (and its O(V·E) betweenness) is built only when betweenness or
 * community is asked.
 *
 * The result keeps the order of `nodes`. The same nodes and edges, in the same order, always give the same
 * communities, numbered 0..k-1 in order of first appearance along `nodes`.
 *
 * @throws if an edge names a node not in `nodes`, is a self-loop, or repeats a pair of nodes another edge links.
 */
export function computeMeasures(
  nodes: readonly UnmeasuredNode[],
  edges: readonly NetworkEdge[],
  measures: readonly NetworkMeasure[] = NETWORK_MEASURES,
): NetworkNode[] {
  const wanted = new Set(measures);
  const degrees = degreesOf(nodes, edges);
  const graph = wanted.has('betweenness') || wanted.has('community') ? buildGraph(nodes, edges) : null;
  const betweenness = graph && wanted.has('betweenness') ? betweennessOf(graph) : {};
  const communities = graph && wanted.has('community') ? communitiesOf(graph, nodes) : new Map<string, number>();

  return nodes.map((node) => {
    const { degree, weightedDegree } = degrees.get(node.id) ?? { degree: 0, weightedDegree: 0 };
    const all: NodeMeasures = {
      degree,
      weightedDegree,
      betweenness: betweenness[node.id] ?? 0,
      community: communities.get(node.id) ?? 0,
    };
    const measured: NetworkNode = { ...node };
    for (const measure of NETWORK_MEASURES) if (wanted.has(measure)) measured[measure] = all[measure];
    return measured;
  });
}

/**
 * Degree and weighted degree of every node, checking what graphology would: both ends known, no self-loop, at most
 * one edge per pair.
 */
function degreesOf(
  nodes: readonly UnmeasuredNode[],
  edges: readonly NetworkEdge[],
): Map<string, { degree: number; weightedDegree: number }> {
  const degrees = new Map(nodes.map((node) => [node.id, { degree: 0, weightedDegree: 0 }]));
  const pairs = new Set<string>();
  for (const edge of edges) {
    const source = degrees.get(edge.source);
    const target = degrees.get(edge.target);
    if (!source || !target) {
      throw new Error(`Edge ${edge.id} names a node not in the network: ${source ? edge.target : edge.source}`);
    }
    if (edge.source === edge.target) throw new Error(`Edge ${edge.id} is a self-loop`);
    const pair =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    if (pairs.has(pair)) throw new Error(`Edge ${edge.id} repeats the pair ${edge.source}, ${edge.target}`);
    pairs.add(pair);
    source.degree += 1;
    source.weightedDegree += edge.weight;
    target.degree += 1;
    target.weightedDegree += edge.weight;
  }
  return degrees;
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
