import type { Database } from '../database';

/**
 * Statements that read every record a question can need, into Neo4j's page cache (Neo4j Community has no page-cache
 * warm-up of its own): the nodes and relationships with their properties, then the indexes questions seek and sort
 * by. Each only counts, so its answer is one number.
 */
export const PAGE_CACHE_STATEMENTS: readonly string[] = [
  'MATCH (n) RETURN count(properties(n)) AS touched',
  'MATCH ()-[r]->() RETURN count(properties(r)) AS touched',
  `MATCH (o:Organization) USING INDEX o:Organization(consortiumCount) WHERE o.consortiumCount IS NOT NULL
   RETURN count(o.consortiumCount) AS touched`,
  'MATCH (o:Organization) USING INDEX o:Organization(name) WHERE o.name IS NOT NULL RETURN count(o.name) AS touched',
  'MATCH (c:Consortium) USING INDEX c:Consortium(name) WHERE c.name IS NOT NULL RETURN count(c.name) AS touched',
];

/** Runs one page-cache statement as its own read, under `timeoutMs`. */
export async function touchStore(db: Database, statement: string, timeoutMs: number): Promise<void> {
  await db.withQueryTimeout(timeoutMs).read(statement);
}
