import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Operation } from './questions';

/** Latency percentiles of one question asked one way, in milliseconds. */
export interface Latency {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  /** Bytes of the last answer (JSON for HTTP, records for Cypher), to show the ways return comparable data. */
  bytes: number;
}

export interface RunBudget {
  warmup: number;
  maxRuns: number;
  minRuns: number;
  /** A question stops after this long (once it has minRuns). */
  maxMs: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `once` sequentially within the budget (after warm-up) and answers its latency percentiles. */
export async function measure(budget: RunBudget, once: () => Promise<number>): Promise<Latency> {
  let bytes = 0;
  for (let i = 0; i < budget.warmup; i++) bytes = await once();
  const times: number[] = [];
  const started = performance.now();
  while (
    times.length < budget.maxRuns &&
    (times.length < budget.minRuns || performance.now() - started < budget.maxMs)
  ) {
    const at = performance.now();
    bytes = await once();
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    runs: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    bytes,
  };
}

/**
 * The request headers of every GraphQL way. The answers are asked uncompressed: Bolt (the Cypher floor) and the
 * @neo4j/graphql server send them so, and on loopback compression is pure cost (this API compresses when asked,
 * which pays across a network; its cost on loopback is measured apart in bench/RESULTS.md).
 */
const GRAPHQL_HEADERS = { 'content-type': 'application/json', 'accept-encoding': 'identity' };

/**
 * One kept-alive connection pool for every GraphQL way. node:http rather than fetch: fetch's WHATWG streams cost
 * the client 0.6 ms a request on this machine (an echo server answered in 1.1 ms p50 through fetch, 0.5 ms through
 * node:http, 1,000 interleaved requests; bench/RESULTS.md), which is the client's time, not the server's, and the
 * Cypher floor is asked through the driver's lean Bolt client.
 */
const agent = new http.Agent({ keepAlive: true });

/** POSTs `body` to `url` on the kept-alive pool: the status and the whole answer as text. */
function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: GRAPHQL_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Posts a GraphQL operation; fails on an HTTP error or a GraphQL error (a benchmark of errors measures nothing). */
export async function postGraphql(url: string, operation: Operation): Promise<number> {
  const body = JSON.stringify(operation);
  let answer: { status: number; text: string };
  try {
    answer = await post(url, body);
  } catch (error) {
    // A kept-alive connection the server closed while this way waited its turn (interleaved rounds can leave one
    // idle longer than the server's keep-alive): asked once more on a new one. Any other failure stands.
    if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
    answer = await post(url, body);
  }
  const { status, text } = answer;
  if (status < 200 || status >= 300 || text.includes('"errors"')) {
    throw new Error(`${url} answered ${status}: ${text.slice(0, 400)}`);
  }
  return text.length;
}

/** Whole numbers as Neo4j integers (LIMIT and integer comparisons want them), as the API's Database sends them. */
function neo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Number.isInteger(value) ? neo4j.int(value as number) : value]),
  );
}

/** Runs one read statement through the driver and returns the size of its records as JSON. */
export async function runCypher(driver: Driver, statement: string, params: Record<string, unknown>): Promise<number> {
  const result = await driver.executeQuery(statement, neo4jParams(params), {
    database: 'neo4j',
    routing: neo4j.routing.READ,
  });
  return JSON.stringify(result.records.map((record) => record.toObject())).length;
}

/** Latencies of several ways of asking one question, measured interleaved; a way that failed has its error. */
export interface InterleavedResult {
  latencies: Record<string, Latency>;
  errors: Record<string, string>;
}

/**
 * Asks one question every way in turn (one of each per round, the order rotated each round so no way always comes
 * first), so that the machine's load, the page cache and the JIT weigh on every way alike; after `warmup` rounds,
 * rounds run until `maxRuns`, or `maxMs` once there are `minRuns`. A way that fails is recorded and left out of the
 * later rounds.
 */
export async function measureInterleaved(
  budget: RunBudget,
  ways: Record<string, () => Promise<number>>,
): Promise<InterleavedResult> {
  const names = Object.keys(ways);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  const bytes = new Map<string, number>();
  const errors: Record<string, string> = {};
  let measuredSince = performance.now();
  for (let round = 0; round < budget.warmup + budget.maxRuns; round++) {
    const measured = round >= budget.warmup;
    const runs = round - budget.warmup;
    if (runs === 0) measuredSince = performance.now();
    if (measured && runs >= budget.minRuns && performance.now() - measuredSince >= budget.maxMs) break;
    const live = names.filter((name) => !(name in errors));
    if (live.length === 0) break;
    for (let turn = 0; turn < live.length; turn++) {
      const name = live[(turn + round) % live.length]!;
      const at = performance.now();
      try {
        bytes.set(name, await ways[name]!());
        if (measured) times.get(name)!.push(performance.now() - at);
      } catch (error) {
        errors[name] = (error as Error).message.slice(0, 300);
      }
    }
  }
  const latencies: Record<string, Latency> = {};
  for (const name of names) {
    const sorted = times.get(name)!.sort((a, b) => a - b);
    if (name in errors || sorted.length === 0) continue;
    const round = (value: number) => Math.round(value * 10) / 10;
    latencies[name] = {
      runs: sorted.length,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      bytes: bytes.get(name) ?? 0,
    };
  }
  return { latencies, errors };
}
