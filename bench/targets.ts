import type { CordisMeasure } from './cordisPhase';
import type { ImportMeasure } from './importPhase';
import type { LargeInitialLoad } from './largeInitialLoad';
import type { QuestionResult } from './report';
import { noneTimedOut, type SizeAttempt } from './sizeLimits';

/** Issue #18's "done when", each target against what this run measured. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

export interface TargetInputs {
  scale: string;
  largeInitial: LargeInitialLoad | null;
  cordis: CordisMeasure | null;
  onlineImport: ImportMeasure | null;
  questions: QuestionResult[];
  sizeLimits: SizeAttempt[];
}

const TARGETS = {
  initialRate: 50_000,
  cordisInitialRate: 20_000,
  onlineRate: 20_000,
  onlineTimesFloor: 1.5,
  timesCypher: 1.2,
  countAndSortFaster: 3,
} as const;

const p50Ratio = (a: QuestionResult['api'], b: QuestionResult['api']) => (a && b && b.p50 > 0 ? a.p50 / b.p50 : null);
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/** Each question's API p50 over the Cypher floor's; the questions over the bound are named. */
function withinCypher(where: string, questions: QuestionResult[]): TargetCheck {
  const ratios = questions.map((q) => ({ name: q.name, ratio: p50Ratio(q.api, q.cypher) }));
  const over = ratios.filter(({ ratio }) => ratio === null || ratio > TARGETS.timesCypher);
  const list = over.map(({ name, ratio }) => `${name} ${ratio === null ? 'failed' : times(ratio)}`).join('; ');
  return {
    target: `${where}: every question ≤ ${TARGETS.timesCypher}× hand-written Cypher (p50)`,
    measured: `${questions.length - over.length} of ${questions.length} within${over.length ? `; over: ${list}` : ''}`,
    met: over.length === 0,
  };
}

/** Never slower than @neo4j/graphql where it can ask the question; count-and-sort at least 3× faster. */
function againstNeo4jGraphql(where: string, questions: QuestionResult[]): TargetCheck[] {
  const asked = questions.filter((q) => q.neo4jGraphql);
  const faster = asked.map((q) => ({ q, ratio: p50Ratio(q.neo4jGraphql, q.api) }));
  const slower = faster.filter(({ ratio }) => ratio === null || ratio < 1);
  const countAndSort = faster.filter(({ q }) => q.countAndSort);
  const short = countAndSort.filter(({ ratio }) => ratio === null || ratio < TARGETS.countAndSortFaster);
  const list = (rows: typeof faster) =>
    rows
      .map(({ q, ratio }) =>
        ratio === null
          ? `${q.name} failed`
          : `${q.name} ${times(ratio)} (${q.api!.p50} against ${q.neo4jGraphql!.p50} ms)`,
      )
      .join('; ');
  return [
    {
      target: `${where}: never slower than @neo4j/graphql`,
      measured:
        `faster on ${asked.length - slower.length} of ${asked.length} (its time over the API's)` +
        (slower.length ? `; slower on ${list(slower)}` : ''),
      met: slower.length === 0,
    },
    {
      target: `${where}: count-and-sort ≥ ${TARGETS.countAndSortFaster}× faster than @neo4j/graphql`,
      measured: `its time over the API's: ${list(countAndSort)}`,
      met: countAndSort.length > 0 && short.length === 0,
    },
  ];
}

function sizeCheck(where: string, attempts: SizeAttempt[]): TargetCheck {
  const bad = attempts.filter((a) => a.outcome !== 'answered' && a.outcome !== 'refused by a bound');
  const refused = attempts.filter((a) => a.outcome === 'refused by a bound').length;
  return {
    target: `${where}: no list or export fails by timeout`,
    measured:
      `${attempts.length - refused - bad.length} answered, ${refused} refused up front by a stated bound` +
      (bad.length ? `; ${bad.map((a) => `${a.request}: ${a.outcome} (${a.code ?? a.status})`).join('; ')}` : ''),
    met: attempts.length > 0 && noneTimedOut(attempts),
  };
}

function loadChecks({ largeInitial, cordis, onlineImport, scale }: TargetInputs): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (largeInitial) {
    const { measure, matchesFile } = largeInitial;
    checks.push({
      target: `initial load ≥ ${TARGETS.initialRate.toLocaleString('en')}/s at ${largeInitial.scale} (${measure.graph.memberships.toLocaleString('en')} rows), graph as written`,
      measured: `${measure.membershipsPerSecond.toLocaleString('en')}/s (${measure.importSeconds.toFixed(1)} s); counts ${matchesFile ? 'match the file' : 'DIFFER'}`,
      met: measure.membershipsPerSecond >= TARGETS.initialRate && matchesFile,
    });
  }
  if (cordis) {
    checks.push({
      target: `initial load ≥ ${TARGETS.cordisInitialRate.toLocaleString('en')}/s at CORDIS size, graph identical to the online import's`,
      measured: `${cordis.initial.membershipsPerSecond.toLocaleString('en')}/s (${cordis.initial.seconds} s; online ${cordis.online.membershipsPerSecond.toLocaleString('en')}/s); counts ${cordis.identicalCounts ? 'identical' : 'DIFFER'}`,
      met: cordis.initial.membershipsPerSecond >= TARGETS.cordisInitialRate && cordis.identicalCounts,
    });
  }
  if (onlineImport?.floor && onlineImport.timesFloor !== undefined) {
    const { membershipsPerSecond, timesFloor, floor } = onlineImport;
    checks.push({
      target: `online import at ${scale} ≥ ${TARGETS.onlineRate.toLocaleString('en')}/s warm, or ≤ ${TARGETS.onlineTimesFloor}× the packed UNWIND floor of the same run`,
      measured: `${membershipsPerSecond.toLocaleString('en')}/s, ${times(timesFloor)} the floor (${floor.warmSeconds} s, ${floor.membershipsPerSecond.toLocaleString('en')}/s warm)`,
      met: membershipsPerSecond >= TARGETS.onlineRate || timesFloor <= TARGETS.onlineTimesFloor,
    });
  }
  return checks;
}

/** Every target this run measured. */
export function checkTargets(inputs: TargetInputs): TargetCheck[] {
  const checks = loadChecks(inputs);
  const places: Array<[string, QuestionResult[]]> = [[inputs.scale, inputs.questions]];
  if (inputs.cordis) places.push(['CORDIS layout', inputs.cordis.questions]);
  for (const [where, questions] of places) {
    if (questions.length === 0) continue;
    checks.push(withinCypher(where, questions), ...againstNeo4jGraphql(where, questions));
  }
  if (inputs.sizeLimits.length) checks.push(sizeCheck(inputs.scale, inputs.sizeLimits));
  if (inputs.cordis?.sizeLimits.length) checks.push(sizeCheck('CORDIS layout', inputs.cordis.sizeLimits));
  return checks;
}

/** The checks as Markdown. */
export function targetsTable(checks: TargetCheck[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| target | measured in this run | met? |',
    '|---|---|---|',
    ...checks.map((c) => `| ${cell(c.target)} | ${cell(c.measured)} | ${c.met ? 'met' : '**missed**'} |`),
  ].join('\n');
}
