import { PassThrough } from 'node:stream';
import type { Database } from '../../src/db/database';
import { exportNetwork } from '../../src/network/exportNetwork';
import { DEFAULT_NETWORK_LIMITS } from '../../src/network/networkLimits';
import { parseNetworkOptions } from '../../src/network/networkOptions';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

// The GraphQL network (built in memory) and the streamed export read their CO_MEMBERSHIP edges through one rule and
// count degrees through one rule; here both are compared with each other and with edges and degrees computed in
// this file from the BIPARTITE network's memberships, so a rule drifting in either path shows.

const NETWORK = `query Paths($projection: NetworkProjection, $minWeight: Int, $includeAffiliates: Boolean,
  $includeAffiliations: Boolean, $asOf: Date) {
  network(projection: $projection, minWeight: $minWeight, includeAffiliates: $includeAffiliates,
    includeAffiliations: $includeAffiliations, asOf: $asOf) {
    nodes { id type degree weightedDegree }
    edges { source target type weight }
  }
}`;

interface Edge {
  source: string;
  target: string;
  type: string;
  weight: number;
}
interface Degrees {
  id: string;
  degree: number;
  weightedDegree: number;
}
interface NetworkAnswer {
  nodes: Array<Degrees & { type: string }>;
  edges: Edge[];
}
interface Scope {
  includeAffiliates: boolean;
  includeAffiliations: boolean;
  minWeight: number;
}

const AS_OF = '2025-08-05';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

async function graphqlNetwork(projection: string, scope: Scope): Promise<NetworkAnswer> {
  const response = await server.gql<{ network: NetworkAnswer }>(NETWORK, { projection, asOf: AS_OF, ...scope });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.network;
}

/** The CO_MEMBERSHIP network as the export writes it (D3 JSON), and whether it was streamed. */
async function exported(scope: Scope): Promise<{ streamed: boolean; nodes: Degrees[]; edges: Edge[] }> {
  const options = parseNetworkOptions({
    projection: 'CO_MEMBERSHIP',
    minWeight: String(scope.minWeight),
    includeAffiliates: String(scope.includeAffiliates),
    includeAffiliations: String(scope.includeAffiliations),
    asOf: AS_OF,
    measures: 'degree',
  });
  const chunks: Buffer[] = [];
  const out = new PassThrough().on('data', (chunk: Buffer) => chunks.push(chunk));
  const summary = await exportNetwork(db, options, DEFAULT_NETWORK_LIMITS, 'd3', { begin: () => out });
  const d3 = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    nodes: Degrees[];
    links: Array<{ source: string; target: string; edgeKind: string; weight: number }>;
  };
  return {
    streamed: summary.streamed,
    nodes: d3.nodes.map(({ id, degree, weightedDegree }) => ({ id, degree, weightedDegree })),
    edges: d3.links.map(({ source, target, edgeKind, weight }) => ({ source, target, type: edgeKind, weight })),
  };
}

/**
 * The expected CO_MEMBERSHIP edges, from the BIPARTITE network of the same scope: pairs of organisations counted over
 * the consortia they are both members of, kept from `minWeight`, then each AFFILIATION link whose pair has no edge.
 */
function expectedEdges(bipartite: NetworkAnswer, minWeight: number): Edge[] {
  const membersOf = new Map<string, Set<string>>();
  for (const edge of bipartite.edges.filter((e) => e.type === 'MEMBERSHIP')) {
    membersOf.set(edge.target, (membersOf.get(edge.target) ?? new Set()).add(edge.source));
  }
  const weights = new Map<string, number>();
  for (const members of membersOf.values()) {
    for (const a of members)
      for (const b of members) if (a < b) weights.set(`${a}|${b}`, (weights.get(`${a}|${b}`) ?? 0) + 1);
  }
  const edges: Edge[] = [...weights]
    .filter(([, weight]) => weight >= minWeight)
    .map(([pair, weight]) => {
      const [source, target] = pair.split('|') as [string, string];
      return { source, target, type: 'CO_MEMBERSHIP', weight };
    });
  const linked = new Set(edges.map((e) => `${e.source}|${e.target}`));
  for (const edge of bipartite.edges.filter((e) => e.type === 'AFFILIATION')) {
    const [a, b] = [edge.source, edge.target].sort() as [string, string];
    if (!linked.has(`${a}|${b}`)) edges.push({ ...edge, weight: 1 });
  }
  return edges;
}

/** Degrees of `nodeIds` over `edges`, counted here. */
function expectedDegrees(nodeIds: readonly string[], edges: readonly Edge[]): Degrees[] {
  const degrees = new Map(nodeIds.map((id) => [id, { id, degree: 0, weightedDegree: 0 }]));
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      degrees.get(end)!.degree += 1;
      degrees.get(end)!.weightedDegree += edge.weight;
    }
  }
  return [...degrees.values()];
}

const edgeKey = (edge: Edge) => `${[edge.source, edge.target].sort().join('|')} ${edge.type} ${edge.weight}`;
const sortedKeys = (edges: readonly Edge[]) => edges.map(edgeKey).sort();

describe(`CO_MEMBERSHIP on ${AS_OF}: the in-memory network and the streamed export give the same edges and degrees`, () => {
  it.each([
    { includeAffiliates: false, includeAffiliations: false, minWeight: 1 },
    { includeAffiliates: false, includeAffiliations: false, minWeight: 2 },
    { includeAffiliates: true, includeAffiliations: false, minWeight: 1 },
    { includeAffiliates: true, includeAffiliations: false, minWeight: 2 },
    { includeAffiliates: false, includeAffiliations: true, minWeight: 1 },
    { includeAffiliates: false, includeAffiliations: true, minWeight: 2 },
  ])('%o', async (scope) => {
    const inMemory = await graphqlNetwork('CO_MEMBERSHIP', scope);
    const file = await exported(scope);
    const bipartite = await graphqlNetwork('BIPARTITE', { ...scope, minWeight: 1 });

    // Rolled up, members merge into their parents in memory, so that export is built, not streamed.
    expect(file.streamed).toBe(!scope.includeAffiliates);
    const expected = expectedEdges(bipartite, scope.minWeight);
    expect(expected.some((edge) => edge.type === 'CO_MEMBERSHIP' && edge.weight >= scope.minWeight)).toBe(true);
    if (scope.minWeight === 2) expect(expected.every((e) => e.type !== 'CO_MEMBERSHIP' || e.weight >= 2)).toBe(true);
    expect(sortedKeys(inMemory.edges)).toEqual(sortedKeys(expected));
    expect(file.edges).toEqual(inMemory.edges); // same edges, same order

    const organizations = inMemory.nodes.filter((node) => node.type === 'ORGANIZATION');
    const degrees = organizations.map(({ id, degree, weightedDegree }) => ({ id, degree, weightedDegree }));
    expect(degrees).toEqual(
      expectedDegrees(
        organizations.map((node) => node.id),
        expected,
      ),
    );
    expect(file.nodes).toEqual(degrees);
  });

  it('minWeight 2 keeps fewer pairs than minWeight 1, and rolling up changes the pairs', async () => {
    const plain = { includeAffiliates: false, includeAffiliations: false };
    const one = await graphqlNetwork('CO_MEMBERSHIP', { ...plain, minWeight: 1 });
    const two = await graphqlNetwork('CO_MEMBERSHIP', { ...plain, minWeight: 2 });
    const rolled = await graphqlNetwork('CO_MEMBERSHIP', { ...plain, includeAffiliates: true, minWeight: 1 });
    expect(two.edges.length).toBeGreaterThan(0);
    expect(two.edges.length).toBeLessThan(one.edges.length);
    expect(sortedKeys(rolled.edges)).not.toEqual(sortedKeys(one.edges));
  });
});
