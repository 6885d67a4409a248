import type { CommandLine } from '../src/cli/commandLine';
import { runCli } from '../src/cli/runCli';
import type { Database } from '../src/db/database';
import { countOrganizations } from '../src/db/reads/organizationList';
import { INDEXED_READS_COMMAND, loopbackUriOption } from './benchCommands';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * Before and after, on a running benchmark graph (`npm run bench -- --keep`), interleaved in one run: the
 * `minConsortia` count, the statement the API sent before (the bound inside `$minConsortia IS NULL OR ...`, a label
 * scan) against `countOrganizations` now (an index range seek), by PROFILE db hits and wall time.
 * Prints Markdown rows for bench/RESULTS.md. Only the loopback Neo4j given by --uri is touched; every loop is bounded.
 */

const COUNT_BEFORE = `MATCH (o:Organization) WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($countries IS NULL OR o.country IN $countries)
  AND ($minConsortia IS NULL OR o.consortiumCount >= $minConsortia)
  AND ($nameContains IS NULL OR toLower(o.name) CONTAINS $nameContains
       OR toLower(coalesce(o.nameKo, '')) CONTAINS $nameContains
       OR toLower(coalesce(o.nameJa, '')) CONTAINS $nameContains
       OR toLower(coalesce(o.aliasText, '')) CONTAINS $nameContains)
  RETURN count(o) AS total`;

const ROUNDS = 5;

interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}
const totalHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, c) => sum + totalHits(c), 0);

async function profileHits(db: Database, cypher: string, params: Record<string, unknown>): Promise<number> {
  const session = db.driver.session({ database: db.name });
  try {
    // eslint-disable-next-line cypher/no-interpolation -- the prefixed text is a statement the code sent
    const result = await session.run('PROFILE ' + cypher, params);
    return totalHits(result.summary.profile as unknown as ProfiledPlan);
  } finally {
    await session.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function measureCounts(db: Database): Promise<void> {
  console.log('| minConsortia | total | before: db hits | before: ms | after: db hits | after: ms | ratio (ms) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const minConsortia of [2, 5, 20]) {
    const params = { kinds: null, countries: null, consortiumId: null, nameContains: null, minConsortia };
    const after: string[] = [];
    const stop = db.observe(({ cypher }) => after.push(cypher));
    try {
      await countOrganizations(db, { minConsortia });
    } finally {
      stop();
    }
    const before = { ms: [] as number[], total: 0 };
    const now = { ms: [] as number[], total: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const old = await timed(() => db.read<{ total: number }>(COUNT_BEFORE, params));
      before.ms.push(old.ms);
      before.total = old.value[0]!.total;
      const current = await timed(() => countOrganizations(db, { minConsortia }));
      now.ms.push(current.ms);
      now.total = current.value;
    }
    if (before.total !== now.total) throw new Error(`counts differ: ${before.total} before, ${now.total} after`);
    const hitsBefore = await profileHits(db, COUNT_BEFORE, params);
    const hitsAfter = await profileHits(db, after[0]!, params);
    const [b, a] = [median(before.ms), median(now.ms)];
    console.log(
      `| ${minConsortia} | ${now.total} | ${hitsBefore} | ${b.toFixed(1)} | ${hitsAfter} | ${a.toFixed(1)} | ` +
        `${(b / a).toFixed(2)}× |`,
    );
  }
}

async function main({ values }: CommandLine<typeof INDEXED_READS_COMMAND.options>): Promise<void> {
  const db = openBenchDatabase(loopbackUriOption(values.uri));
  try {
    await measureCounts(db);
  } finally {
    await db.close();
  }
}

runCli(INDEXED_READS_COMMAND, main);
