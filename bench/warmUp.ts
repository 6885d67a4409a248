import { wholeNumberOption, type CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import type { Database } from '../src/db/database';
import { countOrganizations, listOrganizations } from '../src/db/reads/organizationList';
import { membershipsOfOrganizations } from '../src/db/reads/organizationReads';
import { benchNeo4jOptions, stopLocalNeo4j } from './benchNeo4j';
import { startLocalNeo4j } from '../src/localdb/localNeo4j';
import { WARM_UP_COMMAND } from './benchCommands';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * A page-cache warm-up, as it would run after a load or before the local Neo4j reports ready: every node and
 * relationship with its properties, and the name and count indexes (Neo4j Community has no warm-up of its own).
 * Measured here; not part of the server, since it did not pay for itself (bench/RESULTS.md, "page cache").
 */
const WARM_STATEMENTS = [
  'MATCH (n) RETURN count(properties(n)) AS touched',
  'MATCH ()-[r]->() RETURN count(properties(r)) AS touched',
  'MATCH (o:Organization) USING INDEX o:Organization(name) WHERE o.name IS NOT NULL RETURN count(o.name) AS touched',
  `MATCH (o:Organization) USING INDEX o:Organization(consortiumCount) WHERE o.consortiumCount IS NOT NULL
   RETURN count(o.consortiumCount) AS touched`,
  'MATCH (c:Consortium) USING INDEX c:Consortium(name) WHERE c.name IS NOT NULL RETURN count(c.name) AS touched',
];

async function warmPageCache(db: Database): Promise<number> {
  const started = performance.now();
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeRead(
      async (tx) => {
        for (const statement of WARM_STATEMENTS) await tx.run(statement);
      },
      { timeout: 10 * 60 * 1000 },
    );
  } finally {
    await session.close();
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

/**
 * The first questions after a start, with and without warmPageCache, on the graph a `--keep` run left in
 * .neo4j/bench-<scale> (on loopback): restart, ask cold (twice: the second is the warm figure); restart, warm, ask.
 * Prints Markdown rows for bench/RESULTS.md.
 */
async function firstQuestions(db: Database): Promise<number> {
  const started = performance.now();
  await countOrganizations(db, { minConsortia: 2 });
  const window = { after: null, before: null, limit: 101, backward: false };
  const page = await listOrganizations(db, {}, { field: 'CONSORTIUM_COUNT', direction: 'DESC' }, window);
  await membershipsOfOrganizations(
    db,
    page.map((row) => row.org.id),
    null,
  );
  await listOrganizations(db, {}, { field: 'NAME', direction: 'ASC' }, window);
  return performance.now() - started;
}

async function main({ values }: CommandLine<typeof WARM_UP_COMMAND.options>): Promise<void> {
  const port = wholeNumberOption('port', values.port, { min: 1, max: 65_535 });
  const options = { ...benchNeo4jOptions(values.scale, port), log: () => {} };
  const restart = async () => {
    await stopLocalNeo4j(options);
    const { uri } = await startLocalNeo4j(options);
    return openBenchDatabase(uri);
  };
  let db = await restart();
  const cold = await firstQuestions(db);
  const again = await firstQuestions(db);
  await db.close();
  db = await restart();
  const warmSeconds = await warmPageCache(db);
  const warmed = await firstQuestions(db);
  await db.close();
  console.log(`| cold start, first questions | ${cold.toFixed(0)} ms |`);
  console.log(`| cold start, the same again | ${again.toFixed(0)} ms |`);
  console.log(`| after warmPageCache (${warmSeconds} s), first questions | ${warmed.toFixed(0)} ms |`);
}

runCli(WARM_UP_COMMAND, main);
