import type { Database } from '../../src/db/database';
import { readGraphStats } from '../../src/db/reads/graphStats';
import { ErrorCode } from '../../src/errors';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/limits/queryLimits';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The cost model over real HTTP on the seed graph: the estimate the server gives a query equals the one
 * computed here from the graph's degrees, read with this file's own Cypher (relationship degrees, not the stored
 * counts the server reads; prefix sums added up here), and the boundary between refused and answered moves with
 * MAX_COST.
 */

const QUERY = '{ consortia { id members { role organization { id aliases memberships { since } } } } }';

interface Maxima {
  consortia: number;
  /** Members of each consortium, most first. */
  memberDegrees: number[];
  aliases: number;
  /** Consortia of each organisation, most first. */
  consortiumDegrees: number[];
}

async function seedMaxima(db: Database): Promise<Maxima> {
  const [row] = await db.read<Maxima>(
    `CALL () {
       MATCH (c:Consortium) WITH c, COUNT { (c)<-[:MEMBER_OF]-() } AS members ORDER BY members DESC
       RETURN count(c) AS consortia, collect(members) AS memberDegrees
     }
     CALL () {
       MATCH (o:Organization) WITH o, COUNT { (o)-[:MEMBER_OF]->() } AS degree ORDER BY degree DESC
       RETURN max(size(coalesce(o.aliases, []))) AS aliases, collect(degree) AS consortiumDegrees
     }
     RETURN consortia, memberDegrees, aliases, consortiumDegrees`,
  );
  const sorted = (values: number[]) => [...values].sort((a, b) => b - a);
  return { ...row!, memberDegrees: sorted(row!.memberDegrees), consortiumDegrees: sorted(row!.consortiumDegrees) };
}

/** The sum of the k largest of `degrees` (sorted, most first). */
const largest = (degrees: number[], k: number): number => degrees.slice(0, k).reduce((a, b) => a + b, 0);

/**
 * QUERY's cost by the model's rules, each field counted once per object it is asked on across the answer:
 * every consortium (distinct) → all their members (the sum of every memberCount) → each member's organisation,
 * which repeats across consortia → its aliases and memberships (the largest of each, per organisation).
 */
function expectedCost({ consortia, memberDegrees, aliases, consortiumDegrees }: Maxima): number {
  const members = largest(memberDegrees, consortia);
  // role, organization, id, aliases, memberships, since.
  const perMember = 1 + 1 + 1 + aliases + 1 + consortiumDegrees[0]!;
  return 1 + consortia + consortia + members * perMember;
}

let db: Database;
const started: TestServer[] = [];

async function serverWithMaxCost(maxCost: number, graphStatsRefreshMs?: number): Promise<TestServer> {
  const server = await startTestServer(db, { limits: { ...DEFAULT_QUERY_LIMITS, maxCost }, graphStatsRefreshMs });
  started.push(server);
  return server;
}

beforeAll(() => {
  db = openTestDatabase();
});

afterAll(async () => {
  for (const server of started) await server.stop();
  await db.close();
});

describe('the cost model on the seed graph', () => {
  it('reads the maxima it multiplies by from the graph', async () => {
    const maxima = await seedMaxima(db);
    const stats = await readGraphStats(db);
    const prefix = (degrees: number[]) => degrees.map((_, i) => largest(degrees, i + 1));
    expect({
      consortia: stats.consortia,
      aliases: stats.maxAliases,
      members: stats.membersPerConsortiumPrefix.slice(1),
      consortiaOf: stats.consortiaPerOrganizationPrefix.slice(1),
    }).toEqual({
      consortia: maxima.consortia,
      aliases: maxima.aliases,
      members: prefix(maxima.memberDegrees),
      consortiaOf: prefix(maxima.consortiumDegrees),
    });
    expect(stats.membersPerConsortiumPrefix[0]).toBe(0);
    expect(stats.maxMembersPerConsortium).toBe(maxima.memberDegrees[0]);
    // The seed's largest consortium has more than the old flat assumption of 10 members.
    expect(maxima.memberDegrees[0]).toBeGreaterThan(10);
  });

  it('answers a query costing exactly MAX_COST and refuses it one below, naming the estimate and the maximum', async () => {
    const cost = expectedCost(await seedMaxima(db));
    const atLimit = await (await serverWithMaxCost(cost)).gql(QUERY);
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const below = await (await serverWithMaxCost(cost - 1)).gql(QUERY);
    expect(below.status).toBe(400);
    expect(below.body.data).toBeUndefined();
    const error = below.body.errors![0]!;
    expect(error.extensions).toMatchObject({
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: { name: 'cost', max: cost - 1, found: cost },
    });
    expect(error.message).toBe(
      `Query has an estimated cost of ${cost}; the maximum is ${cost - 1}. ` +
        'Ask for smaller pages (first) or fewer nested lists.',
    );
  });

  it('counts the lists of a page of distinct organisations as the largest consortiumCounts together', async () => {
    const { consortiumDegrees } = await seedMaxima(db);
    // first: 7 co-members, each 1 for its consortia, which together are at most the 7 largest consortiumCounts
    // (the old model counted 7 × the largest, and before it 1).
    const query = '{ coMembers(organizationId: "kaist", first: 7) { consortia { id } } }';
    const cost = 1 + 7 + largest(consortiumDegrees, 7);
    expect(cost).toBeLessThan(1 + 7 * (1 + consortiumDegrees[0]!));
    expect((await (await serverWithMaxCost(cost)).gql(query)).status).toBe(200);
    const refused = await (await serverWithMaxCost(cost - 1)).gql(query);
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]!.extensions!.limit).toEqual({ name: 'cost', max: cost - 1, found: cost });
  });

  it('reads the sizes again in the background, so a larger consortium raises the estimate', async () => {
    const maxima = await seedMaxima(db);
    const server = await serverWithMaxCost(1, 200);
    const estimate = async () =>
      (await server.gql(QUERY)).body.errors![0]!.extensions!.limit as { found: number } | undefined;
    expect((await estimate())!.found).toBe(expectedCost(maxima));
    const larger = maxima.memberDegrees[0]! + 25;
    await db.write(
      `CREATE (:Consortium {id: 'cost-model-test-large', name: 'Cost model test', memberCount: $larger})`,
      {
        larger,
      },
    );
    try {
      // memberCount is the stored count the server reads; the refresh comes within 200 ms.
      const memberDegrees = [larger, ...maxima.memberDegrees];
      const expected = expectedCost({ ...maxima, consortia: maxima.consortia + 1, memberDegrees });
      const deadline = Date.now() + 10_000;
      let found = (await estimate())!.found;
      while (found !== expected && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        found = (await estimate())!.found;
      }
      expect(found).toBe(expected);
    } finally {
      await db.write(`MATCH (c:Consortium {id: 'cost-model-test-large'}) DELETE c`);
    }
  });

  it('refuses an accepted query again once the graph has grown (Apollo keeps validated documents)', async () => {
    const maxima = await seedMaxima(db);
    const server = await serverWithMaxCost(expectedCost(maxima), 200);
    expect((await server.gql(QUERY)).status).toBe(200);
    await db.write(
      `CREATE (:Consortium {id: 'cost-model-test-grown', name: 'Cost model test', memberCount: $larger})`,
      {
        larger: maxima.memberDegrees[0]! + 25,
      },
    );
    try {
      const deadline = Date.now() + 10_000;
      let response = await server.gql(QUERY);
      while (response.status === 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        response = await server.gql(QUERY);
      }
      expect(response.status).toBe(400);
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: ErrorCode.QUERY_TOO_COMPLEX,
        limit: { name: 'cost', max: expectedCost(maxima) },
      });
    } finally {
      await db.write(`MATCH (c:Consortium {id: 'cost-model-test-grown'}) DELETE c`);
    }
  });

  it('counts a page size given by a variable as the value sent, not only its default', async () => {
    const { consortiumDegrees } = await seedMaxima(db);
    const query = 'query ($n: Int = 5) { coMembers(organizationId: "kaist", first: $n) { consortia { id } } }';
    const server = await serverWithMaxCost(1 + 5 + largest(consortiumDegrees, 5));
    expect((await server.gql(query)).status).toBe(200);
    const sent = await server.gql(query, { n: 6 });
    expect(sent.status).toBe(400);
    expect(sent.body.data).toBeUndefined();
    expect(sent.body.errors![0]!.extensions).toMatchObject({
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: { name: 'cost', found: 1 + 6 + largest(consortiumDegrees, 6) },
    });
  });

  it('counts the consortia of the main question as those the largest hubs hold together', async () => {
    const { consortiumDegrees } = await seedMaxima(db);
    const query =
      '{ organizationsInMultipleConsortia(minConsortia: 2, first: 3) { organization { id } consortia { id } } }';
    // 3 rows: organization (+ id) and consortia each; the 3 largest consortiumCounts of consortia, 1 id each.
    const cost = 1 + 3 * 2 + 3 + largest(consortiumDegrees, 3);
    expect((await (await serverWithMaxCost(cost)).gql(query)).status).toBe(200);
    const refused = await (await serverWithMaxCost(cost - 1)).gql(query);
    expect(refused.body.errors![0]!.extensions!.limit).toEqual({ name: 'cost', max: cost - 1, found: cost });
  });

  it('counts the overlaps of the consortia sent, their pairs sharing at most Σ (j−1)·m_j organisations', async () => {
    const { memberDegrees } = await seedMaxima(db);
    const ids = (await db.read<{ id: string }>('MATCH (c:Consortium) RETURN c.id AS id ORDER BY id LIMIT 3')).map(
      (row) => row.id,
    );
    const query = 'query ($ids: [ID!]) { consortiumOverlaps(consortia: $ids) { sharedCount shared { id } } }';
    // 3 pairs (rows, each with sharedCount and shared; no more rows than shared organisations), sharing at most
    // 0·m1 + 1·m2 + 2·m3 of the graph's largest memberCounts.
    const shared = memberDegrees[1]! + 2 * memberDegrees[2]!;
    const cost = 1 + 2 * Math.min(3, shared) + shared;
    const server = await serverWithMaxCost(cost);
    expect((await server.gql(query, { ids })).status).toBe(200);
    const four = [...ids, 'another-consortium'];
    const refused = await server.gql(query, { ids: four });
    const sharedByFour = shared + 3 * memberDegrees[3]!;
    expect(refused.body.errors![0]!.extensions!.limit).toEqual({
      name: 'cost',
      max: cost,
      found: 1 + 2 * Math.min(6, sharedByFour) + sharedByFour,
    });
  });
});
