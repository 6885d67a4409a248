import type { Database } from '../../src/db/database';
import { seedConsortiumIds } from '../support/seedFacts';
import { useTestServer, type TestServer } from '../support/testServer';
import { graphStatsStatementsOf } from '../support/graphStatsStatements';

/**
 * `network` without roll-up or affiliations is counted and read in one statement (networkInOneRead in
 * src/db/reads/networkReads.ts), where it took three; with affiliations it keeps its own reads. The answer is
 * checked against memberships read here with plain Cypher and paired in JavaScript.
 */

let db: Database;
let server: TestServer;
useTestServer((started) => ({ db, server } = started));

const graphStatsStatements = graphStatsStatementsOf(() => db);

const NETWORK = `query N($projection: NetworkProjection, $consortia: [ID!], $includeAffiliations: Boolean) {
  network(projection: $projection, consortia: $consortia, includeAffiliations: $includeAffiliations) {
    nodes { id degree } edges { source target weight }
  }
}`;

interface Answer {
  nodes: Array<{ id: string; degree: number }>;
  edges: Array<{ source: string; target: string; weight: number }>;
}

async function ask(variables: Record<string, unknown>) {
  let statements = 0;
  const stop = db.observe(({ cypher }) => {
    if (!graphStatsStatements.has(cypher)) statements += 1;
  });
  try {
    const response = await server.gql<{ network: Answer }>(NETWORK, variables);
    expect(response.body.errors).toBeUndefined();
    return { network: response.body.data!.network, statements };
  } finally {
    stop();
  }
}

/** Every pair of members of these consortia, `org:a|org:b` (a < b) → how many of them both belong to. */
async function expectedPairs(consortia: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read<{ consortiumId: string; members: string[] }>(
    `MATCH (o:Organization)-[:MEMBER_OF]->(c:Consortium) WHERE c.id IN $consortia
     RETURN c.id AS consortiumId, collect(DISTINCT o.id) AS members`,
    { consortia },
  );
  const pairs = new Map<string, number>();
  for (const { members } of rows) {
    for (const a of members) {
      for (const b of members) {
        if (a < b) pairs.set(`org:${a}|org:${b}`, (pairs.get(`org:${a}|org:${b}`) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

const CONSORTIA = seedConsortiumIds.slice(0, 4);

describe('network in one statement', () => {
  it('reads a CO_MEMBERSHIP network in one statement, with the pairs counted here', async () => {
    const { network, statements } = await ask({ projection: 'CO_MEMBERSHIP', consortia: CONSORTIA });
    expect(statements).toBe(1);
    const pairs = await expectedPairs(CONSORTIA);
    expect(pairs.size).toBeGreaterThan(0);
    const answered = new Map(network.edges.map((edge) => [`${edge.source}|${edge.target}`, edge.weight]));
    expect(answered).toEqual(pairs);
    // Edges come by source then target id, as the three-statement read gave them.
    const byIds = (a: Answer['edges'][number], b: Answer['edges'][number]) =>
      a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
    expect(network.edges).toEqual([...network.edges].sort(byIds));
  });

  it('reads a BIPARTITE network in one statement, one edge per membership', async () => {
    const { network, statements } = await ask({ projection: 'BIPARTITE', consortia: CONSORTIA });
    expect(statements).toBe(1);
    const [row] = await db.read<{ n: number }>(
      'MATCH (:Organization)-[m:MEMBER_OF]->(c:Consortium) WHERE c.id IN $consortia RETURN count(m) AS n',
      { consortia: CONSORTIA },
    );
    expect(network.edges).toHaveLength(row!.n);
  });

  it('keeps its own reads with affiliations (count, memberships, pairs, PART_OF links)', async () => {
    const { statements } = await ask({ projection: 'CO_MEMBERSHIP', consortia: CONSORTIA, includeAffiliations: true });
    expect(statements).toBe(4);
  });
});
