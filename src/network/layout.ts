import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { DegreeCount } from './measures';
import { seededRandom } from './seededRandom';

/**
 * What a layout needs, and all a layout worker receives: the node ids in network order (they seed the start
 * positions) and the edges as parallel arrays of indices into `nodeIds`, so it copies into a worker as a few buffers.
 */
export interface LayoutInput {
  nodeIds: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** ForceAtlas2 iterations to run ({@link layoutIterations}). */
  iterations: number;
  /** Wall-clock budget: no batch of iterations starts after it (a safety stop; see {@link computeLayout}). */
  budgetMs: number;
}

/** Positions by index into `LayoutInput.nodeIds`, and how many iterations ran. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  iterations: number;
  /**
   * The degrees of the network laid out, counted over the same pass on its edges and kept with its positions, so a
   * streamed export that reuses the layout reads its edges once; absent when none were counted.
   */
  degrees?: DegreeCount;
}

/**
 * ForceAtlas2 iterations for a network of `nodeCount` nodes: 300 up to 500 nodes, then fewer as it grows (an
 * iteration costs about O(V log V) with Barnes-Hut): 100 at 1,000, 17 at 6,000, 7 at 15,000 and the floor of 3 from
 * 30,000 on, so a layout costs a few seconds at most. On the 2-core reference machine an iteration takes about
 * 190 ms at 6,000 nodes and 650 ms at 50,000 when the machine is otherwise idle. Large networks rely on the start
 * positions (see {@link computeLayout}) more than on the iterations.
 */
export function layoutIterations(nodeCount: number): number {
  if (nodeCount <= 500) return 300;
  return Math.max(3, Math.round(100_000 / nodeCount));
}

/**
 * Up to this many nodes the time budget does not apply: the iterations alone bound the work (under a second on an
 * idle reference machine), and the picture never depends on how busy the machine is.
 */
export const ALWAYS_COMPLETE_NODES = 1000;

/**
 * Iterations run between two looks at the clock: fixed by the size, so the same input always runs the same batches
 * (ForceAtlas2 restarts its speed estimates at each batch); one at a time above ALWAYS_COMPLETE_NODES, where an
 * iteration can take a second on a busy machine and the budget is checked after each.
 */
const batchOf = (count: number) => (count <= ALWAYS_COMPLETE_NODES ? 10 : 1);

/**
 * A seeded ForceAtlas2 layout (graphology-layout-forceatlas2, settings inferred from the graph's size, Barnes-Hut
 * above 2,000 nodes). Deterministic: each node starts at a point drawn from a PRNG seeded by its id (so adding a
 * node moves no other's start), a node with at most three neighbours starts at their centroid (so a large network
 * given few iterations already shows its clusters), then the iterations run in fixed batches. The same input gives
 * the same positions, except above {@link ALWAYS_COMPLETE_NODES} nodes when `budgetMs` ran out first (a busy
 * machine); `iterations` in the result then says how many ran.
 */
export function computeLayout(input: LayoutInput): LayoutResult {
  const started = Date.now();
  const count = input.nodeIds.length;
  const start = startPositions(input);
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  for (let i = 0; i < count; i++) graph.addNode(i, { x: start.x[i]!, y: start.y[i]! });
  addEdges(graph, input);
  let done = 0;
  if (graph.size > 0) {
    const settings = forceAtlas2.inferSettings(graph);
    const withinBudget = () => count <= ALWAYS_COMPLETE_NODES || Date.now() - started < input.budgetMs;
    while (done < input.iterations && withinBudget()) {
      const batch = Math.min(batchOf(count), input.iterations - done);
      forceAtlas2.assign(graph, { iterations: batch, settings, getEdgeWeight: 'weight' });
      done += batch;
    }
  }
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  graph.forEachNode((key, attributes) => {
    const i = Number(key);
    x[i] = round2(attributes.x);
    y[i] = round2(attributes.y);
  });
  return { x, y, iterations: done };
}

/**
 * The edges of `input` into `graph`, one per pair of nodes (a repeated pair keeps its last weight, as graphology's
 * mergeEdge would). Keyed by their index: mergeEdge's key generation and its attribute merge took a third of a
 * 50,000-node layout.
 */
function addEdges(graph: UndirectedGraph<{ x: number; y: number }, { weight: number }>, input: LayoutInput): void {
  for (let e = 0; e < input.sources.length; e++) {
    const source = input.sources[e]!;
    const target = input.targets[e]!;
    const weight = input.weights[e]!;
    const existing = graph.edge(source, target);
    if (existing === undefined) graph.addEdgeWithKey(e, source, target, { weight });
    else graph.setEdgeAttribute(existing, 'weight', weight);
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function startPositions(input: LayoutInput): { x: Float64Array; y: Float64Array } {
  const count = input.nodeIds.length;
  const spread = 10 * Math.sqrt(Math.max(1, count));
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  input.nodeIds.forEach((id, i) => {
    const random = seededRandom(hashOf(id));
    x[i] = (random() - 0.5) * 2 * spread;
    y[i] = (random() - 0.5) * 2 * spread;
  });
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (let e = 0; e < input.sources.length; e++) {
    neighbours[input.sources[e]!]!.push(input.targets[e]!);
    neighbours[input.targets[e]!]!.push(input.sources[e]!);
  }
  // From the random starts, not the moved ones, so the result does not depend on the order nodes are visited.
  const movedX = Float64Array.from(x);
  const movedY = Float64Array.from(y);
  neighbours.forEach((around, i) => {
    if (around.length === 0 || around.length > 3) return;
    const jitter = spread / 50;
    movedX[i] = around.reduce((sum, j) => sum + x[j]!, 0) / around.length + (x[i]! / spread) * jitter;
    movedY[i] = around.reduce((sum, j) => sum + y[j]!, 0) / around.length + (y[i]! / spread) * jitter;
  });
  return { x: movedX, y: movedY };
}

/** FNV-1a over the UTF-16 code units of `text`: a stable 32-bit seed per node id. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
