import type { AttackTarget } from './attackTarget';

export type { AttackTarget, TimedResponse } from './attackTarget';

/** What an attack ended with, for the report: an HTTP status (or a word such as "closed") and a short note. */
export interface AttackOutcome {
  status: number | string;
  note?: string;
}

/**
 * One hostile request or burst. `attack` sends it to the target, checks the answer with jest's `expect`, and says
 * what came back; the harness measures everything else. Every loop inside an attack is bounded in count and time,
 * and traffic goes to the target (127.0.0.1) only.
 */
export interface AttackCase {
  name: string;
  attack: (target: AttackTarget) => Promise<AttackOutcome>;
  /** The longest the attack itself may take (default 60 s); past it the case fails. */
  timeoutMs?: number;
}

/** One row of the report. */
export interface AttackMeasure {
  name: string;
  status: number | string;
  note: string;
  attackMs: number;
  probes: number;
  probeWorstMs: number;
  probeMedianMs: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

/** The probe: the cheapest real question, which must stay fast whatever an attacker sends alongside. */
export const PROBE_QUERY = '{ organization(id: "kaist") { id } }';
/** The target is 500 ms on this 2-core machine; the assertion allows for a noisy, shared machine. */
export const PROBE_LIMIT_MS = 1_000;
const PROBE_PAUSE_MS = 20;
const MAX_PROBES = 5_000;
const DEFAULT_ATTACK_TIMEOUT_MS = 60_000;

/**
 * Runs `attackCase` against `target` while a probe is sent in a loop (one at a time, bounded in count), and
 * measures the attack's time, the probe's latencies (a probe that fails counts as the time it took, and fails the
 * case) and the server's RSS before and after.
 */
export async function measureAttack(target: AttackTarget, attackCase: AttackCase): Promise<AttackMeasure> {
  const rssBeforeMb = target.rssMb();
  const latencies: number[] = [];
  const probeFailures: string[] = [];
  let attacking = true;
  const probing = (async () => {
    while (attacking && latencies.length < MAX_PROBES) {
      const started = performance.now();
      try {
        const response = await target.gql(PROBE_QUERY);
        if (response.status !== 200 || response.body.errors) {
          probeFailures.push(`${response.status} ${JSON.stringify(response.body.errors ?? [])}`);
        }
      } catch (error) {
        probeFailures.push((error as Error).message);
      }
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
    }
  })();
  const started = performance.now();
  let outcome: AttackOutcome;
  try {
    outcome = await withTimeout(attackCase.attack(target), attackCase.timeoutMs ?? DEFAULT_ATTACK_TIMEOUT_MS);
  } finally {
    attacking = false;
    await probing;
  }
  const attackMs = performance.now() - started;
  if (probeFailures.length > 0) {
    throw new Error(`the probe failed during "${attackCase.name}": ${probeFailures.slice(0, 3).join('; ')}`);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name: attackCase.name,
    status: outcome.status,
    note: outcome.note ?? '',
    attackMs,
    probes: latencies.length,
    probeWorstMs: sorted[sorted.length - 1] ?? 0,
    probeMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    rssBeforeMb,
    rssAfterMb: target.rssMb(),
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the attack did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The report as a Markdown table, as it goes into bench/RESULTS.md. */
export function attackTable(rows: readonly AttackMeasure[]): string {
  const lines = [
    '| attack | status | attack ms | probes | probe worst / median ms | server RSS before → after MB | note |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${row.status} | ${Math.round(row.attackMs)} | ${row.probes} | ` +
        `${Math.round(row.probeWorstMs)} / ${Math.round(row.probeMedianMs)} | ${row.rssBeforeMb} → ${row.rssAfterMb} | ` +
        `${row.note.replace(/\|/g, '\\|')} |`,
    );
  }
  return lines.join('\n');
}
