import fs from 'node:fs';
import path from 'node:path';
import { startAttackGraph, type AttackGraph } from './attackGraph';
import { startAttackTarget, type AttackTarget } from './attackTarget';
import {
  attackTable,
  measureAttack,
  PROBE_LIMIT_MS,
  PROBE_QUERY,
  type AttackCase,
  type AttackMeasure,
} from './harness';

/**
 * The attack suite (issue #12): every case in tests/attack/cases/*.ts runs against the real API in its own
 * process, over a Neo4j holding the seed graph and a generated graph at scale S, while a probe measures how the
 * server answers everyone else. The table of every case (status, time, probe's worst latency, RSS) is printed at
 * the end and written to test-artifacts/attack-report.md.
 */
const CASES_DIR = path.join(__dirname, 'cases');
const WARM_UP_PROBES = 20;
const REPORT = path.resolve(__dirname, '../../test-artifacts/attack-report.md');

function loadCases(): Array<{ file: string; cases: AttackCase[] }> {
  return fs
    .readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => ({
      file,
      // The case files are found at run time, so that each area adds its own without touching this file.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      cases: (require(path.join(CASES_DIR, file)) as { cases: AttackCase[] }).cases,
    }));
}

let graph: AttackGraph;
let target: AttackTarget;
const measured: AttackMeasure[] = [];

beforeAll(async () => {
  graph = await startAttackGraph();
  target = await startAttackTarget(graph.uri);
  // A cold server compiles its first answers; the cases measure a warm one, as users meet it.
  for (let i = 0; i < WARM_UP_PROBES; i += 1) await target.gql(PROBE_QUERY);
}, 300_000);

afterAll(async () => {
  await target?.stop();
  await graph?.stop();
  if (measured.length === 0) return;
  const header =
    `Attack suite against the API over ${graph.organizations} generated organisations, ${graph.consortia} ` +
    `consortia and ${graph.memberships} memberships plus the seed graph (probe: one-field organization query).`;
  const report = `${header}\n\n${attackTable(measured)}\n`;
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, report);
  console.log(report);
}, 60_000);

for (const { file, cases } of loadCases()) {
  describe(file.replace(/\.ts$/, ''), () => {
    for (const attackCase of cases) {
      it(
        attackCase.name,
        async () => {
          const row = await measureAttack(target, attackCase);
          measured.push(row);
          expect({ case: row.name, probeWorstMs: Math.round(row.probeWorstMs) <= PROBE_LIMIT_MS }).toEqual({
            case: row.name,
            probeWorstMs: true,
          });
        },
        (attackCase.timeoutMs ?? 60_000) + 30_000,
      );
    }
  });
}
