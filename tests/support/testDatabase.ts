import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';

/** A driver on the tests' Neo4j (started by the global setup, seed graph loaded). */
export function openTestDatabase(overrides: Partial<ReturnType<typeof loadConfig>> = {}): Database {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: run the tests through jest (npm test)');
  return connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 30_000, ...overrides }, uri);
}

/** Counts all nodes and relationships, to prove an operation changed nothing. */
export async function graphSize(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}
