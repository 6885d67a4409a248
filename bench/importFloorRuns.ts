import type { Database } from '../src/db/database';
import type { ImportRow } from '../src/edits/importRows';
import { readImportRows } from '../src/import/formats';
import { FIELD_SEPARATOR, packRecords, RECORD_SEPARATOR } from '../src/db/writes/importWrites';
import { DEFAULT_BATCH_SIZE } from '../src/import/importFile';

/**
 * The online import's floor (issue #18 item 2): the simplest hand-written `UNWIND … MERGE/CREATE` statements that
 * give the same nodes, relationships and stored counts as `importFile`, over rows parsed beforehand, so that they
 * measure Neo4j's write path alone. Used by bench/importFloor.ts (rounds of every way) and by `npm run bench`
 * (the packed floor against the online import in the same run).
 */

const FLOOR_ORGANIZATIONS = `UNWIND $organizations AS o
  MERGE (n:Organization {id: o.id})
  ON CREATE SET n.name = o.name, n.kind = o.kind, n.country = o.country, n.aliases = o.aliases,
    n.aliasText = o.aliasText, n.consortiumCount = 0`;
const FLOOR_CONSORTIA = `UNWIND $consortia AS c
  MERGE (n:Consortium {id: c.id})
  ON CREATE SET n.name = c.name, n.startDate = date(c.startDate), n.endDate = date(c.endDate),
    n.sources = [$sourceId], n.sloganSources = [], n.strategySources = [], n.memberCount = 0`;
const FLOOR_MEMBERSHIPS = `UNWIND $memberships AS m
  MATCH (o:Organization {id: m.o})
  MATCH (c:Consortium {id: m.c})
  CREATE (o)-[r:MEMBER_OF {role: m.role, sources: [$sourceId]}]->(c)
  SET r.category = m.category, r.since = date(m.since), r.until = date(m.until)`;
/** The same floor with each batch as one packed string (importWrites.ts explains the shape). */
const PACKED_ORGANIZATIONS = `UNWIND split($organizations, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  MERGE (n:Organization {id: f[0]})
  ON CREATE SET n.name = f[1], n.kind = f[2], n.country = f[3], n.aliases = [], n.aliasText = '', n.consortiumCount = 0`;
const PACKED_CONSORTIA = `UNWIND split($consortia, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  MERGE (n:Consortium {id: f[0]})
  ON CREATE SET n.name = f[1],
    n.sources = [$sourceId], n.sloganSources = [], n.strategySources = [], n.memberCount = 0`;
const PACKED_MEMBERSHIPS = `UNWIND split($memberships, $recordSeparator) AS record
  WITH split(record, $fieldSeparator) AS f
  MATCH (o:Organization {id: f[0]})
  MATCH (c:Consortium {id: f[1]})
  CREATE (o)-[r:MEMBER_OF {role: f[2], sources: [$sourceId]}]->(c)
  SET r.category = CASE f[3] WHEN '' THEN null ELSE f[3] END,
    r.since = date(CASE f[4] WHEN '' THEN null ELSE f[4] END), r.until = date(CASE f[5] WHEN '' THEN null ELSE f[5] END)`;
const FLOOR_ORGANIZATION_COUNTS = `MATCH (o:Organization) SET o.consortiumCount = COUNT { (o)-[:MEMBER_OF]->() }`;
const FLOOR_CONSORTIUM_COUNTS = `MATCH (c:Consortium) SET c.memberCount = COUNT { ()-[:MEMBER_OF]->(c) }`;
const FLOOR_SOURCE = `CREATE (:Source {id: $sourceId, title: $title, contentHash: $hash, importedAt: $at})`;

const WIPE = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';
const COUNTS = `CALL () { MATCH (n) RETURN count(n) AS nodes }
  CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
  CALL () { MATCH (o:Organization) RETURN sum(o.consortiumCount) AS stored }
  RETURN nodes, memberships, stored`;

const TIMEOUT_MS = 30 * 60 * 1000;

export async function readRows(file: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const items of readImportRows('generic-csv', file, new Map(), { bytesRead: 0 })) {
    for (const item of items) if ('row' in item) rows.push(item.row);
  }
  return rows;
}

/** The floor: one transaction, a batch at a time, each batch's organisations and consortia once. */
export async function floorImport(db: Database, rows: ImportRow[], sourceId: string): Promise<void> {
  await db.writeTx(async (tx) => {
    for (let start = 0; start < rows.length; start += DEFAULT_BATCH_SIZE) {
      const batch = rows.slice(start, start + DEFAULT_BATCH_SIZE);
      const organizations = new Map<string, Record<string, unknown>>();
      const consortia = new Map<string, Record<string, unknown>>();
      for (const { organization: o, consortium: c } of batch) {
        if (!organizations.has(o.id!)) {
          const aliasText = o.aliases.map((alias) => `${alias}\n`).join('');
          organizations.set(o.id!, {
            id: o.id,
            name: o.name,
            kind: o.kind,
            country: o.country,
            aliases: o.aliases,
            aliasText,
          });
        }
        if (!consortia.has(c.id!))
          consortia.set(c.id!, { id: c.id, name: c.name, startDate: c.startDate, endDate: c.endDate });
      }
      await db.run(tx, FLOOR_ORGANIZATIONS, { organizations: [...organizations.values()] });
      await db.run(tx, FLOOR_CONSORTIA, { consortia: [...consortia.values()], sourceId });
      const memberships = batch.map((row) => ({
        o: row.organization.id,
        c: row.consortium.id,
        role: row.role ?? 'MEMBER',
        category: row.category,
        since: row.since,
        until: row.until,
      }));
      await db.run(tx, FLOOR_MEMBERSHIPS, { memberships, sourceId });
    }
    await db.run(tx, FLOOR_ORGANIZATION_COUNTS);
    await db.run(tx, FLOOR_CONSORTIUM_COUNTS);
    await db.run(tx, FLOOR_SOURCE, { sourceId, title: 'floor', hash: sourceId, at: new Date().toISOString() });
  }, TIMEOUT_MS);
}

/**
 * The floor with packed batches. The generated file gives every organisation a kind and a country and no aliases,
 * and no consortium dates, so the node statements need no empty-field cases (checked before the run).
 */
export async function packedFloorImport(db: Database, rows: ImportRow[], sourceId: string): Promise<void> {
  const separators = { recordSeparator: RECORD_SEPARATOR, fieldSeparator: FIELD_SEPARATOR };
  await db.writeTx(async (tx) => {
    for (let start = 0; start < rows.length; start += DEFAULT_BATCH_SIZE) {
      const batch = rows.slice(start, start + DEFAULT_BATCH_SIZE);
      const organizations = new Map<string, Array<string | null>>();
      const consortia = new Map<string, Array<string | null>>();
      for (const { organization: o, consortium: c } of batch) {
        if (!organizations.has(o.id!)) organizations.set(o.id!, [o.id, o.name, o.kind, o.country]);
        if (!consortia.has(c.id!)) consortia.set(c.id!, [c.id, c.name]);
      }
      await db.run(tx, PACKED_ORGANIZATIONS, {
        organizations: packRecords([...organizations.values()]),
        ...separators,
      });
      await db.run(tx, PACKED_CONSORTIA, { consortia: packRecords([...consortia.values()]), sourceId, ...separators });
      const memberships = batch.map((row) => [
        row.organization.id,
        row.consortium.id,
        row.role ?? 'MEMBER',
        row.category,
        row.since,
        row.until,
      ]);
      await db.run(tx, PACKED_MEMBERSHIPS, { memberships: packRecords(memberships), sourceId, ...separators });
    }
    await db.run(tx, FLOOR_ORGANIZATION_COUNTS);
    await db.run(tx, FLOOR_CONSORTIUM_COUNTS);
    await db.run(tx, FLOOR_SOURCE, { sourceId, title: 'floor', hash: sourceId, at: new Date().toISOString() });
  }, TIMEOUT_MS);
}

/** The packed floor's assumption about the generated file: no empty node field, no aliases, no consortium dates. */
export function checkPackable(rows: ImportRow[]): void {
  const unpackable = rows.find(
    ({ organization: o, consortium: c }) =>
      !o.kind || !o.country || o.aliases.length > 0 || !o.name || !c.name || c.startDate !== null || c.endDate !== null,
  );
  if (unpackable !== undefined) throw new Error(`the packed floor cannot write ${unpackable.location}`);
}

export async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
}

export async function counts(db: Database): Promise<string> {
  const [result] = await db.read<{ nodes: number; memberships: number; stored: number }>(COUNTS);
  return `${result?.nodes} nodes, ${result?.memberships} MEMBER_OF, stored ${result?.stored}`;
}

/** The packed floor on the same file and Neo4j as an online import, measured just before it. */
export interface FloorMeasure {
  /** The first run, on a JVM that has not written yet: it warms Neo4j, so it is reported, not compared. */
  coldSeconds: number;
  /** The second run, warm: the floor the online import is compared with. */
  warmSeconds: number;
  membershipsPerSecond: number;
}

/**
 * Runs the packed floor twice over the file's rows, each into the emptied database, and leaves it empty again, so
 * that the online import measured next runs on a JVM as warm as the floor's second run.
 */
export async function measurePackedFloor(db: Database, file: string, sourceId: string): Promise<FloorMeasure> {
  const rows = await readRows(file);
  checkPackable(rows);
  const timed = async () => {
    const started = performance.now();
    await packedFloorImport(db, rows, sourceId);
    const seconds = (performance.now() - started) / 1000;
    await wipe(db);
    return seconds;
  };
  const coldSeconds = await timed();
  const warmSeconds = await timed();
  return {
    coldSeconds: Math.round(coldSeconds * 10) / 10,
    warmSeconds: Math.round(warmSeconds * 10) / 10,
    membershipsPerSecond: Math.round(rows.length / warmSeconds),
  };
}
