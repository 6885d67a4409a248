/**
 * All shortest paths between two nodes of an undirected graph that is read a level at a time (bidirectional
 * breadth-first search). Each step expands the side whose frontier has the smaller summed degree, so a hub
 * (an organisation in 1,372 consortia) is expanded only when the other side is larger still; the work (the
 * relationships read) is bounded by a budget checked before each read (from the stored degrees) and after it
 * (from what came back, in case the stored degrees are behind).
 */

/** One relationship read from `from` (a node of the frontier) to `to`, with what it carries. */
export interface GraphEdge<Link> {
  from: string;
  to: string;
  link: Link;
  /** The stored degree of `to`: what expanding it would cost. */
  toDegree: number;
}

/** Reads the relationships of `nodes`; at most `limit` of them (asking one more than the budget allows). */
export type ExpandFrontier<Link> = (nodes: readonly string[], limit: number) => Promise<Array<GraphEdge<Link>>>;

export interface PathSearch<Link> {
  source: string;
  target: string;
  sourceDegree: number;
  targetDegree: number;
  /** Longest path wanted, in relationships. */
  maxLength: number;
  /** Most relationships the search may read. */
  budget: number;
  expand: ExpandFrontier<Link>;
}

/** One path: its nodes from source to target, and the link of each relationship between them. */
export interface FoundPath<Link> {
  nodes: string[];
  links: Link[];
}

/** What the search found: `paths` enumerates every shortest path lazily (in a stable order). */
export type PathSearchResult<Link> =
  | { kind: 'found'; length: number; explored: number; paths: () => Generator<FoundPath<Link>> }
  | { kind: 'none-within'; explored: number }
  | { kind: 'disconnected'; explored: number };

/** The search would read more than its budget: refused, with what it would have needed. */
export class PathWorkError extends Error {
  constructor(
    readonly budget: number,
    readonly work: number,
  ) {
    super(
      `finding these paths would read more than ${budget} relationships (MAX_PATH_WORK; at least ${work}); ` +
        'ask with a smaller maxHops, an asOf date or activeOnly',
    );
    this.name = 'PathWorkError';
  }
}

/**
 * One side of the search: the distance of every node it reached, and the relationships read at each level. A
 * node's parents (one level closer) are worked out only for the nodes on a shortest path, once they are known
 * ({@link parentsOnPaths}): building them for every node reached (thousands from a hub) cost more than the reads.
 */
interface Side<Link> {
  distance: Map<string, number>;
  /** `levels[k]`: the relationships read when the side moved from depth k to k + 1. */
  levels: Array<ReadonlyArray<GraphEdge<Link>>>;
  frontier: string[];
  frontierCost: number;
  depth: number;
}

const startSide = <Link>(node: string, degree: number): Side<Link> => ({
  distance: new Map([[node, 0]]),
  levels: [],
  frontier: [node],
  frontierCost: degree,
  depth: 0,
});

/** Runs the search; see the module comment. */
export async function shortestPaths<Link>(search: PathSearch<Link>): Promise<PathSearchResult<Link>> {
  const forward = startSide<Link>(search.source, search.sourceDegree);
  const backward = startSide<Link>(search.target, search.targetDegree);
  let explored = 0;
  while (forward.depth + backward.depth < search.maxLength) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return { kind: 'disconnected', explored };
    const [side, other] = forward.frontierCost <= backward.frontierCost ? [forward, backward] : [backward, forward];
    if (explored + side.frontierCost > search.budget) {
      throw new PathWorkError(search.budget, explored + side.frontierCost);
    }
    const edges = await search.expand(side.frontier, search.budget - explored + 1);
    explored += edges.length;
    if (explored > search.budget) throw new PathWorkError(search.budget, explored);
    const added = advance(side, edges);
    const meetings = added.filter((node) => other.distance.has(node));
    if (meetings.length > 0) {
      const length = Math.min(...meetings.map((node) => side.depth + other.distance.get(node)!));
      const through = meetings.filter((node) => side.depth + other.distance.get(node)! === length).sort();
      const parents = { forward: parentsOnPaths(forward, through), backward: parentsOnPaths(backward, through) };
      return { kind: 'found', length, explored, paths: () => joinPaths(parents.forward, parents.backward, through) };
    }
  }
  return { kind: 'none-within', explored };
}

/** Moves a side one level out; returns the nodes it reached for the first time. */
function advance<Link>(side: Side<Link>, edges: ReadonlyArray<GraphEdge<Link>>): string[] {
  const level = side.depth + 1;
  const added: string[] = [];
  let cost = 0;
  for (const edge of edges) {
    if (!side.distance.has(edge.to)) {
      side.distance.set(edge.to, level);
      added.push(edge.to);
      cost += edge.toDegree;
    }
  }
  side.levels.push(edges);
  side.depth = level;
  // Not sorted: the paths' order comes from the sorted meeting nodes and parents alone (parentsOnPaths), and
  // sorting a hub's thousands of keys (concatenated strings, flattened at each comparison) took milliseconds.
  side.frontier = added;
  side.frontierCost = cost;
  return added;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Each node's parents: the relationships that reached it from one level closer to its side's root. */
type Parents<Link> = ReadonlyMap<string, ReadonlyArray<GraphEdge<Link>>>;

/**
 * The parents of the nodes on a path from `side`'s root to `meetings` (all at one distance from the root), each
 * node's sorted by the parent's key: walked back a level at a time from the meeting nodes.
 */
function parentsOnPaths<Link>(side: Side<Link>, meetings: readonly string[]): Parents<Link> {
  const parents = new Map<string, Array<GraphEdge<Link>>>();
  let wanted = new Set(meetings);
  for (let level = side.distance.get(meetings[0]!)!; level > 0 && wanted.size > 0; level -= 1) {
    const closer = new Set<string>();
    // A wanted node is at `level`, so every relationship read into it at that level reached it first.
    for (const edge of side.levels[level - 1]!) {
      if (!wanted.has(edge.to)) continue;
      const list = parents.get(edge.to);
      if (list) list.push(edge);
      else parents.set(edge.to, [edge]);
      closer.add(edge.from);
    }
    wanted = closer;
  }
  for (const list of parents.values()) list.sort((a, b) => compare(a.from, b.from));
  return parents;
}

/** Every path from the side's root to `node` through `parents`, nearest the root first. */
function* towards<Link>(parents: Parents<Link>, node: string): Generator<FoundPath<Link>> {
  const closer = parents.get(node);
  if (!closer) {
    yield { nodes: [node], links: [] };
    return;
  }
  for (const edge of closer) {
    for (const path of towards(parents, edge.from)) {
      yield { nodes: [...path.nodes, node], links: [...path.links, edge.link] };
    }
  }
}

/** Every shortest path: through each meeting node, each way from the source to it and from it to the target. */
function* joinPaths<Link>(
  forward: Parents<Link>,
  backward: Parents<Link>,
  meetings: readonly string[],
): Generator<FoundPath<Link>> {
  for (const node of meetings) {
    for (const head of towards(forward, node)) {
      for (const tail of towards(backward, node)) {
        yield {
          nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()],
          links: [...head.links, ...[...tail.links].reverse()],
        };
      }
    }
  }
}
