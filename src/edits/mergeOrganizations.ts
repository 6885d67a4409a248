import type { Database } from '../db/database';
import { GraphWrites } from '../db/writes/graphWrites';
import { lockOrganizations } from '../db/writes/lookups';
import { moveOntoKept } from '../db/writes/mergeStatements';
import { requireExisting } from './requireExisting';
import { checkCount, checkId, FieldError } from './validation';
import { catchRejection, validated, type WriteResult } from './writeResult';

export interface MergeInput {
  keepId: string;
  mergeIds: string[];
}

/**
 * Merges organisations into `keepId` in one transaction: every membership, fact, position,
 * PART_OF (both directions), model and program moves to the kept node, none lost or doubled;
 * names and ids of the merged nodes become its aliases, and the merged nodes are deleted (their
 * ids no longer resolve; they stay on the kept node as aliases and `mergedIds`). Counts are
 * refreshed. INVALID_INPUT for an empty list or merging a node into itself; NOT_FOUND for an unknown id.
 */
export function mergeOrganizations(db: Database, input: MergeInput): Promise<WriteResult<string>> {
  return catchRejection(() => {
    const { keepId, mergeIds } = checkedMerge(input);
    return db.writeTx(async (tx) => {
      // Locked before the checks: a merge racing this one then either finishes first (its merged ids are NOT_FOUND
      // here) or waits for this one, and nothing is checked on a node that is deleted before it is written.
      await lockOrganizations(db, tx, [keepId, ...mergeIds]);
      await requireExisting(db, tx, 'Organization', 'keepId', [keepId]);
      await requireExisting(db, tx, 'Organization', 'mergeIds', mergeIds);
      const consortiumIds: string[] = [];
      for (const goneId of mergeIds) {
        const moved = await moveOntoKept(db, tx, keepId, goneId);
        if (moved.left.length > 0) {
          // A relationship type the merge does not know: refuse (the transaction rolls back) rather than lose it.
          throw new Error(`cannot merge ${goneId}: it still has ${moved.left.join(', ')} relationships`);
        }
        consortiumIds.push(...moved.consortiumIds);
      }
      await new GraphWrites(db, tx).refreshCounts([keepId], consortiumIds);
      return keepId;
    });
  });
}

/** The ids checked (INVALID_INPUT): well-formed, 1–100 to merge, none of them the kept one. */
function checkedMerge(input: MergeInput): MergeInput {
  return validated(() => {
    const keepId = checkId('keepId', input.keepId);
    checkCount('mergeIds', input.mergeIds);
    const mergeIds = [...new Set(input.mergeIds.map((id) => checkId('mergeIds', id)))];
    if (mergeIds.length === 0) throw new FieldError('mergeIds', 'mergeIds must name at least one organisation');
    if (mergeIds.includes(keepId)) {
      throw new FieldError('mergeIds', `cannot merge ${keepId} into itself: remove it from mergeIds`);
    }
    return { keepId, mergeIds };
  });
}
