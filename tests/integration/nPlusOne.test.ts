import type { Database } from '../../src/db/database';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

const NESTED = `{ consortia { id members { organization { id consortia { id lead { id } } } sources { id } } } }`;
const PREFIX = 'nplus1-';

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
  await server.stop();
  await db.close();
});

/** Counts the Cypher statements the server sends while answering one request. */
async function statementsFor(query: string): Promise<{ statements: number; consortia: number }> {
  let statements = 0;
  const stop = db.observe(() => statements++);
  try {
    const response = await server.gql<{ consortia: unknown[] }>(query);
    expect(response.body.errors).toBeUndefined();
    return { statements, consortia: response.body.data!.consortia.length };
  } finally {
    stop();
  }
}

describe('no N+1', () => {
  it('sends as many statements for a graph ten times larger as for the seed graph', async () => {
    const onSeed = await statementsFor(NESTED);

    // Grow the graph to ten times the seed's consortia, each with members in several consortia.
    const consortia = onSeed.consortia * 9;
    await db.write(
      `UNWIND range(1, $consortia) AS i
       CREATE (c:Consortium {id: $prefix + 'c-' + i, name: 'Synthetic ' + i, memberCount: 0})
       WITH c, i
       UNWIND range(1, 6) AS j
       MERGE (o:Organization {id: $prefix + 'o-' + ((i * 7 + j * 13) % 300)})
         ON CREATE SET o.name = 'Synthetic org ' + o.id, o.kind = 'COMPANY', o.aliases = [], o.consortiumCount = 0
       MERGE (o)-[:MEMBER_OF {role: CASE j WHEN 1 THEN 'LEAD' ELSE 'MEMBER' END, sources: []}]->(c)`,
      { consortia, prefix: PREFIX },
    );

    const onLarger = await statementsFor(NESTED);
    expect(onLarger.consortia).toBe(onSeed.consortia * 10);
    expect(onLarger.statements).toBe(onSeed.statements);
  });
});
