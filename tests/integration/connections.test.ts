import { activeOn, heldOn, seedMemberships, seedOrganizationIds, seedPartOf } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
useTestServer((started) => ({ server } = started));

interface Options {
  asOf: string | null;
  activeOnly: boolean;
  includeAffiliates: boolean;
}

/** Organisation → [neighbour, via] over the seed files: a shared team (its id) or PART_OF (`part-of`). */
function adjacency(options: Options): Map<string, Array<[string, string]>> {
  const byTeam = new Map<string, string[]>();
  for (const m of seedMemberships) {
    if (!heldOn(m, options.asOf) || (options.activeOnly && !activeOn(m.consortium, options.asOf))) continue;
    byTeam.set(m.consortium, [...(byTeam.get(m.consortium) ?? []), m.org]);
  }
  const next = new Map<string, Array<[string, string]>>(seedOrganizationIds.map((id) => [id, []]));
  for (const [team, members] of byTeam) {
    for (const a of members) for (const b of members) if (a !== b) next.get(a)!.push([b, team]);
  }
  if (options.includeAffiliates) {
    for (const [child, parent] of seedPartOf) {
      next.get(child)!.push([parent, 'part-of']);
      next.get(parent)!.push([child, 'part-of']);
    }
  }
  return next;
}

/**
 * Every shortest path from `from` to `to` of at most `maxHops` hops, written `a >team> b >part-of> c`, by a plain
 * breadth-first search from `from` and a walk back over the predecessors.
 */
function expectedPaths(from: string, to: string, maxHops: number, options: Options): string[] {
  const next = adjacency(options);
  const distance = new Map([[from, 0]]);
  const before = new Map<string, Array<[string, string]>>();
  let level = [from];
  while (level.length > 0 && !distance.has(to) && distance.get(level[0]!)! < maxHops) {
    const reached: string[] = [];
    for (const node of level) {
      for (const [neighbour, via] of next.get(node)!) {
        const d = distance.get(node)! + 1;
        if (!distance.has(neighbour)) {
          distance.set(neighbour, d);
          reached.push(neighbour);
        }
        if (distance.get(neighbour) === d) before.set(neighbour, [...(before.get(neighbour) ?? []), [node, via]]);
      }
    }
    level = reached;
  }
  if (!distance.has(to)) return [];
  const walk = (node: string): string[] =>
    node === from ? [from] : before.get(node)!.flatMap(([prev, via]) => walk(prev).map((p) => `${p} >${via}> ${node}`));
  return walk(to).sort();
}

// `first` is written into the document: validation then counts the page asked for, even before the server has
// read the graph's sizes (until then every list counts as 1,000 long).
const connectionsQuery = (first: number) => `query C($from: ID!, $to: ID!, $maxHops: Int, $after: String, $asOf: Date,
    $activeOnly: Boolean, $includeAffiliates: Boolean) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: ${first}, after: $after, asOf: $asOf,
      activeOnly: $activeOnly, includeAffiliates: $includeAffiliates) {
    outcome reason length hasNextPage endCursor explored
    paths { organizations { id } hops { from { id } to { id } consortium { id }
      fromMembership { organization { id } consortium { id } sources { id } }
      toMembership { organization { id } consortium { id } sources { id } }
      partOf { child { id } parent { id } sources { id } } } }
  }
}`;

type Hop = {
  from: { id: string };
  to: { id: string };
  consortium: { id: string } | null;
  fromMembership: { organization: { id: string }; consortium: { id: string }; sources: Array<{ id: string }> } | null;
  toMembership: { organization: { id: string }; consortium: { id: string }; sources: Array<{ id: string }> } | null;
  partOf: { child: { id: string }; parent: { id: string }; sources: Array<{ id: string }> } | null;
};
type Answer = {
  outcome: string;
  reason: string;
  length: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
  explored: number;
  paths: Array<{ organizations: Array<{ id: string }>; hops: Hop[] }>;
};

async function ask({ first = 5, ...variables }: Record<string, unknown>): Promise<Answer> {
  const response = await server.gql<{ connections: Answer }>(connectionsQuery(first as number), variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.connections;
}

/** A path as the test writes it, checking on the way that each hop's memberships are of its two ends. */
function written(path: Answer['paths'][number]): string {
  let text = path.organizations[0]!.id;
  path.hops.forEach((hop, index) => {
    expect(hop.from.id).toBe(path.organizations[index]!.id);
    expect(hop.to.id).toBe(path.organizations[index + 1]!.id);
    if (hop.partOf) {
      expect([hop.partOf.child.id, hop.partOf.parent.id].sort()).toEqual([hop.from.id, hop.to.id].sort());
      expect(hop.partOf.sources.length).toBeGreaterThan(0);
      text += ` >part-of> ${hop.to.id}`;
    } else {
      expect(hop.fromMembership).toMatchObject({ organization: hop.from, consortium: hop.consortium });
      expect(hop.toMembership).toMatchObject({ organization: hop.to, consortium: hop.consortium });
      expect(hop.fromMembership!.sources.length).toBeGreaterThan(0);
      expect(hop.toMembership!.sources.length).toBeGreaterThan(0);
      text += ` >${hop.consortium!.id}> ${hop.to.id}`;
    }
  });
  return text;
}

/** Every path of the question, page by page (at most 20 pages of 5: the API's cap of 100). */
async function allPaths(variables: Record<string, unknown>): Promise<{ first: Answer; paths: string[] }> {
  const first = await ask({ ...variables, first: 5 });
  const paths = first.paths.map(written);
  let page = first;
  for (let i = 0; i < 19 && page.hasNextPage; i += 1) {
    page = await ask({ ...variables, first: 5, after: page.endCursor });
    paths.push(...page.paths.map(written));
  }
  return { first, paths };
}

const PAIRS: Array<[string, string]> = [
  ['lg-cns', 'snu'],
  ['kaist', 'snu'],
  ['upstage', 'snu'],
  ['snu-iacf', 'korea-university'],
  ['naver-cloud', 'motif-technologies'],
  ['kt', 'lunit'],
  ['sk-telecom', 'hanyang-university'],
  ['postech', 'krafton'],
  ['etri', 'flitto'],
];
const OPTION_SETS: Options[] = [
  { asOf: null, activeOnly: false, includeAffiliates: false },
  { asOf: null, activeOnly: false, includeAffiliates: true },
  { asOf: '2025-08-05', activeOnly: true, includeAffiliates: false },
  { asOf: '2026-03-01', activeOnly: true, includeAffiliates: true },
];

describe('connections', () => {
  it.each(OPTION_SETS)('finds every shortest path a plain BFS over the seed files finds (%o)', async (options) => {
    for (const [from, to] of PAIRS) {
      for (const maxHops of [1, 2, 4]) {
        const expected = expectedPaths(from, to, maxHops, options);
        const { first, paths } = await allPaths({ from, to, maxHops, ...options });
        if (expected.length <= 100) {
          expect({ from, to, maxHops, paths: paths.sort() }).toEqual({ from, to, maxHops, paths: expected });
        } else {
          expect(new Set(paths).size).toBe(100);
          expect(paths.filter((path) => !expected.includes(path))).toEqual([]);
        }
        if (expected.length > 0) {
          expect(first.outcome).toBe('FOUND');
          expect(first.length).toBe(expected[0]!.split(' ').filter((word) => word.startsWith('>')).length);
        } else {
          expect(['NONE_WITHIN_MAX_HOPS', 'NOT_CONNECTED']).toContain(first.outcome);
          expect(first.length).toBeNull();
        }
      }
    }
  });

  it('says there is no path at any length when the search runs out, and none within maxHops otherwise', async () => {
    const options = { asOf: null, activeOnly: false, includeAffiliates: false };
    // By the test's own BFS (100 hops: unbounded on 78 organisations): one LG CNS cannot reach at all, and one
    // Upstage reaches in more than one hop.
    const cut = seedOrganizationIds.find(
      (id) => id !== 'lg-cns' && expectedPaths('lg-cns', id, 100, options).length === 0,
    );
    const far = seedOrganizationIds.find(
      (id) =>
        expectedPaths('upstage', id, 1, options).length === 0 && expectedPaths('upstage', id, 100, options).length > 0,
    );
    expect([cut, far]).toEqual([expect.any(String), expect.any(String)]);
    const lonely = await ask({ from: 'lg-cns', to: cut, maxHops: 6 });
    expect(lonely).toMatchObject({ outcome: 'NOT_CONNECTED', paths: [], length: null });
    const near = await ask({ from: 'upstage', to: far, maxHops: 1 });
    expect(near).toMatchObject({ outcome: 'NONE_WITHIN_MAX_HOPS', paths: [], length: null });
    expect(near.reason).toBe('no path of at most 1 hops exists');
  });

  it('answers the same organisation and unknown ids as outcomes, and refuses arguments over the caps', async () => {
    expect(await ask({ from: 'kaist', to: 'kaist' })).toMatchObject({ outcome: 'SAME_ORGANIZATION', length: 0 });
    const unknown = await ask({ from: 'kaist', to: 'no-such-org' });
    expect(unknown).toMatchObject({ outcome: 'UNKNOWN_ORGANIZATION', paths: [] });
    expect(unknown.reason).toContain('no-such-org');
    for (const [first, variables, message] of [
      [5, { maxHops: 7 }, 'maxHops must be between 1 and 6, got 7'],
      [5, { maxHops: 0 }, 'maxHops must be between 1 and 6, got 0'],
      [21, {}, 'first must be between 1 and 20, got 21'],
      [5, { after: 'bm90LWEtY3Vyc29y' }, 'after is not a cursor'],
    ] as const) {
      const response = await server.gql(connectionsQuery(first), { from: 'kaist', to: 'snu', ...variables });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0]?.message).toContain(message);
    }
    const page = await ask({ from: 'kaist', to: 'snu', first: 1 });
    const other = await server.gql(connectionsQuery(5), { from: 'kaist', to: 'postech', after: page.endCursor });
    expect(other.body.errors?.[0]?.message).toContain('another connections question');
  });
});
