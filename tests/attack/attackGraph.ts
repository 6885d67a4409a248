import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { applySchema } from '../../src/db/schema';
import { generateGraph } from '../../src/generate/generateGraph';
import { loadAffiliations } from '../../src/generate/loadAffiliations';
import { SCALES } from '../../src/generate/scales';
import { importFile } from '../../src/import/importFile';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/localdb/localNeo4j';
import { loadSeed } from '../../src/seed/loadSeed';

/**
 * The attack suite's own Neo4j: beside the tests' one (its port is NEO4J_TEST_PORT + 5), so the generated graph it
 * holds never meets the whole-graph counts the other suites check. Wiped at each run.
 */
export function attackNeo4jOptions(): LocalNeo4jOptions {
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7697) + 5;
  return {
    port,
    dataDir: path.resolve(__dirname, `../../.neo4j/attack-${port}`),
    heap: process.env.NEO4J_TEST_HEAP ?? '1g',
    pageCache: process.env.NEO4J_TEST_PAGECACHE ?? '256m',
    log: (line) => process.stderr.write(line + '\n'),
  };
}

/** What the attack graph holds, for the report. */
export interface AttackGraph {
  uri: string;
  organizations: number;
  consortia: number;
  memberships: number;
  stop: () => Promise<void>;
}

/**
 * Starts the attack Neo4j on an empty folder and loads the seed graph plus the generator's CORDIS-shaped graph at
 * scale S (10,000 organisations, 30,000 memberships, hubs in hundreds of consortia) through the real import.
 */
export async function startAttackGraph(): Promise<AttackGraph> {
  const options = attackNeo4jOptions();
  await stopLocalNeo4j(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  const { uri } = await startLocalNeo4j(options);
  const db = connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 300_000 }, uri);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attack-graph-'));
  try {
    await applySchema(db);
    await loadSeed(db);
    const file = path.join(dir, 'generated-S.csv');
    const partsFile = path.join(dir, 'generated-S-parts.csv');
    const graph = await generateGraph(
      { ...SCALES.S, seed: 42 },
      fs.createWriteStream(file),
      fs.createWriteStream(partsFile),
    );
    const summary = await importFile(db, { file, format: 'generic-csv', commit: 'once' });
    await loadAffiliations(db, partsFile, summary.sourceId);
    return {
      uri,
      organizations: graph.organizations,
      consortia: graph.consortia,
      memberships: graph.memberships,
      stop: async () => {
        await stopLocalNeo4j(options);
      },
    };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
