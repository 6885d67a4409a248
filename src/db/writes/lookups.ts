import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../database';
import { WriteRejected } from './writeResult';

/** Labels a mutation refers to by id; labels are not parameters, so each has its own statement. */
export type NodeLabel = 'Organization' | 'Consortium' | 'Source' | 'Program';

const EXISTING_IDS: Record<NodeLabel, string> = {
  Organization: 'UNWIND $ids AS id MATCH (n:Organization {id: id}) RETURN n.id AS id',
  Consortium: 'UNWIND $ids AS id MATCH (n:Consortium {id: id}) RETURN n.id AS id',
  Source: 'UNWIND $ids AS id MATCH (n:Source {id: id}) RETURN n.id AS id',
  Program: 'UNWIND $ids AS id MATCH (n:Program {id: id}) RETURN n.id AS id',
};

/** The ids among `ids` that exist with that label, inside the caller's transaction. */
export async function existingIds(
  db: Database,
  tx: ManagedTransaction,
  label: NodeLabel,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await db.run<{ id: string }>(tx, EXISTING_IDS[label], { ids: [...new Set(ids)] });
  return new Set(rows.map((row) => row.id));
}

/** Rejects the write with NOT_FOUND naming the first id (of `field`) that does not exist. */
export async function requireExisting(
  db: Database,
  tx: ManagedTransaction,
  label: NodeLabel,
  field: string,
  ids: readonly string[],
): Promise<void> {
  const found = await existingIds(db, tx, label, ids);
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) {
    throw new WriteRejected({ code: 'NOT_FOUND', message: `no ${label} with id "${missing}"`, field });
  }
}

/**
 * Takes the write lock of these organisations for the rest of the transaction, so concurrent
 * writers checking "does this exist yet?" on them run one after the other. Ids are sorted so two
 * transactions lock in the same order (no deadlock between them).
 */
export async function lockOrganizations(db: Database, tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  await db.run(
    tx,
    `UNWIND $ids AS id
     MATCH (o:Organization {id: id})
     WITH o ORDER BY o.id
     SET o.writeLock = true REMOVE o.writeLock`,
    { ids: [...new Set(ids)].sort() },
  );
}
