import { computeLayout, layoutIterations, type LayoutInput, type LayoutResult } from './layout';
import { WorkerPool, workerScript } from './measurePool';
import type { NetworkLimits } from './networkLimits';
import { nodeSize, type NetworkEdge, type NetworkNode } from './networkTypes';

/**
 * The layout's wall-clock budget: no batch of iterations starts after it. At the calibration of
 * {@link layoutIterations} a 50,000-node network needs about 4 s; the budget stops a layout on a machine much
 * busier than that, or a network far larger (which then keeps fewer iterations: positions, not the same picture).
 */
export const LAYOUT_BUDGET_MS = 3000;

/** Up to this many nodes plus edges a layout runs in the request's own thread: a worker's start costs more. */
export const INLINE_LAYOUT_SIZE = 600;

/** A layout worker did not answer by its hard deadline (the budget plus a margin) and was stopped. */
export class LayoutTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(
      `The layout of the network did not finish within ${timeoutMs} ms and was stopped. Narrow the network ` +
        '(fewer consortia, kinds, asOf, activeOnly) and try again.',
    );
    this.name = 'LayoutTimeoutError';
  }
}

const pools = new WeakMap<NetworkLimits, WorkerPool<LayoutInput, LayoutResult>>();

/** The layout pool of a server's limits: as many workers and waiting places as the measures have. */
function layoutPoolOf(limits: NetworkLimits): WorkerPool<LayoutInput, LayoutResult> {
  let pool = pools.get(limits);
  if (!pool) {
    pool = new WorkerPool(
      { workers: limits.measureWorkers, queue: limits.measureQueue, timeoutMs: LAYOUT_BUDGET_MS + 20_000 },
      { ...workerScript('layoutWorker'), timeoutError: (ms) => new LayoutTimeoutError(ms) },
    );
    pools.set(limits, pool);
  }
  return pool;
}

/** Shuts the layout workers of `limits` down (tests, shutdown). */
export function closeLayoutPool(limits: NetworkLimits): Promise<void> {
  return pools.get(limits)?.close() ?? Promise.resolve();
}

/** Edges as index pairs into a node list, growing as they arrive (a streamed export reads them from Neo4j). */
export class LayoutEdges {
  private sources = new Int32Array(1024);
  private targets = new Int32Array(1024);
  private weights = new Float64Array(1024);
  private count = 0;

  constructor(private readonly indexOf: ReadonlyMap<string, number>) {}

  add(edge: Pick<NetworkEdge, 'source' | 'target' | 'weight'>): void {
    const source = this.indexOf.get(edge.source);
    const target = this.indexOf.get(edge.target);
    if (source === undefined || target === undefined || source === target) return;
    if (this.count === this.sources.length) this.grow();
    this.sources[this.count] = source;
    this.targets[this.count] = target;
    this.weights[this.count] = edge.weight;
    this.count += 1;
  }

  /**
   * The layout input of `nodeIds` (in the order of `indexOf`) and the edges added, sorted by their ends' indices:
   * the same graph gives the same input whatever order its edges were read in (a streamed export reads them
   * unordered, the in-memory network has them in its own order).
   */
  input(nodeIds: string[]): LayoutInput {
    const order = Array.from({ length: this.count }, (_v, i) => i).sort(
      (a, b) => this.sources[a]! - this.sources[b]! || this.targets[a]! - this.targets[b]!,
    );
    return {
      nodeIds,
      sources: Int32Array.from(order, (i) => this.sources[i]!),
      targets: Int32Array.from(order, (i) => this.targets[i]!),
      weights: Float64Array.from(order, (i) => this.weights[i]!),
      iterations: layoutIterations(nodeIds.length),
      budgetMs: LAYOUT_BUDGET_MS,
    };
  }

  private grow(): void {
    const size = this.sources.length * 2;
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    this.sources = grown(this.sources, new Int32Array(size));
    this.targets = grown(this.targets, new Int32Array(size));
    this.weights = grown(this.weights, new Float64Array(size));
  }
}

/** An index of node ids, for {@link LayoutEdges}. */
export const indexOfIds = (ids: readonly string[]): Map<string, number> => new Map(ids.map((id, i) => [id, i]));

/**
 * The layout of `input`: in a worker of the layout pool of `limits` (off the event loop, at most
 * NETWORK_MEASURE_WORKERS at once, NETWORK_MEASURE_QUEUE waiting, then MeasureBusyError), or in this thread for a
 * network of at most {@link INLINE_LAYOUT_SIZE} nodes and edges.
 */
export function layoutPositions(limits: NetworkLimits, input: LayoutInput): Promise<LayoutResult> {
  if (input.nodeIds.length + input.sources.length <= INLINE_LAYOUT_SIZE && limits.inlineMeasureWork > 0) {
    return Promise.resolve(computeLayout(input));
  }
  return layoutPoolOf(limits).run(input);
}

/** The layout of an in-memory network. */
export function layoutOfNetwork(
  limits: NetworkLimits,
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
): Promise<LayoutResult> {
  const ids = nodes.map((node) => node.id);
  const collected = new LayoutEdges(indexOfIds(ids));
  for (const edge of edges) collected.add(edge);
  return layoutPositions(limits, collected.input(ids));
}

/** The node at index `i` of the layout, with its position and size. */
const placedAt = (node: NetworkNode, layout: LayoutResult, i: number): NetworkNode => ({
  ...node,
  x: layout.x[i] ?? 0,
  y: layout.y[i] ?? 0,
  size: nodeSize(node.consortiumCount),
});

/** Each node of an in-memory network (in layout order) with its position and size. */
export const placedNodes = (nodes: readonly NetworkNode[], layout: LayoutResult): NetworkNode[] =>
  nodes.map((node, i) => placedAt(node, layout, i));

/** Each node of a stream (in layout order) with its position and size, as it arrives. */
export async function* placedStream(
  nodes: AsyncIterable<NetworkNode>,
  layout: LayoutResult,
): AsyncGenerator<NetworkNode> {
  let i = 0;
  for await (const node of nodes) yield placedAt(node, layout, i++);
}
