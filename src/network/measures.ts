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
 * What betweenness and communities need, and all a measure worker receives: the node ids in network order and the
 * edges as parallel arrays (indices into `nodeIds`), so it copies into a worker as a few buffers, not objects.
 */
export interface GraphMeasureInput {
  nodeIds: string[];
  edgeIds: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  betweenness: boolean;
  community: boolean;
}

/** Betweenness and community of each node, by index into `GraphMeasureInput.nodeIds`; `null` when not asked. */
export interface GraphMeasureResult {
  betweenness: Float64Array | null;
  communities: Int32Array | null;
}

/** Runs {@link graphMeasures} somewhere: in this thread, or in a worker (see measurePool.ts). */
export type GraphMeasureRunner = (input: GraphMeasureInput) => Promise<GraphMeasureResult>;

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
  const degrees = degreesOf(nodes, edges);
  const input = graphMeasureInput(nodes, edges, measures);
  return withMeasures(nodes, degrees, input ? graphMeasures(input) : null, measures);
}

/**
 * {@link computeMeasures}, with betweenness and community computed by `run` (a worker, so the event loop stays
 * free). The edges are checked here first, so a bad network fails before any worker starts. Same result.
 */
export async function computeMeasuresWith(
  run: GraphMeasureRunner,
  nodes: readonly UnmeasuredNode[],
  edges: readonly NetworkEdge[],
  measures: readonly NetworkMeasure[] = NETWORK_MEASURES,
): Promise<NetworkNode[]> {
  const degrees = degreesOf(nodes, edges);
  const input = graphMeasureInput(nodes, edges, measures);
  return withMeasures(nodes, degrees, input ? await run(input) : null, measures);
}

/** The input of {@link graphMeasures}, or `null` when neither betweenness nor community is asked. */
export function graphMeasureInput(
  nodes: readonly UnmeasuredNode[],
  edges: readonly NetworkEdge[],
  measures: readonly NetworkMeasure[],
): GraphMeasureInput | null {
  const betweenness = measures.includes('betweenness');
  const community = measures.includes('community');
  if (!betweenness && !community) return null;
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const input: GraphMeasureInput = {
    nodeIds: nodes.map((node) => node.id),
    edgeIds: edges.map((edge) => edge.id),
    sources: new Int32Array(edges.length),
    targets: new Int32Array(edges.length),
    weights: new Float64Array(edges.length),
    betweenness,
    community,
  };
  edges.forEach((edge, i) => {
    input.sources[i] = indexOf.get(edge.source) ?? -1;
    input.targets[i] = indexOf.get(edge.target) ?? -1;
    input.weights[i] = edge.weight;
  });
  return input;
}

/**
 * Betweenness and Louvain communities of a graph, as asked by `input`: the part of the measures that costs O(V·E)
 * and runs in a measure worker. Pure and deterministic: the same input gives the same result in any thread.
 */
export function graphMeasures(input: GraphMeasureInput): GraphMeasureResult {
  const graph = buildGraph(input);
  return {
    betweenness: input.betweenness ? betweennessOf(graph, input.nodeIds) : null,
    communities: input.community ? communitiesOf(graph, input.nodeIds) : null,
  };
}

function withMeasures(
  nodes: readonly UnmeasuredNode[],
  degrees: DegreeCount,
  graph: GraphMeasureResult | null,
  measures: readonly NetworkMeasure[],
): NetworkNode[] {
  const wanted = new Set(measures);
  return nodes.map((node, index) => {
    const { degree, weightedDegree } = degrees.of(node.id);
    const all: NodeMeasures = {
      degree,
      weightedDegree,
      betweenness: graph?.betweenness?.[index] ?? 0,
      community: graph?.communities?.[index] ?? 0,
    };
    const measured: NetworkNode = { ...node };
    for (const measure of NETWORK_MEASURES) if (wanted.has(measure)) measured[measure] = all[measure];
    return measured;
  });
}

/** A node's degree (its number of edges) and weighted degree (the sum of their weights). */
export interface NodeDegree {
  degree: number;
  weightedDegree: number;
}

/**
 * Degree and weighted degree, counted an edge at a time: the one place they are defined, used by the in-memory
 * network (degreesOf) and by the streamed export (one pass over the edges it is about to write). Holds one entry
 * per node with an edge.
 */
export class DegreeCount {
  private readonly counts = new Map<string, NodeDegree>();

  add(edge: Pick<NetworkEdge, 'source' | 'target' | 'weight'>): void {
    for (const end of [edge.source, edge.target]) {
      const count = this.counts.get(end) ?? { degree: 0, weightedDegree: 0 };
      count.degree += 1;
      count.weightedDegree += edge.weight;
      this.counts.set(end, count);
    }
  }

  /** The degrees of node `id`: 0 and 0 when no edge was added at it. */
  of(id: string): NodeDegree {
    return this.counts.get(id) ?? { degree: 0, weightedDegree: 0 };
  }

  /** About what it holds (for a cache's byte bound): per node, its id's UTF-16 text, the entry and two numbers. */
  bytes(): number {
    let bytes = 0;
    for (const id of this.counts.keys()) bytes += 2 * id.length + 64;
    return bytes;
  }
}

/** The degrees of `edges`, counted as they arrive. */
export async function degreesOver(
  edges: Iterable<NetworkEdge> | AsyncIterable<Pick<NetworkEdge, 'source' | 'target' | 'weight'>>,
): Promise<DegreeCount> {
  const degrees = new DegreeCount();
  for await (const edge of edges) degrees.add(edge);
  return degrees;
}

/**
 * Degree and weighted degree of every node, checking what graphology would: both ends known, no self-loop, at most
 * one edge per pair.
 */
function degreesOf(nodes: readonly UnmeasuredNode[], edges: readonly NetworkEdge[]): DegreeCount {
  const known = new Set(nodes.map((node) => node.id));
  const degrees = new DegreeCount();
  const pairs = new Set<string>();
  for (const edge of edges) {
    if (!known.has(edge.source) || !known.has(edge.target)) {
      const unknown = known.has(edge.source) ? edge.target : edge.source;
      throw new Error(`Edge ${edge.id} names a node not in the network: ${unknown}`);
    }
    if (edge.source === edge.target) throw new Error(`Edge ${edge.id} is a self-loop`);
    const pair =
      edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
    if (pairs.has(pair)) throw new Error(`Edge ${edge.id} repeats the pair ${edge.source}, ${edge.target}`);
    pairs.add(pair);
    degrees.add(edge);
  }
  return degrees;
}

type MeasureGraph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

function buildGraph(input: GraphMeasureInput): MeasureGraph {
  const graph: MeasureGraph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of input.nodeIds) graph.addNode(id);
  input.edgeIds.forEach((id, i) => {
    graph.addEdgeWithKey(id, input.nodeIds[input.sources[i]!], input.nodeIds[input.targets[i]!], {
      weight: input.weights[i]!,
    });
  });
  return graph;
}

function betweennessOf(graph: MeasureGraph, nodeIds: readonly string[]): Float64Array {
  const result = new Float64Array(nodeIds.length);
  // The Brandes implementation cannot size its stack for an empty graph; nothing to measure there anyway.
  if (graph.order === 0) return result;
  // Unweighted on purpose: a weighted betweenness reads weights as distances, but here a higher weight means a
  // stronger tie (more shared consortia), so a weighted run would route shortest paths around the strongest ties.
  const byId = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  nodeIds.forEach((id, i) => (result[i] = byId[id] ?? 0));
  return result;
}

/** Louvain communities, renumbered 0..k-1 by first appearance in node order so ids do not depend on its internals. */
function communitiesOf(graph: MeasureGraph, nodeIds: readonly string[]): Int32Array {
  const result = new Int32Array(nodeIds.length);
  if (graph.order === 0) return result;
  // Weighted here, unlike betweenness: modularity treats weight as tie strength, which is what it means.
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  const renumbered = new Map<number, number>();
  nodeIds.forEach((id, i) => {
    const community = raw[id] ?? 0;
    if (!renumbered.has(community)) renumbered.set(community, renumbered.size);
    result[i] = renumbered.get(community) ?? 0;
  });
  return result;
}
