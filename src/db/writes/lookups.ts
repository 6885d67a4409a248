import type { Tx } from '../database';
import type { Database } from '../database';

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
  tx: Tx,
  label: NodeLabel,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await db.run<{ id: string }>(tx, EXISTING_IDS[label], { ids: [...new Set(ids)] });
  return new Set(rows.map((row) => row.id));
}

/**
 * Takes the write lock of these organisations for the rest of the transaction, so concurrent
 * writers checking "does this exist yet?" on them run one after the other. Ids are sorted so two
 * transactions lock in the same order (no deadlock between them).
 */
export async function lockOrganizations(db: Database, tx: Tx, ids: readonly string[]): Promise<void> {
  await db.run(
    tx,
    `UNWIND $ids AS id
     MATCH (o:Organization {id: id})
     WITH o ORDER BY o.id
     SET o.writeLock = true REMOVE o.writeLock`,
    { ids: [...new Set(ids)].sort() },
  );
}

/** Where `childId` is linked now: its parents' ids, and whether `parentId` is (transitively) part of it. */
export async function affiliateState(
  db: Database,
  tx: Tx,
  childId: string,
  parentId: string,
): Promise<{ parentIds: string[]; cycle: boolean }> {
  const [state] = await db.run<{ parentIds: string[]; cycle: boolean }>(
    tx,
    `MATCH (child:Organization {id: $childId}), (parent:Organization {id: $parentId})
     RETURN [(child)-[:PART_OF]->(p) | p.id] AS parentIds,
            EXISTS { (parent)-[:PART_OF*1..10]->(child) } AS cycle`,
    { childId, parentId },
  );
  return state ?? { parentIds: [], cycle: false };
}

/** Whether the organisation is a member of the consortium. */
export async function membershipExists(
  db: Database,
  tx: Tx,
  key: { organizationId: string; consortiumId: string },
): Promise<boolean> {
  const [row] = await db.run<{ exists: boolean }>(
    tx,
    `RETURN EXISTS { (:Organization {id: $organizationId})-[:MEMBER_OF]->(:Consortium {id: $consortiumId}) } AS exists`,
    { organizationId: key.organizationId, consortiumId: key.consortiumId },
  );
  return row!.exists;
}
