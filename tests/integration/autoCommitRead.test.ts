import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { startNeo4jProxy, type Neo4jProxy } from '../support/neo4jProxy';
import { openTestDatabase } from '../support/testDatabase';

/**
 * `Database.read` sends one statement as an auto-commit transaction (no BEGIN and COMMIT round trips), and a
 * transient failure of that attempt still ends in an answer: the statement runs again as a managed read
 * transaction, which the driver retries.
 */

let db: Database;
let proxy: Neo4jProxy;
let viaProxy: Database;

beforeAll(async () => {
  db = openTestDatabase();
  proxy = await startNeo4jProxy();
  viaProxy = connectDatabase(
    { ...loadConfig({}), NEO4J_CONNECT_TIMEOUT_MS: 2000, NEO4J_QUERY_TIMEOUT_MS: 10_000 },
    proxy.uri,
  );
});

afterAll(async () => {
  proxy.stop();
  await viaProxy.close();
  await db.close();
});

// Neo4j runs CALL { … } IN TRANSACTIONS only in an auto-commit transaction: inside BEGIN … COMMIT it refuses it.
const ONLY_AUTO_COMMIT = 'UNWIND [1, 2, 3] AS x CALL (x) { RETURN x * 2 AS y } IN TRANSACTIONS RETURN sum(y) AS total';

it('sends a single read as an auto-commit transaction, not inside BEGIN and COMMIT', async () => {
  await expect(db.read<{ total: number }>(ONLY_AUTO_COMMIT)).resolves.toEqual([{ total: 12 }]);
  // The same statement in a transaction of its own is refused: what the first read proved is the way it was sent.
  await expect(db.readTogether((reader) => reader.read(ONLY_AUTO_COMMIT))).rejects.toThrow();
});

it('answers when the connection breaks during the auto-commit attempt (run again as a read transaction)', async () => {
  const observed: boolean[] = [];
  const stop = viaProxy.observe(({ cypher, ok }) => cypher.includes('auto-commit-retry') && observed.push(ok));
  try {
    proxy.failOn('auto-commit-retry', 'drop');
    const rows = await viaProxy.read<{ marker: string }>("RETURN 'auto-commit-retry' AS marker");
    expect(rows).toEqual([{ marker: 'auto-commit-retry' }]);
    // The first attempt failed with the connection; a later one answered.
    expect(observed[0]).toBe(false);
    expect(observed.at(-1)).toBe(true);
  } finally {
    stop();
  }
});
