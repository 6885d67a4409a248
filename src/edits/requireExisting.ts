import type { Database, Tx } from '../db/database';
import { existingIds, type NodeLabel } from '../db/writes/lookups';
import { WriteRejected } from './writeResult';

/** Rejects the write with NOT_FOUND naming the first id (of `field`) that does not exist, inside `tx`. */
export async function requireExisting(
  db: Database,
  tx: Tx,
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
