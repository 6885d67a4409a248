import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../database';
import { GraphWrites } from './graphWrites';
import { lockOrganizations, requireExisting } from './lookups';
import { validated } from './organizationWrites';
import { checkCount, checkId, FieldError } from './validation';
import { catchRejection, type WriteResult } from './writeResult';

export interface MergeInput {
  keepId: string;
  mergeIds: string[];
}

const UNION = (a: string, b: string) =>
  `coalesce(${a}, []) + [s IN coalesce(${b}, []) WHERE NOT s IN coalesce(${a}, [])]`;

/**
 * One statement per relationship type an organisation can have. Each moves the relationships of
 * `gone` onto `keep`: MERGE, so a relationship both had becomes one (its sources the union), then
 * the old one is deleted. A relationship between `keep` and `gone` would become a loop and is dropped.
 */
const MOVE_MEMBERSHIPS = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (gone)-[old:MEMBER_OF]->(c:Consortium)
  MERGE (keep)-[m:MEMBER_OF]->(c)
  ON CREATE SET m = properties(old)
  ON MATCH SET
    m.role = CASE WHEN 'LEAD' IN [m.role, old.role] THEN 'LEAD' ELSE m.role END,
    m.category = coalesce(m.category, old.category),
    m.note = coalesce(m.note, old.note),
    m.since = CASE WHEN m.since IS NULL OR old.since IS NULL THEN null
                   WHEN old.since < m.since THEN old.since ELSE m.since END,
    m.until = CASE WHEN m.until IS NULL OR old.until IS NULL THEN null
                   WHEN old.until > m.until THEN old.until ELSE m.until END,
    m.sources = ${UNION('m.sources', 'old.sources')}
  DELETE old
  RETURN collect(c.id) AS consortiumIds`;

const MOVE_FACTS = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (gone)-[old:HAS_FACT]->(f)
  MERGE (keep)-[:HAS_FACT]->(f)
  DELETE old`;

const MOVE_POSITIONS = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (p)-[old:HOLDS_POSITION]->(gone)
  MERGE (p)-[r:HOLDS_POSITION {title: old.title}]->(keep)
  SET r.sources = ${UNION('r.sources', 'old.sources')}
  DELETE old`;

const MOVE_PARENTS = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (gone)-[old:PART_OF]->(parent)
  CALL (keep, parent, old) {
    WITH keep, parent, old WHERE parent <> keep
    MERGE (keep)-[r:PART_OF]->(parent)
    SET r.sources = ${UNION('r.sources', 'old.sources')}
  }
  DELETE old`;

const MOVE_AFFILIATES = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (child)-[old:PART_OF]->(gone)
  CALL (keep, child, old) {
    WITH keep, child, old WHERE child <> keep
    MERGE (child)-[r:PART_OF]->(keep)
    SET r.sources = ${UNION('r.sources', 'old.sources')}
  }
  DELETE old`;

const MOVE_MODELS = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (gone)-[old:DEVELOPS]->(model)
  MERGE (keep)-[r:DEVELOPS]->(model)
  SET r.sources = ${UNION('r.sources', 'old.sources')}
  DELETE old`;

const MOVE_PROGRAMS = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  MATCH (program)-[old:RUN_BY]->(gone)
  MERGE (program)-[r:RUN_BY]->(keep)
  SET r.sources = ${UNION('r.sources', 'old.sources')}
  DELETE old`;

/** The merged node's names and id become aliases of the kept one (so `search` finds them). */
const ABSORB_NAMES = `MATCH (keep:Organization {id: $keepId}), (gone:Organization {id: $goneId})
  WITH keep, [x IN [gone.name, gone.nameKo, gone.nameJa, gone.id] + coalesce(gone.aliases, [])
              WHERE x IS NOT NULL AND NOT x IN [n IN [keep.name, keep.nameKo, keep.nameJa] WHERE n IS NOT NULL]] AS names,
       coalesce(gone.mergedIds, []) + [gone.id] AS mergedIds
  SET keep.aliases = ${UNION('keep.aliases', 'names')},
      keep.mergedIds = ${UNION('keep.mergedIds', 'mergedIds')}
  SET keep.aliasText = reduce(text = '', alias IN keep.aliases | text + alias + '\n')`;

/** Plain DELETE (not DETACH): if a relationship type was forgotten above, the merge fails instead of losing it. */
const DELETE_MERGED = `MATCH (gone:Organization {id: $goneId})
  OPTIONAL MATCH (gone)-[r]-()
  WITH gone, collect(DISTINCT type(r)) AS left
  CALL (gone, left) { WITH gone, left WHERE size(left) = 0 DELETE gone }
  RETURN left`;

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
      for (const goneId of mergeIds) consortiumIds.push(...(await mergeOne(db, tx, keepId, goneId)));
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

/** Moves everything of `goneId` onto `keepId` and deletes it; answers the consortia whose members changed. */
async function mergeOne(db: Database, tx: ManagedTransaction, keepId: string, goneId: string): Promise<string[]> {
  const params = { keepId, goneId };
  const [moved] = await db.run<{ consortiumIds: string[] }>(tx, MOVE_MEMBERSHIPS, params);
  for (const statement of [
    MOVE_FACTS,
    MOVE_POSITIONS,
    MOVE_PARENTS,
    MOVE_AFFILIATES,
    MOVE_MODELS,
    MOVE_PROGRAMS,
    ABSORB_NAMES,
  ]) {
    await db.run(tx, statement, params);
  }
  const [deleted] = await db.run<{ left: string[] }>(tx, DELETE_MERGED, params);
  if (deleted!.left.length > 0) {
    // A relationship type this merge does not know: refuse (the transaction rolls back) rather than lose it.
    throw new Error(`cannot merge ${goneId}: it still has ${deleted!.left.join(', ')} relationships`);
  }
  return moved?.consortiumIds ?? [];
}
