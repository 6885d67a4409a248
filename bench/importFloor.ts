import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { applySchema } from '../src/db/schema';
import { isScaleName } from '../src/generate/scales';
import type { ImportRow } from '../src/edits/importRows';
import { readImportRows } from '../src/import/formats';
import { FIELD_SEPARATOR, packRecords, RECORD_SEPARATOR } from '../src/db/writes/importWrites';
import { DEFAULT_BATCH_SIZE, importFile, importSourceId, sha256OfFile } from '../src/import/importFile';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { generateScale } from './importPhase';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * The online import against its floor, in one run on one Neo4j (issue #18 item 2): the same generated file, the same
 * batch size, the same schema, each into an emptied database, alternating `importFile` (one transaction, as
 * `npm run import` runs it) and the simplest hand-written `UNWIND … MERGE/CREATE` statements that give the same nodes,
 * relationships and stored counts (the rows parsed beforehand, so the floor is Neo4j's write path alone). Between
 * runs the graph is deleted, not the Neo4j restarted, so every run after the first is on a warm JVM.
 *
 * Usage: `npx tsx bench/importFloor.ts [scale=M] [rounds=2] [port=9100]`.
 * Prints Markdown rows for bench/RESULTS.md, with the load average beside each. Only a loopback Neo4j it starts
 * itself is touched; every loop is bounded (rounds ≤ 5, batches by the file's size).
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

const MAX_ROUNDS = 5;
const WAYS = ['online', 'floor', 'packed floor'] as const;
const TIMEOUT_MS = 30 * 60 * 1000;

const loadAverage = () =>
  execFileSync('uptime', { encoding: 'utf8' })
    .replace(/.*load average: /, '')
    .trim();

/** A statement's first words after UNWIND/MATCH, enough to tell the import's statements apart. */
const statementName = (cypher: string) =>
  cypher
    .replace(/\s+/g, ' ')
    .replace(/^UNWIND .+? AS \w+ (WITH .+? AS f )?/, '')
    .slice(0, 56);

async function readRows(file: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const items of readImportRows('generic-csv', file, new Map(), { bytesRead: 0 })) {
    for (const item of items) if ('row' in item) rows.push(item.row);
  }
  return rows;
}

/** The floor: one transaction, a batch at a time, each batch's organisations and consortia once. */
async function floorImport(db: Database, rows: ImportRow[], sourceId: string): Promise<void> {
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
async function packedFloorImport(db: Database, rows: ImportRow[], sourceId: string): Promise<void> {
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
function checkPackable(rows: ImportRow[]): void {
  const unpackable = rows.find(
    ({ organization: o, consortium: c }) =>
      !o.kind || !o.country || o.aliases.length > 0 || !o.name || !c.name || c.startDate !== null || c.endDate !== null,
  );
  if (unpackable !== undefined) throw new Error(`the packed floor cannot write ${unpackable.location}`);
}

async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
}

async function counts(db: Database): Promise<string> {
  const [result] = await db.read<{ nodes: number; memberships: number; stored: number }>(COUNTS);
  return `${result?.nodes} nodes, ${result?.memberships} MEMBER_OF, stored ${result?.stored}`;
}

async function main(): Promise<void> {
  const [scale = 'M', roundsText = '2', portText = '9100'] = process.argv.slice(2);
  if (!isScaleName(scale)) throw new Error(`unknown scale ${scale}`);
  const rounds = Math.min(MAX_ROUNDS, Math.max(1, Number(roundsText)));
  const neo4j = benchNeo4jOptions(`import-floor-${scale}`, Number(portText));
  const { file } = await generateScale(scale, `${path.resolve(neo4j.dataDir)}-generated`, 42);
  const rows = await readRows(file);
  checkPackable(rows);
  const sourceId = importSourceId(await sha256OfFile(file));
  const { uri } = await startFreshNeo4j(neo4j);
  const db = openBenchDatabase(uri);
  const lines: string[] = [];
  try {
    await applySchema(db);
    for (let round = 1; round <= rounds; round += 1) {
      // Each round starts with the next way, so the first (coldest) place is not always the same way's.
      const ways = WAYS.map((_, index) => WAYS[(index + round - 1) % WAYS.length]!);
      for (const way of ways) {
        const byStatement = new Map<string, number>();
        const stop = db.observe(({ cypher, durationMs }) => {
          const name = statementName(cypher);
          byStatement.set(name, (byStatement.get(name) ?? 0) + durationMs);
        });
        const started = performance.now();
        if (way === 'online') await importFile(db, { file, format: 'generic-csv', commit: 'once' });
        else if (way === 'floor') await floorImport(db, rows, sourceId);
        else await packedFloorImport(db, rows, sourceId);
        const seconds = (performance.now() - started) / 1000;
        stop();
        const breakdown = [...byStatement].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
        const line =
          `| ${round} | ${way} | ${seconds.toFixed(1)} | ${Math.round(rows.length / seconds)} | ` +
          `${await counts(db)} | ${loadAverage()} |`;
        console.log(line);
        console.log(`    statements: ${breakdown}`);
        lines.push(line);
        await wipe(db);
      }
    }
  } finally {
    await db.close();
    await stopLocalNeo4j(neo4j);
  }
  console.log(`\n| round | way | s | memberships/s | graph | load average |\n| --- | --- | --- | --- | --- | --- |`);
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
