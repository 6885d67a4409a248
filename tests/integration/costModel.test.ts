import type { Database } from '../../src/db/database';
import { readGraphStats } from '../../src/db/reads/graphStats';
import { ErrorCode } from '../../src/errors';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/limits/queryLimits';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The cost model over real HTTP on the seed graph: the estimate the server gives a query equals the one
 * computed here from the graph's maxima, read with this file's own Cypher (relationship degrees, not the stored
 * counts the server reads), and the boundary between refused and answered moves with MAX_COST.
 */

const QUERY = '{ consortia { id members { role organization { id aliases memberships { since } } } } }';

interface Maxima {
  consortia: number;
  members: number;
  aliases: number;
  consortiaPerOrganization: number;
}

async function seedMaxima(db: Database): Promise<Maxima> {
  const [row] = await db.read<Maxima>(
    `CALL () { MATCH (c:Consortium) RETURN count(c) AS consortia, max(COUNT { (c)<-[:MEMBER_OF]-() }) AS members }
     CALL () {
       MATCH (o:Organization)
       RETURN max(size(coalesce(o.aliases, []))) AS aliases, max(COUNT { (o)-[:MEMBER_OF]->() }) AS consortiaPerOrganization
     }
     RETURN consortia, members, aliases, consortiaPerOrganization`,
  );
  return row!;
}

/**
 * QUERY's cost by the model's rules: 1 per field, a scalar list its length, a list of objects 1 + length × its
 * selection. consortia → members → organization (one) → aliases, memberships → since.
 */
function expectedCost({ consortia, members, aliases, consortiaPerOrganization }: Maxima): number {
  const organization = 1 + (1 + aliases + (1 + consortiaPerOrganization * 1));
  const member = 1 + organization;
  const consortium = 1 + (1 + members * member);
  return 1 + consortia * consortium;
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
    expect({
      consortia: stats.consortia,
      members: stats.maxMembersPerConsortium,
      aliases: stats.maxAliases,
      consortiaPerOrganization: stats.maxConsortiaPerOrganization,
    }).toEqual(maxima);
    // The seed's largest consortium has more than the old flat assumption of 10 members.
    expect(maxima.members).toBeGreaterThan(10);
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

  it('multiplies a list under a page by its own length (no ×1 under a paginated parent)', async () => {
    const { consortiaPerOrganization } = await seedMaxima(db);
    // first: 7 co-members × (1 + their shared consortia × 1 id); the old model counted that list as 1.
    const query = '{ coMembers(organizationId: "kaist", first: 7) { consortia { id } } }';
    const cost = 1 + 7 * (1 + consortiaPerOrganization);
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
    const larger = maxima.members + 25;
    await db.write(
      `CREATE (:Consortium {id: 'cost-model-test-large', name: 'Cost model test', memberCount: $larger})`,
      {
        larger,
      },
    );
    try {
      // memberCount is the stored count the server reads; the refresh comes within 200 ms.
      const expected = expectedCost({ ...maxima, consortia: maxima.consortia + 1, members: larger });
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
        larger: maxima.members + 25,
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
    const { consortiaPerOrganization } = await seedMaxima(db);
    const query = 'query ($n: Int = 5) { coMembers(organizationId: "kaist", first: $n) { consortia { id } } }';
    const server = await serverWithMaxCost(1 + 5 * (1 + consortiaPerOrganization));
    expect((await server.gql(query)).status).toBe(200);
    const sent = await server.gql(query, { n: 6 });
    expect(sent.status).toBe(400);
    expect(sent.body.data).toBeUndefined();
    expect(sent.body.errors![0]!.extensions).toMatchObject({
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: { name: 'cost', found: 1 + 6 * (1 + consortiaPerOrganization) },
    });
  });
});
