import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { applySchema } from '../src/db/schema';
import { isScaleName } from '../src/generate/scales';
import { importFile, importSourceId, sha256OfFile } from '../src/import/importFile';
import { benchNeo4jOptions, startFreshNeo4j, stopLocalNeo4j } from './benchNeo4j';
import { checkPackable, counts, floorImport, packedFloorImport, readRows, wipe } from './importFloorRuns';
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

const MAX_ROUNDS = 5;
const WAYS = ['online', 'floor', 'packed floor'] as const;

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
