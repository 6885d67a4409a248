import { readGraphStats } from '../../src/db/reads/graphStats';
import type { Database } from '../../src/db/database';

/**
 * The statements of the cost rule's background read of the graph's sizes (at start, then every minute), which are
 * no request's: on a busy machine one may fall inside a request's window, so tests that count a request's
 * statements leave these out. Filled once, before the file's tests, on the Database `database()` gives then.
 */
export function graphStatsStatementsOf(database: () => Database): Set<string> {
  const statements = new Set<string>();
  beforeAll(async () => {
    const db = database();
    const stop = db.observe(({ cypher }) => statements.add(cypher));
    await readGraphStats(db).finally(stop);
  });
  return statements;
}
