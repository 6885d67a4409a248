import type { Database, Tx } from '../database';
import { aliasTextOf } from '../reads/fragments';

/** The statements of an organisation merge (the rules and checks around them are in src/edits/mergeOrganizations.ts). */

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
  SET keep.aliasText = ${aliasTextOf('keep.aliases')}`;

/** Plain DELETE (not DETACH): if a relationship type was forgotten above, the merge fails instead of losing it. */
const DELETE_MERGED = `MATCH (gone:Organization {id: $goneId})
  OPTIONAL MATCH (gone)-[r]-()
  WITH gone, collect(DISTINCT type(r)) AS left
  CALL (gone, left) { WITH gone, left WHERE size(left) = 0 DELETE gone }
  RETURN left`;

/**
 * Moves everything of `goneId` onto `keepId` and deletes it. Answers the consortia whose members changed, and the
 * relationship types `goneId` still had (then it was not deleted: a type the statements above do not know, which
 * the caller must refuse rather than lose).
 */
export async function moveOntoKept(
  db: Database,
  tx: Tx,
  keepId: string,
  goneId: string,
): Promise<{ consortiumIds: string[]; left: string[] }> {
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
  return { consortiumIds: moved?.consortiumIds ?? [], left: deleted?.left ?? [] };
}
