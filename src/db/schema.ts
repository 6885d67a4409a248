import type { Database } from './database';

/** Uniqueness constraints: one node per id, enforced by Neo4j (so parallel writers cannot duplicate). */
const CONSTRAINTS = [
  'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT consortium_id IF NOT EXISTS FOR (n:Consortium) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT stage_id IF NOT EXISTS FOR (n:Stage) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE',
];

const INDEXES = [
  'CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)',
  'CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)',
  'CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country)',
  'CREATE INDEX organization_consortium_count IF NOT EXISTS FOR (n:Organization) ON (n.consortiumCount)',
  'CREATE INDEX consortium_name IF NOT EXISTS FOR (n:Consortium) ON (n.name)',
  // The CJK analyzer splits Korean and Japanese into bigrams and Latin text into lowercase words,
  // so "KAIST", "韓国科学技術院" and "한국과학기술원" each find KAIST.
  `CREATE FULLTEXT INDEX organization_names IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.nameKo, n.nameJa, n.aliasText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }`,
];

/**
 * Creates the constraints and indexes (idempotent) and waits until they are online. The indexes are created in one
 * transaction, so Neo4j fills them in one population job, one scan of the store for all of them (on an initial
 * load's graph, one job per index scanned the store six times). Creating one returns at once and it fills in the
 * background; each constraint waits for its own index to fill. `meanwhile` (an initial load's empty lists) runs
 * beside the constraints, while the indexes fill.
 */
export async function applySchema(db: Database, meanwhile?: () => Promise<void>): Promise<void> {
  await db.writeTx(async (tx) => {
    for (const statement of INDEXES) await db.run(tx, statement);
  });
  await Promise.all([
    meanwhile?.(),
    (async () => {
      for (const statement of CONSTRAINTS) await db.write(statement);
    })(),
  ]);
  await db.write('CALL db.awaitIndexes(300)');
}
