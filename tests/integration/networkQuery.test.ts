import type { Database } from '../../src/db/database';
import { measurePoolOf } from '../../src/network/measurePool';
import { computeMeasures } from '../../src/network/measures';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../../src/network/networkLimits';
import type { Network } from '../../src/network/networkTypes';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

// The expectations are computed here with direct Cypher and plain JavaScript, independently of buildNetwork.

const NETWORK = `query Network($projection: NetworkProjection, $consortia: [ID!], $kinds: [OrganizationKind!],
  $minWeight: Int, $includeAffiliations: Boolean, $asOf: Date, $labelLanguage: NetworkLabelLanguage) {
  network(projection: $projection, consortia: $consortia, kinds: $kinds, minWeight: $minWeight,
    includeAffiliations: $includeAffiliations, asOf: $asOf, labelLanguage: $labelLanguage) {
    projection
    nodes { id entityId label type kind country consortiumCount degree weightedDegree betweenness community }
    edges { id source target type weight role category }
  }
}`;

interface MembershipRow {
  orgId: string;
  consortiumId: string;
  kind: string;
}

let db: Database;
let server: TestServer;
let memberships: MembershipRow[];

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  memberships = await db.read<MembershipRow>(
    'MATCH (o:Organization)-[:MEMBER_OF]->(c:Consortium) RETURN o.id AS orgId, c.id AS consortiumId, o.kind AS kind',
  );
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

async function network(variables: Record<string, unknown> = {}): Promise<Network> {
  const response = await server.gql<{ network: Network }>(NETWORK, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.network;
}

/** Pairs of organisations sharing consortia, with how many, from a list of memberships: `a|b` → count. */
function coMembershipPairs(rows: readonly MembershipRow[]): Map<string, number> {
  const membersOf = new Map<string, string[]>();
  for (const row of rows) membersOf.set(row.consortiumId, [...(membersOf.get(row.consortiumId) ?? []), row.orgId]);
  const pairs = new Map<string, number>();
  for (const members of membersOf.values()) {
    for (const a of members) {
      for (const b of members) {
        if (a < b) pairs.set(`org:${a}|org:${b}`, (pairs.get(`org:${a}|org:${b}`) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

const edgeWeights = (result: Network) =>
  new Map(result.edges.map((edge) => [`${edge.source}|${edge.target}`, edge.weight]));
const count = async (cypher: string) => (await db.read<{ n: number }>(cypher))[0]!.n;

describe('network(projection: BIPARTITE)', () => {
  it('has every member organisation and every consortium as nodes, and one edge per membership', async () => {
    const result = await network();

    const organizations = await count(
      'MATCH (o:Organization) WHERE EXISTS { (o)-[:MEMBER_OF]->() } RETURN count(o) AS n',
    );
    const consortia = await count('MATCH (c:Consortium) WHERE EXISTS { ()-[:MEMBER_OF]->(c) } RETURN count(c) AS n');
    const membershipCount = await count('MATCH ()-[m:MEMBER_OF]->() RETURN count(m) AS n');
    expect(result.projection).toBe('BIPARTITE');
    expect(result.nodes.filter((node) => node.type === 'ORGANIZATION')).toHaveLength(organizations);
    expect(result.nodes.filter((node) => node.type === 'CONSORTIUM')).toHaveLength(consortia);
    expect(result.edges).toHaveLength(membershipCount);
    expect(new Set(result.edges.map((edge) => edge.type))).toEqual(new Set(['MEMBERSHIP']));
  });

  it('gives KAIST its consortia as degree and consortiumCount, and consortia their member counts', async () => {
    const result = await network();
    const kaistConsortia = memberships.filter((row) => row.orgId === 'kaist').length;

    const kaist = result.nodes.find((node) => node.id === 'org:kaist')!;
    expect(kaistConsortia).toBeGreaterThan(1);
    expect(kaist).toMatchObject({
      label: 'KAIST',
      kind: 'UNIVERSITY',
      degree: kaistConsortia,
      consortiumCount: kaistConsortia,
    });
    // The KAIST team is a consortium with the same id: node ids keep the two apart.
    const upstage = result.nodes.find((node) => node.id === 'consortium:upstage')!;
    expect(upstage.consortiumCount).toBe(memberships.filter((row) => row.consortiumId === 'upstage').length);
    expect(
      result.edges.find((edge) => edge.source === 'org:kaist' && edge.target === 'consortium:upstage'),
    ).toMatchObject({
      type: 'MEMBERSHIP',
      weight: 1,
      role: 'MEMBER',
    });
  });

  it('with includeAffiliations, adds one AFFILIATION edge per PART_OF link, with both ends as nodes', async () => {
    const partOf = await db.read<{ part: string; whole: string }>(
      'MATCH (p:Organization)-[:PART_OF]->(w:Organization) RETURN p.id AS part, w.id AS whole',
    );
    const result = await network({ includeAffiliations: true });

    const affiliations = result.edges.filter((edge) => edge.type === 'AFFILIATION');
    expect(affiliations).toHaveLength(partOf.length);
    const nodeIds = new Set(result.nodes.map((node) => node.id));
    for (const { part, whole } of partOf) {
      expect(affiliations.some((edge) => edge.source === `org:${part}` && edge.target === `org:${whole}`)).toBe(true);
      expect(nodeIds.has(`org:${part}`) && nodeIds.has(`org:${whole}`)).toBe(true);
    }
  });

  it('with consortia, keeps only those consortia and their members', async () => {
    const chosen = ['upstage', 'naver-cloud'];
    const result = await network({ consortia: chosen });

    const expectedMembers = new Set(
      memberships.filter((row) => chosen.includes(row.consortiumId)).map((row) => row.orgId),
    );
    expect(
      result.nodes
        .filter((node) => node.type === 'CONSORTIUM')
        .map((node) => node.entityId)
        .sort(),
    ).toEqual([...chosen].sort());
    expect(new Set(result.nodes.filter((node) => node.type === 'ORGANIZATION').map((node) => node.entityId))).toEqual(
      expectedMembers,
    );
    expect(result.edges).toHaveLength(memberships.filter((row) => chosen.includes(row.consortiumId)).length);
  });

  it('with kinds, keeps only organisations of those kinds', async () => {
    const result = await network({ kinds: ['UNIVERSITY'] });

    const universities = memberships.filter((row) => row.kind === 'UNIVERSITY');
    const organizations = result.nodes.filter((node) => node.type === 'ORGANIZATION');
    expect(organizations.every((node) => node.kind === 'UNIVERSITY')).toBe(true);
    expect(organizations).toHaveLength(new Set(universities.map((row) => row.orgId)).size);
    expect(result.edges).toHaveLength(universities.length);
  });

  it('with asOf before the program, is empty', async () => {
    const result = await network({ asOf: '2020-01-01' });
    expect(result).toEqual({ projection: 'BIPARTITE', nodes: [], edges: [] });
  });

  it('labels in Korean or Japanese when asked, falling back to English', async () => {
    const korean = await network({ labelLanguage: 'KO' });
    const japanese = await network({ labelLanguage: 'JA' });

    expect(korean.nodes.find((node) => node.id === 'org:kaist')!.label).toBe('한국과학기술원');
    expect(japanese.nodes.find((node) => node.id === 'org:kaist')!.label).toBe('韓国科学技術院');
    expect(korean.nodes.find((node) => node.id === 'org:kakao')!.label).toBe('Kakao');
  });
});

describe('network(projection: CO_MEMBERSHIP)', () => {
  it('links every pair of organisations sharing a consortium, weighted by how many they share', async () => {
    const result = await network({ projection: 'CO_MEMBERSHIP' });

    expect(result.nodes.every((node) => node.type === 'ORGANIZATION')).toBe(true);
    expect(result.nodes).toHaveLength(new Set(memberships.map((row) => row.orgId)).size);
    expect(result.edges.every((edge) => edge.type === 'CO_MEMBERSHIP')).toBe(true);
    expect(edgeWeights(result)).toEqual(coMembershipPairs(memberships));
  });

  it('gives KAIST as degree the number of organisations it shares a consortium with', async () => {
    const result = await network({ projection: 'CO_MEMBERSHIP' });

    const kaistConsortia = new Set(memberships.filter((row) => row.orgId === 'kaist').map((row) => row.consortiumId));
    const partners = new Set(
      memberships
        .filter((row) => kaistConsortia.has(row.consortiumId) && row.orgId !== 'kaist')
        .map((row) => row.orgId),
    );
    const pairs = coMembershipPairs(memberships);
    const sharedWithKaist = [...pairs].filter(([key]) => key.split('|').includes('org:kaist'));
    expect(result.nodes.find((node) => node.id === 'org:kaist')).toMatchObject({
      degree: partners.size,
      weightedDegree: sharedWithKaist.reduce((sum, [, weight]) => sum + weight, 0),
      consortiumCount: kaistConsortia.size,
    });
  });

  it('with minWeight, drops the edges of pairs sharing fewer consortia and keeps the nodes', async () => {
    const all = await network({ projection: 'CO_MEMBERSHIP' });
    const strong = await network({ projection: 'CO_MEMBERSHIP', minWeight: 2 });

    const expected = new Map([...coMembershipPairs(memberships)].filter(([, weight]) => weight >= 2));
    expect(expected.size).toBeGreaterThan(0);
    expect(edgeWeights(strong)).toEqual(expected);
    expect(strong.nodes).toHaveLength(all.nodes.length);
  });

  it('with consortia and kinds, counts only the memberships in scope', async () => {
    const chosen = ['upstage', 'nc-ai', 'sk-telecom'];
    const result = await network({ projection: 'CO_MEMBERSHIP', consortia: chosen, kinds: ['UNIVERSITY', 'COMPANY'] });

    const inScope = memberships.filter(
      (row) => chosen.includes(row.consortiumId) && ['UNIVERSITY', 'COMPANY'].includes(row.kind),
    );
    expect(edgeWeights(result)).toEqual(coMembershipPairs(inScope));
    expect(result.nodes).toHaveLength(new Set(inScope.map((row) => row.orgId)).size);
  });

  it('with includeAffiliations, adds AFFILIATION edges only for pairs not already linked', async () => {
    const result = await network({ projection: 'CO_MEMBERSHIP', includeAffiliations: true });
    const sharing = await count(
      `MATCH (p:Organization)-[:PART_OF]->(w:Organization)
       WHERE EXISTS { (p)-[:MEMBER_OF]->()<-[:MEMBER_OF]-(w) }
       RETURN count(*) AS n`,
    );
    const partOf = await count('MATCH ()-[r:PART_OF]->() RETURN count(r) AS n');

    expect(sharing).toBeGreaterThan(0);
    expect(result.edges.filter((edge) => edge.type === 'AFFILIATION')).toHaveLength(partOf - sharing);
    const pairs = result.edges.map((edge) => [edge.source, edge.target].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('network arguments', () => {
  it('refuses a minWeight below 1 with BAD_USER_INPUT', async () => {
    const response = await server.gql(NETWORK, { projection: 'CO_MEMBERSHIP', minWeight: 0 });
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'minWeight must be a whole number of at least 1, got 0',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

const MEASURED = `query Measured($projection: NetworkProjection) {
  network(projection: $projection) {
    nodes { id entityId label type kind country consortiumCount degree weightedDegree betweenness community }
    edges { id source target type weight role category }
  }
}`;
const COMMUNITIES = `{ network { nodes { id community } } }`;

/** The size of the seed's BIPARTITE network, counted with Cypher: members, consortia with members, memberships. */
async function bipartiteSize(): Promise<{ nodes: number; edges: number }> {
  const organizations = await count(
    'MATCH (o:Organization) WHERE EXISTS { (o)-[:MEMBER_OF]->() } RETURN count(o) AS n',
  );
  const consortia = await count('MATCH (c:Consortium) WHERE EXISTS { ()-[:MEMBER_OF]->(c) } RETURN count(c) AS n');
  return { nodes: organizations + consortia, edges: await count('MATCH ()-[m:MEMBER_OF]->() RETURN count(m) AS n') };
}

/** A server on the tests' Neo4j with some network limits changed; stopped after the block's tests. */
function serverWith(limits: Partial<NetworkLimits>): { server: () => TestServer; limits: NetworkLimits } {
  const networkLimits: NetworkLimits = { ...DEFAULT_NETWORK_LIMITS, ...limits };
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(db, { networkLimits });
  });
  afterAll(async () => {
    await started?.stop();
    await measurePoolOf(networkLimits).close();
  });
  return { server: () => started!, limits: networkLimits };
}

describe('network measures in a worker', () => {
  const { server, limits } = serverWith({ inlineMeasureWork: 0 });

  it.each(['BIPARTITE', 'CO_MEMBERSHIP'])(
    'computes %s betweenness and communities as in this thread',
    async (projection) => {
      const before = measurePoolOf(limits).load.started;
      const response = await server().gql<{ network: Network }>(MEASURED, { projection });

      expect(response.body.errors).toBeUndefined();
      const { nodes, edges } = response.body.data!.network;
      expect(measurePoolOf(limits).load.started).toBe(before + 1);
      // The same nodes and edges measured here, without a worker: the answer is the same, float for float.
      const unmeasured = nodes.map(({ id, entityId, label, type, kind, country, consortiumCount }) => ({
        id,
        entityId,
        label,
        type,
        kind,
        country,
        consortiumCount,
      }));
      expect(nodes).toEqual(computeMeasures(unmeasured, edges));
      expect(nodes.find((node) => node.id === 'org:kaist')!.betweenness).toBeGreaterThan(0);
    },
  );
});

describe('MAX_MEASURE_WORK', () => {
  let size: { nodes: number; edges: number };
  beforeAll(async () => {
    size = await bipartiteSize();
  });
  const { server, limits } = serverWith({ maxMeasureWork: 1000, inlineMeasureWork: 0 });

  it('refuses betweenness over the budget with QUERY_TOO_COMPLEX, before any worker starts', async () => {
    const before = measurePoolOf(limits).load.started;
    const response = await server().gql(MEASURED);

    const work = size.nodes * (size.nodes + size.edges);
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'MAX_MEASURE_WORK', max: 1000, found: work },
    });
    expect(response.body.errors![0]!.message).toBe(
      `Betweenness of this network (${size.nodes} nodes, ${size.edges} edges) costs V·(V+E) = ${work} steps, more ` +
        'than the budget of 1000 (MAX_MEASURE_WORK). To get an answer, narrow it: fewer consortia, kinds, asOf, or ' +
        'a higher minWeight with CO_MEMBERSHIP; or leave betweenness out of the selection (community, degree and ' +
        'weightedDegree do not count against it).',
    );
    expect(measurePoolOf(limits).load.started).toBe(before);
  });

  it('still answers communities, which the budget does not count', async () => {
    const response = await server().gql<{ network: { nodes: Array<{ community: number }> } }>(COMMUNITIES);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.network.nodes).toHaveLength(size.nodes);
  });
});

describe('NETWORK_MEASURE_TIMEOUT_MS', () => {
  const { server } = serverWith({ measureTimeoutMs: 1, inlineMeasureWork: 0 });

  it('stops a worker past the deadline and answers MEASURE_TIMEOUT', async () => {
    const response = await server().gql(MEASURED);

    expect(response.status).toBe(200);
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('did not finish within 1 ms (NETWORK_MEASURE_TIMEOUT_MS)'),
      extensions: { code: 'MEASURE_TIMEOUT', timeoutMs: 1 },
    });
  });
});

describe('NETWORK_MEASURE_WORKERS and NETWORK_MEASURE_QUEUE', () => {
  const { server, limits } = serverWith({ measureWorkers: 1, measureQueue: 0, inlineMeasureWork: 0 });

  /** Holds the server's only worker with a path of 4,000 nodes (seconds of betweenness) until `close()`. */
  function holdTheWorker(): Promise<unknown> {
    const ids = Array.from({ length: 4000 }, (_, i) => `n${i}`);
    return measurePoolOf(limits)
      .run({
        nodeIds: ids,
        edgeIds: ids.slice(1).map((id) => `e${id}`),
        sources: Int32Array.from(ids.slice(1), (_, i) => i),
        targets: Int32Array.from(ids.slice(1), (_, i) => i + 1),
        weights: new Float64Array(ids.length - 1).fill(1),
        betweenness: true,
        community: false,
      })
      .catch((error: unknown) => error);
  }

  it('answers MEASURE_BUSY with when to retry while the only worker is taken', async () => {
    const held = holdTheWorker();
    const response = await fetch(`${server().baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: MEASURED }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: unknown }> };
    await measurePoolOf(limits).close();
    await held;

    expect(response.status).toBe(200);
    expect(body.errors[0]).toMatchObject({
      message: expect.stringContaining('Every measure worker is busy'),
      extensions: { code: 'MEASURE_BUSY', retryAfterSeconds: limits.measureTimeoutMs / 1000 },
    });
  });

  it('answers a measured export 429 with Retry-After, before writing anything', async () => {
    const held = holdTheWorker();
    const response = await fetch(`${server().baseUrl}/export/network.graphml?measures=all`);
    const body = (await response.json()) as { error: { code: string; message: string } };
    await measurePoolOf(limits).close();
    await held;

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe(String(limits.measureTimeoutMs / 1000));
    expect(body.error.code).toBe('MEASURE_BUSY');
  });
});

describe('MAX_NETWORK_NODES and MAX_NETWORK_EDGES', () => {
  let size: { nodes: number; edges: number };
  beforeAll(async () => {
    size = await bipartiteSize();
  });
  const PLAIN = '{ network { nodes { id } edges { id } } }';

  describe('one node fewer than the network', () => {
    const { server } = serverWith({ maxNetworkNodes: 89 });

    it('refuses the answer before reading it, pointing to the streamed export', async () => {
      expect(size.nodes).toBe(90);
      const response = await server().gql(PLAIN);

      expect(response.body.data).toBeNull();
      expect(response.body.errors![0]!.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        limit: { name: 'MAX_NETWORK_NODES', max: 89, found: 90 },
      });
      expect(response.body.errors![0]!.message).toMatch(
        /^The network is too large for the GraphQL network field: 90 nodes, more than the 89 of MAX_NETWORK_NODES\. Download it from the streamed export .*\/export\/network\.graphml\?measures=none/,
      );
    });

    it('answers a network narrowed by consortia', async () => {
      const response = await server().gql<{ network: Network }>(NETWORK, { consortia: ['upstage'] });
      expect(response.body.errors).toBeUndefined();
    });
  });

  describe('one edge fewer than the network', () => {
    const { server } = serverWith({ maxNetworkEdges: 82 });

    it('refuses the answer, naming the edges found', async () => {
      expect(size.edges).toBe(83);
      const response = await server().gql(PLAIN);

      expect(response.body.errors![0]!.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        limit: { name: 'MAX_NETWORK_EDGES', max: 82, found: 83 },
      });
    });
  });

  describe('fewer than a tenth of the pairs CO_MEMBERSHIP would count', () => {
    const { server } = serverWith({ maxNetworkEdges: 43 });

    it('refuses before counting them, whatever minWeight would keep', async () => {
      // Each consortium of k members gives k(k-1)/2 pairs: the sum of the pair weights.
      const pairs = [...coMembershipPairs(memberships).values()].reduce((sum, weight) => sum + weight, 0);
      const response = await server().gql(
        '{ network(projection: CO_MEMBERSHIP, minWeight: 2) { nodes { id } edges { id } } }',
      );

      expect(pairs).toBeGreaterThan(430);
      expect(response.body.errors![0]!.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        limit: { name: 'MAX_NETWORK_EDGES', max: 430, found: pairs },
      });
      expect(response.body.errors![0]!.message).toContain(
        `its members make ${pairs} pairs across its consortia, more than the 430 (10 × MAX_NETWORK_EDGES)`,
      );
    });
  });
});
