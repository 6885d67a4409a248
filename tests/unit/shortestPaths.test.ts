import { PathWorkError, shortestPaths, type GraphEdge } from '../../src/questions/shortestPaths';

/**
 * The search works out a node's parents only for the nodes on a shortest path (src/questions/shortestPaths.ts):
 * its paths are checked here against a plain one-sided BFS over the same small bipartite graph, and its order
 * against the same search given the relationships of each level in other orders (the page order must not depend
 * on the order Neo4j returns rows in).
 */

/** A deterministic bipartite graph: 40 organisations, each in one to three of 12 consortia. */
function graph(): Map<string, string[]> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (neighbours.get(a)?.includes(b)) return;
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  };
  for (let o = 0; o < 40; o += 1) {
    for (let k = 0; k <= Math.floor(next() * 3); k += 1) link(`o:${o}`, `c:${Math.floor(next() * 12)}`);
  }
  return neighbours;
}

const GRAPH = graph();

/** Every shortest path of at most `maxLength` relationships, by a BFS from `from` and a walk back. */
function expectedPaths(from: string, to: string, maxLength: number): string[] {
  const distance = new Map([[from, 0]]);
  const before = new Map<string, string[]>();
  let level = [from];
  while (level.length > 0 && !distance.has(to) && distance.get(level[0]!)! < maxLength) {
    const reached: string[] = [];
    for (const node of level) {
      for (const neighbour of GRAPH.get(node) ?? []) {
        const d = distance.get(node)! + 1;
        if (!distance.has(neighbour)) {
          distance.set(neighbour, d);
          reached.push(neighbour);
        }
        if (distance.get(neighbour) === d) before.set(neighbour, [...(before.get(neighbour) ?? []), node]);
      }
    }
    level = reached;
  }
  if (!distance.has(to)) return [];
  const walk = (node: string): string[] =>
    node === from ? [from] : before.get(node)!.flatMap((prev) => walk(prev).map((path) => `${path} ${node}`));
  return walk(to).sort();
}

/** The search over GRAPH, each level's relationships returned in the order `arrange` gives them. */
async function search(from: string, to: string, maxLength: number, arrange: <T>(edges: T[]) => T[], budget = 10_000) {
  return shortestPaths<string>({
    source: from,
    target: to,
    sourceDegree: GRAPH.get(from)?.length ?? 0,
    targetDegree: GRAPH.get(to)?.length ?? 0,
    maxLength,
    budget,
    expand: (nodes) => {
      const edges: Array<GraphEdge<string>> = nodes.flatMap((node) =>
        (GRAPH.get(node) ?? []).map((neighbour) => ({
          from: node,
          to: neighbour,
          link: `${node}-${neighbour}`,
          toDegree: GRAPH.get(neighbour)!.length,
        })),
      );
      return Promise.resolve(arrange(edges));
    },
  });
}

const asGiven = <T>(edges: T[]) => edges;
const reversed = <T>(edges: T[]) => [...edges].reverse();
/** Every other relationship first: another order again. */
const interleaved = <T>(edges: T[]) => [
  ...edges.filter((_e, i) => i % 2 === 1),
  ...edges.filter((_e, i) => i % 2 === 0),
];

async function pathsOf(from: string, to: string, maxLength: number, arrange: <T>(edges: T[]) => T[]) {
  const result = await search(from, to, maxLength, arrange);
  return result.kind === 'found' ? [...result.paths()].map((path) => path.nodes.join(' ')) : [];
}

const ORGANIZATIONS = [...GRAPH.keys()].filter((node) => node.startsWith('o:')).slice(0, 14);
const PAIRS = ORGANIZATIONS.flatMap((a, i) => ORGANIZATIONS.slice(i + 1).map((b): [string, string] => [a, b]));

describe('shortestPaths', () => {
  it.each([2, 4, 8])('finds every shortest path a plain BFS finds, within %i relationships', async (maxLength) => {
    let found = 0;
    for (const [from, to] of PAIRS) {
      const paths = await pathsOf(from, to, maxLength, asGiven);
      expect({ from, to, paths: [...paths].sort() }).toEqual({ from, to, paths: expectedPaths(from, to, maxLength) });
      found += paths.length > 0 ? 1 : 0;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('gives the paths in the same order whatever order each level is read in', async () => {
    let several = 0;
    for (const [from, to] of PAIRS) {
      const first = await pathsOf(from, to, 8, asGiven);
      expect(await pathsOf(from, to, 8, reversed)).toEqual(first);
      expect(await pathsOf(from, to, 8, interleaved)).toEqual(first);
      several += first.length > 1 ? 1 : 0;
    }
    // The order is only tested where there is more than one path to order.
    expect(several).toBeGreaterThan(3);
  });

  it('refuses past its budget, saying what it would have read', async () => {
    const [from, to] = PAIRS.find(
      ([a, b]) => expectedPaths(a, b, 8).length > 0 && expectedPaths(a, b, 2).length === 0,
    )!;
    const found = await search(from, to, 8, asGiven);
    expect(found.kind).toBe('found');
    const refused = search(from, to, 8, asGiven, found.explored - 1);
    await expect(refused).rejects.toBeInstanceOf(PathWorkError);
    await expect(refused).rejects.toMatchObject({ budget: found.explored - 1 });
  });
});
