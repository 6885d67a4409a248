import type { Database } from '../../src/db/database';
import { PAGE_CACHE_STATEMENTS } from '../../src/db/reads/warmUpReads';
import { WARM_UP_OPERATIONS } from '../../src/server/warmUp';
import { openTestDatabase } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The warm-up after start-up (src/server/warmUp.ts) on the seed graph: it reads the store through every
 * page-cache statement and asks every warm-up question through the server's own execution, in the background,
 * within its budget.
 */
let db: Database;

beforeAll(() => {
  db = openTestDatabase();
});

afterAll(async () => {
  await db.close();
});

/** Starts a server with a warm-up of `budgetMs`, recording the statements Neo4j is sent until it ends. */
async function warmedServer(budgetMs: number): Promise<{ server: TestServer; statements: string[] }> {
  const statements: string[] = [];
  const stopObserving = db.observe(({ cypher, ok }) => {
    if (ok) statements.push(cypher);
  });
  const server = await startTestServer(db, { warmUpBudgetMs: budgetMs });
  try {
    await server.warmedUp;
  } finally {
    stopObserving();
  }
  return { server, statements };
}

describe('the warm-up after start-up', () => {
  it('reads the store and asks every warm-up question, once each', async () => {
    const { server, statements } = await warmedServer(120_000);
    try {
      const summary = await server.warmedUp!;
      expect(summary).toMatchObject({
        statements: PAGE_CACHE_STATEMENTS.length,
        operations: WARM_UP_OPERATIONS.length,
        stoppedBy: null,
      });
      for (const statement of PAGE_CACHE_STATEMENTS) expect(statements.filter((s) => s === statement)).toHaveLength(1);
      // The questions reached Neo4j through the resolvers: more statements than the page-cache ones.
      expect(statements.length).toBeGreaterThan(PAGE_CACHE_STATEMENTS.length + WARM_UP_OPERATIONS.length - 1);
      // And the server answers as usual once it is done.
      const answer = await server.gql<{ organization: { id: string } }>('{ organization(id: "kaist") { id } }');
      expect(answer.body.data?.organization.id).toBe('kaist');
    } finally {
      await server.stop();
    }
  });

  it('stops when its budget is spent, and the server serves regardless', async () => {
    const { server } = await warmedServer(1);
    try {
      const summary = await server.warmedUp!;
      expect(summary.stoppedBy).toBe('budget');
      expect(summary.statements + summary.operations).toBeLessThan(
        PAGE_CACHE_STATEMENTS.length + WARM_UP_OPERATIONS.length,
      );
      const answer = await server.gql<{ organization: { id: string } }>('{ organization(id: "kaist") { id } }');
      expect(answer.body.data?.organization.id).toBe('kaist');
    } finally {
      await server.stop();
    }
  });

  it('is off without a budget', async () => {
    const server = await startTestServer(db);
    try {
      expect(server.warmedUp).toBeNull();
    } finally {
      await server.stop();
    }
  });
});
