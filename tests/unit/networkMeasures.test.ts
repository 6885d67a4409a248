import {
  MeasureBusyError,
  MeasurePool,
  MeasureTimeoutError,
  type WorkerPoolOptions as MeasurePoolOptions,
} from '../../src/network/measurePool';
import { computeMeasures, computeMeasuresWith, graphMeasureInput } from '../../src/network/measures';
import type { UnmeasuredNode } from '../../src/network/measures';
import { checkMeasureWork, MeasureBudgetError, measureWork } from '../../src/network/networkLimits';
import { NETWORK_MEASURES, type NetworkEdge, type NetworkNode } from '../../src/network/networkTypes';
import { seededRandom } from '../../src/network/seededRandom';

function org(id: string): UnmeasuredNode {
  return { id, entityId: id, label: id, type: 'ORGANIZATION', kind: null, country: null, consortiumCount: 0 };
}

/** Undirected edges written `a-b` or `a-b:3` (weight 3, default 1). */
function edges(...specs: string[]): NetworkEdge[] {
  return specs.map((spec) => {
    const [pair = '', weight = '1'] = spec.split(':');
    const [source = '', target = ''] = pair.split('-');
    return { id: spec, source, target, type: 'CO_MEMBERSHIP', weight: Number(weight), role: null, category: null };
  });
}

function measure(nodeIds: string[], edgeSpecs: string[]): Record<string, NetworkNode> {
  const nodes = computeMeasures(nodeIds.map(org), edges(...edgeSpecs));
  return Object.fromEntries(nodes.map((node) => [node.id, node]));
}

/** Compares one measure for the given nodes, rounded so float noise does not matter, with a diff by node id. */
function expectMeasure(
  byId: Record<string, NetworkNode>,
  key: 'degree' | 'weightedDegree' | 'betweenness' | 'community',
  expected: Record<string, number>,
): void {
  const actual = Object.fromEntries(
    Object.keys(expected).map((id) => [id, Math.round((byId[id]?.[key] ?? NaN) * 1e9) / 1e9]),
  );
  expect(actual).toEqual(expected);
}

describe('computeMeasures', () => {
  it('on a path a–b–c, b lies on the only a–c path', () => {
    const byId = measure(['a', 'b', 'c'], ['a-b', 'b-c']);

    expectMeasure(byId, 'degree', { a: 1, b: 2, c: 1 });
    // One pair (a, c) out of (n-1)(n-2)/2 = 1 possible pairs not involving b.
    expectMeasure(byId, 'betweenness', { a: 0, b: 1, c: 0 });
  });

  it('on a star, the centre bridges every pair of leaves', () => {
    const byId = measure(['hub', 'l1', 'l2', 'l3', 'l4'], ['hub-l1', 'hub-l2', 'hub-l3', 'hub-l4']);

    expectMeasure(byId, 'degree', { hub: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
    // All C(4,2) = 6 leaf pairs pass through the hub, out of C(4,2) = 6 pairs: 1.
    expectMeasure(byId, 'betweenness', { hub: 1, l1: 0, l2: 0, l3: 0, l4: 0 });
  });

  describe('two triangles joined by a bridge a3–b1', () => {
    const nodeIds = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    const edgeSpecs = ['a1-a2', 'a2-a3', 'a1-a3', 'b1-b2', 'b2-b3', 'b1-b3', 'a3-b1'];

    it('gives the bridge ends the highest betweenness', () => {
      const byId = measure(nodeIds, edgeSpecs);

      // a3 is on every shortest path from {a1, a2} to {b1, b2, b3}: 6 pairs out of C(5,2) = 10.
      expectMeasure(byId, 'betweenness', { a1: 0, a2: 0, a3: 0.6, b1: 0.6, b2: 0, b3: 0 });
      expectMeasure(byId, 'degree', { a1: 2, a2: 2, a3: 3, b1: 3, b2: 2, b3: 2 });
    });

    it('finds the two triangles as communities, numbered by first appearance', () => {
      const byId = measure(nodeIds, edgeSpecs);

      expectMeasure(byId, 'community', { a1: 0, a2: 0, a3: 0, b1: 1, b2: 1, b3: 1 });
    });

    it('numbers communities by node order, whatever Louvain called them', () => {
      const byId = measure(['b1', 'b2', 'b3', 'a1', 'a2', 'a3'], edgeSpecs);

      expectMeasure(byId, 'community', { b1: 0, b2: 0, b3: 0, a1: 1, a2: 1, a3: 1 });
    });

    it('gives the same communities on every run', () => {
      const runs = Array.from({ length: 5 }, () => computeMeasures(nodeIds.map(org), edges(...edgeSpecs)));

      for (const run of runs) expect(run).toEqual(runs[0]);
    });
  });

  it('sums edge weights into the weighted degree', () => {
    const byId = measure(['a', 'b', 'c'], ['a-b:2', 'b-c:3']);

    expectMeasure(byId, 'weightedDegree', { a: 2, b: 5, c: 3 });
    expectMeasure(byId, 'degree', { a: 1, b: 2, c: 1 });
  });

  it('ignores weights for betweenness: a heavy tie is strong, not long', () => {
    // Read as distances, a–c (5) would be longer than a–b–c (2) and b would bridge a and c.
    const byId = measure(['a', 'b', 'c'], ['a-b:1', 'b-c:1', 'a-c:5']);

    expectMeasure(byId, 'betweenness', { a: 0, b: 0, c: 0 });
  });

  it('returns nothing for an empty network', () => {
    expect(computeMeasures([], [])).toEqual([]);
  });

  it('gives a lone node zero measures and community 0', () => {
    const [node] = computeMeasures([org('alone')], []);

    expect(node).toEqual({ ...org('alone'), degree: 0, weightedDegree: 0, betweenness: 0, community: 0 });
  });

  it('gives an isolated node beside a connected pair its own community', () => {
    const byId = measure(['a', 'b', 'loner'], ['a-b']);

    expectMeasure(byId, 'degree', { a: 1, b: 1, loner: 0 });
    expectMeasure(byId, 'betweenness', { a: 0, b: 0, loner: 0 });
    expectMeasure(byId, 'community', { a: 0, b: 0, loner: 1 });
  });

  it('keeps the node order and the non-measure fields', () => {
    const nodes = [org('z'), { ...org('y'), kind: 'UNIVERSITY' as const, country: 'KR', consortiumCount: 2 }];

    const result = computeMeasures(nodes, edges('z-y'));

    expect(result.map((node) => node.id)).toEqual(['z', 'y']);
    expect(result[1]).toMatchObject({ kind: 'UNIVERSITY', country: 'KR', consortiumCount: 2 });
  });

  it('rejects an edge to a node that is not in the network', () => {
    expect(() => computeMeasures([org('a')], edges('a-ghost'))).toThrow(/ghost/);
  });
});

/**
 * A bipartite graph shaped like the memberships: `organizations` nodes, `consortia` nodes, each consortium with
 * `members` draws skewed towards the first organisations (hubs), from a fixed seed.
 */
function membershipGraph(organizations: number, consortia: number, members: number) {
  const random = seededRandom(7);
  const nodes = [
    ...Array.from({ length: organizations }, (_, i) => org(`o${i}`)),
    ...Array.from({ length: consortia }, (_, i) => org(`c${i}`)),
  ];
  const links = new Map<string, NetworkEdge>();
  for (let c = 0; c < consortia; c++) {
    for (let k = 0; k < members; k++) {
      const o = Math.floor(random() ** 2 * organizations);
      const id = `o${o}|c${c}`;
      links.set(id, {
        id,
        source: `o${o}`,
        target: `c${c}`,
        type: 'MEMBERSHIP',
        weight: 1,
        role: null,
        category: null,
      });
    }
  }
  return { nodes, edges: [...links.values()] };
}

const inputOf = (graph: ReturnType<typeof membershipGraph>) =>
  graphMeasureInput(graph.nodes, graph.edges, NETWORK_MEASURES)!;

describe('MeasurePool', () => {
  const pools: MeasurePool[] = [];
  const pool = (options: MeasurePoolOptions) => {
    const created = new MeasurePool(options);
    pools.push(created);
    return created;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((created) => created.close()));
  });

  it('computes in a worker exactly what computeMeasures computes in this thread', async () => {
    const graph = membershipGraph(400, 150, 6);
    const workers = pool({ workers: 1, queue: 0, timeoutMs: 30_000 });

    const inWorker = await computeMeasuresWith((input) => workers.run(input), graph.nodes, graph.edges);

    const inProcess = computeMeasures(graph.nodes, graph.edges);
    expect(workers.load.started).toBe(1);
    // Bit for bit: the same graph built in the same order gives the same floats and the same communities.
    expect(inWorker).toEqual(inProcess);
    expect(new Set(inProcess.map((node) => node.community)).size).toBeGreaterThan(1);
    expect(inProcess.some((node) => (node.betweenness ?? 0) > 0)).toBe(true);
  });

  it('leaves the event loop free while the worker computes', async () => {
    const graph = membershipGraph(2500, 900, 6);
    const workers = pool({ workers: 1, queue: 0, timeoutMs: 60_000 });
    let worstGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      worstGap = Math.max(worstGap, performance.now() - last);
      last = performance.now();
    }, 10);

    const started = performance.now();
    await workers.run(inputOf(graph));
    const took = performance.now() - started;
    clearInterval(ticker);

    // The same work in this thread blocks it for all of `took`; here the timer keeps ticking.
    expect(took).toBeGreaterThan(400);
    expect(worstGap).toBeLessThan(200);
  });

  it('terminates a worker past its deadline and refuses with MeasureTimeoutError', async () => {
    const graph = membershipGraph(6000, 2500, 6);
    const workers = pool({ workers: 1, queue: 0, timeoutMs: 300 });

    const started = performance.now();
    const error = await workers.run(inputOf(graph)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MeasureTimeoutError);
    expect((error as Error).message).toContain('NETWORK_MEASURE_TIMEOUT_MS');
    // Settled once the thread is gone: the slot is free again, long before the seconds the work would take.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(workers.load).toMatchObject({ running: 0, waiting: 0 });
  });

  it('runs at most `workers` at once, queues `queue` more, and refuses the next at once', async () => {
    const graph = membershipGraph(1500, 500, 6);
    const workers = pool({ workers: 1, queue: 1, timeoutMs: 30_000 });

    const first = workers.run(inputOf(graph));
    const second = workers.run(inputOf(graph));
    const third = workers.run(inputOf(graph)).catch((caught: unknown) => caught);

    expect(workers.load).toMatchObject({ running: 1, waiting: 1 });
    const refused = await third;
    expect(refused).toBeInstanceOf(MeasureBusyError);
    expect((refused as MeasureBusyError).retryAfterSeconds).toBe(30);
    expect((refused as Error).message).toMatch(/queue .* is full; retry in about 30 s/);
    const [a, b] = await Promise.all([first, second]);
    expect(b).toEqual(a);
    expect(workers.load).toEqual({ running: 0, waiting: 0, started: 2 });
  });

  it('refuses a request that waited a whole deadline without a worker', async () => {
    const graph = membershipGraph(6000, 2500, 6);
    const workers = pool({ workers: 1, queue: 1, timeoutMs: 300 });

    const first = workers.run(inputOf(graph)).catch((caught: unknown) => caught);
    const waited = await workers.run(inputOf(graph)).catch((caught: unknown) => caught);

    expect(waited).toBeInstanceOf(MeasureBusyError);
    expect((waited as Error).message).toContain('No measure worker became free in time');
    expect(await first).toBeInstanceOf(MeasureTimeoutError);
    expect(workers.load.started).toBe(1);
  });
});

describe('MAX_MEASURE_WORK', () => {
  it('counts the work of betweenness as V·(V+E), a breadth-first search from each node', () => {
    expect(measureWork(100, 300)).toBe(100 * 400);
  });

  it('refuses a network over the budget, naming the budget, the work found and what to narrow', () => {
    expect(() => checkMeasureWork(1000, 3000, 3_999_999, 'graphql')).toThrow(MeasureBudgetError);
    const error = (() => {
      try {
        checkMeasureWork(1000, 3000, 3_999_999, 'graphql');
      } catch (caught) {
        return caught as MeasureBudgetError;
      }
      return null;
    })()!;

    expect(error.work).toBe(4_000_000);
    expect(error.message).toBe(
      'Betweenness of this network (1000 nodes, 3000 edges) costs V·(V+E) = 4000000 steps, more than the budget ' +
        'of 3999999 (MAX_MEASURE_WORK). To get an answer, narrow it: fewer consortia, kinds, asOf, or a higher ' +
        'minWeight with CO_MEMBERSHIP; or leave betweenness out of the selection (community, degree and ' +
        'weightedDegree do not count against it).',
    );
    expect(() => checkMeasureWork(1000, 3000, 4_000_000, 'graphql')).not.toThrow();
  });

  it('tells an export to ask for fewer measures', () => {
    expect(() => checkMeasureWork(1000, 3000, 1, 'export')).toThrow(/ask with measures=degree or measures=none/);
  });
});
