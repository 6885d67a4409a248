import { loadConfig, type Config } from '../config';
import { NetworkOptionsError } from './networkOptions';

/** The size limits of the network builder, read once with the rest of src/config.ts and passed down. */
export interface NetworkLimits {
  /** MAX_MEASURED_NETWORK_NODES: above it, betweenness and communities are refused. */
  maxMeasuredNodes: number;
  /** NETWORK_EXPORT_TIMEOUT_MS: how long a streamed export's read transaction may run. */
  exportTimeoutMs: number;
  /** MAX_MEASURE_WORK: the budget of betweenness, in {@link measureWork} steps; above it, refused before it starts. */
  maxMeasureWork: number;
  /** NETWORK_MEASURE_TIMEOUT_MS: how long a measure worker may compute, and a request wait for one. */
  measureTimeoutMs: number;
  /** NETWORK_MEASURE_WORKERS: measure workers computing at once. */
  measureWorkers: number;
  /** NETWORK_MEASURE_QUEUE: requests that may wait for a measure worker; more are refused (retry later). */
  measureQueue: number;
  /** MAX_NETWORK_NODES / MAX_NETWORK_EDGES: the largest answer of the GraphQL `network` field (exports stream). */
  maxNetworkNodes: number;
  maxNetworkEdges: number;
  /**
   * Up to this much {@link measureWork}, betweenness and communities are computed in the request's own thread:
   * a worker's start (about 100 ms) would cost more. Not a setting; tests set 0 to send every network to a worker.
   */
  inlineMeasureWork: number;
}

/** About 40 ms of betweenness on this project's 2-core reference machine (27 million steps a second, alone). */
export const INLINE_MEASURE_WORK = 1_000_000;

/**
 * The cost of Brandes' betweenness in its own unit: a breadth-first search (V + E steps) from each of the V nodes.
 * MAX_MEASURE_WORK is a budget in this unit.
 */
export const measureWork = (nodes: number, edges: number): number => nodes * (nodes + edges);

/** The network limits of a loaded configuration. */
export const networkLimitsOf = (
  config: Pick<
    Config,
    | 'MAX_MEASURED_NETWORK_NODES'
    | 'NETWORK_EXPORT_TIMEOUT_MS'
    | 'MAX_MEASURE_WORK'
    | 'NETWORK_MEASURE_TIMEOUT_MS'
    | 'NETWORK_MEASURE_WORKERS'
    | 'NETWORK_MEASURE_QUEUE'
    | 'MAX_NETWORK_NODES'
    | 'MAX_NETWORK_EDGES'
  >,
): NetworkLimits => ({
  maxMeasuredNodes: config.MAX_MEASURED_NETWORK_NODES,
  exportTimeoutMs: config.NETWORK_EXPORT_TIMEOUT_MS,
  maxMeasureWork: config.MAX_MEASURE_WORK,
  measureTimeoutMs: config.NETWORK_MEASURE_TIMEOUT_MS,
  measureWorkers: config.NETWORK_MEASURE_WORKERS,
  measureQueue: config.NETWORK_MEASURE_QUEUE,
  maxNetworkNodes: config.MAX_NETWORK_NODES,
  maxNetworkEdges: config.MAX_NETWORK_EDGES,
  inlineMeasureWork: INLINE_MEASURE_WORK,
});

/** The defaults of src/config.ts, for a server or context built without them (tests, benchmark servers). */
export const DEFAULT_NETWORK_LIMITS: NetworkLimits = Object.freeze(networkLimitsOf(loadConfig({})));

/** Who asks, for the wording of a refusal: exports name their `measures` parameter, GraphQL its selection. */
export type NetworkAsker = 'export' | 'graphql';

/**
 * Betweenness of the network would cost more than MAX_MEASURE_WORK: refused before any worker starts, with what
 * to narrow. A client error (400 BAD_USER_INPUT from the exports; QUERY_TOO_COMPLEX in GraphQL).
 */
export class MeasureBudgetError extends NetworkOptionsError {
  readonly work: number;

  constructor(
    readonly nodeCount: number,
    readonly edgeCount: number,
    readonly budget: number,
    via: NetworkAsker,
  ) {
    const work = measureWork(nodeCount, edgeCount);
    const otherwise =
      via === 'export'
        ? 'ask with measures=degree or measures=none'
        : 'leave betweenness out of the selection (community, degree and weightedDegree do not count against it)';
    super(
      `Betweenness of this network (${nodeCount} nodes, ${edgeCount} edges) costs V·(V+E) = ${work} steps, more ` +
        `than the budget of ${budget} (MAX_MEASURE_WORK). To get an answer, narrow it: fewer consortia, kinds, ` +
        `asOf, or a higher minWeight with CO_MEMBERSHIP; or ${otherwise}.`,
    );
    this.name = 'MeasureBudgetError';
    this.work = work;
  }
}

/** @throws MeasureBudgetError when the betweenness of `nodeCount` nodes and `edgeCount` edges costs over `budget`. */
export function checkMeasureWork(nodeCount: number, edgeCount: number, budget: number, asker: NetworkAsker): void {
  if (measureWork(nodeCount, edgeCount) > budget) throw new MeasureBudgetError(nodeCount, edgeCount, budget, asker);
}

/** The limits of the GraphQL `network` answer. */
export type AnswerLimitName = 'MAX_NETWORK_NODES' | 'MAX_NETWORK_EDGES';

/**
 * The GraphQL `network` answer would be larger than MAX_NETWORK_NODES or MAX_NETWORK_EDGES: refused (as
 * QUERY_TOO_COMPLEX) before it is built, pointing to the streamed export, which has no such limit.
 */
export class NetworkAnswerTooLargeError extends NetworkOptionsError {
  /** @param over what is over which limit, as the message says it ("6875 nodes, more than ..."). */
  constructor(
    readonly limitName: AnswerLimitName,
    readonly limit: number,
    readonly found: number,
    over: string,
  ) {
    super(
      `The network is too large for the GraphQL network field: ${over}. Download it from the streamed export ` +
        'instead, which takes the same arguments as URL parameters (e.g. GET /export/network.graphml?measures=none, ' +
        'or network.nodes.csv and network.edges.csv), or narrow it with consortia, kinds, asOf or minWeight.',
    );
    this.name = 'NetworkAnswerTooLargeError';
  }
}

/** The answer of `network` has `found` nodes or edges, more than `limit` ({@link AnswerLimitName}). */
export const answerTooLarge = (limitName: AnswerLimitName, limit: number, found: number) =>
  new NetworkAnswerTooLargeError(
    limitName,
    limit,
    found,
    `${found} ${limitName === 'MAX_NETWORK_NODES' ? 'nodes' : 'edges'}, more than the ${limit} of ${limitName}`,
  );
