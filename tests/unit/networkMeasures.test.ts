import { computeMeasures } from '../../src/network/measures';
import type { UnmeasuredNode } from '../../src/network/measures';
import type { NetworkEdge, NetworkNode } from '../../src/network/networkTypes';

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
