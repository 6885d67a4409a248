import fs from 'node:fs';
import { localNeo4jStatus } from '../src/localdb/localNeo4j';
import { benchNeo4jOptions, stopLocalNeo4j } from './benchNeo4j';
import { loadCordisLayout, startQuietServer } from './cordisLayoutGraph';
import { benchQuestions } from './questions';
import { openBenchDatabase } from './servers/serverEnv';

/**
 * How many Bolt statements the API sends for each benchmark question, against the hand-written Cypher's one:
 * `npx tsx bench/statementCounts.ts --port 8810 [--reuse] [--stop]`. Loads the CORDIS-layout graph of
 * bench/apiBeforeAfter.ts (seed 7, initial load) into its own Neo4j and leaves it running (`--reuse` asks the one
 * left by an earlier run, `--stop` stops it at the end), starts the API in process and asks each question a few
 * times, printing the statements of the last time with the time each took in Neo4j and the request's wall time.
 */

const ASKED = 5;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--port');
  const port = Number(process.argv[at + 1]);
  if (!(port >= 8800 && port <= 8990)) throw new Error('--port must be within 8800..8990');
  const options = benchNeo4jOptions('api-counts', port);
  const reuse = process.argv.includes('--reuse') && localNeo4jStatus(options).running;
  const { graph } = await loadCordisLayout('api-counts', port, 7, reuse);
  const db = openBenchDatabase(`bolt://127.0.0.1:${port}`);
  const { server, url } = await startQuietServer(db);
  try {
    console.log(`load: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
    for (const question of benchQuestions(graph)) {
      let statements: Array<{ cypher: string; ms: number }> = [];
      const stop = db.observe(({ cypher, durationMs }) => statements.push({ cypher, ms: durationMs }));
      let wallMs = 0;
      try {
        for (let asked = 0; asked < ASKED; asked++) {
          statements = [];
          const started = performance.now();
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(question.api),
          });
          const text = await response.text();
          wallMs = performance.now() - started;
          if (!response.ok || text.includes('"errors"')) throw new Error(`${question.name}: ${text.slice(0, 300)}`);
        }
      } finally {
        stop();
      }
      const inNeo4j = statements.reduce((sum, { ms }) => sum + ms, 0);
      console.log(
        `\n## ${question.name}: ${statements.length} statements, ${inNeo4j.toFixed(1)} ms in them, wall ${wallMs.toFixed(1)} ms`,
      );
      for (const { cypher, ms } of statements) {
        console.log(`  ${ms.toFixed(1)} ms  ${cypher.replace(/\s+/g, ' ').slice(0, 110)}`);
      }
    }
  } finally {
    await server.stop();
    await db.close();
    if (process.argv.includes('--stop')) await stopLocalNeo4j(options);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
