import type { ChildServer } from './childServer';
import { measureGraphmlExport, isRefusal } from './exportPhase';

/**
 * The "nothing times out by size" check (issue #18 item 4): the requests that grow with the graph, asked once each
 * with no paging or filter, and how each ended. A list or an analytic question over the whole graph must either
 * answer or be refused up front by a stated bound (QUERY_TOO_COMPLEX and the like); it must never run into the query
 * timeout, and a timeout must never be reported as an outage.
 */

export type SizeOutcome = 'answered' | 'refused by a bound' | 'timed out' | 'outage' | 'failed';

export interface SizeAttempt {
  request: string;
  outcome: SizeOutcome;
  status: number;
  code?: string;
  seconds: number;
  bytes: number;
  message?: string;
}

/** Longer than every server-side budget (query 5 s, export 120 s), so the server, not this client, ends a request. */
const CLIENT_TIMEOUT_MS = 180_000;
const TIMEOUT_CODES = new Set(['QUERY_TIMEOUT', 'MEASURE_TIMEOUT']);
const OUTAGE_CODES = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

const GROWING_QUERIES: Record<string, string> = {
  'consortia, the plain list': '{ consortia { id name } }',
  'organizations, a page of 1000 + totalCount':
    '{ organizations(first: 1000) { totalCount edges { node { id name } } } }',
  'consortiaConnection, the last 1000': '{ consortiaConnection(last: 1000) { edges { node { id name } } } }',
  'consortiumOverlaps of every consortium': '{ consortiumOverlaps { a { id } b { id } sharedCount } }',
  'network, no arguments (BIPARTITE)': '{ network { nodes { id } edges { source target } } }',
  'network CO_MEMBERSHIP, no arguments':
    '{ network(projection: CO_MEMBERSHIP) { nodes { id degree } edges { source target weight } } }',
};

/** A failed answer's outcome from its first error code. */
function outcomeOf(code: string | undefined): SizeOutcome {
  if (code === undefined) return 'failed';
  if (TIMEOUT_CODES.has(code)) return 'timed out';
  if (OUTAGE_CODES.has(code)) return 'outage';
  return 'refused by a bound';
}

async function askOnce(url: string, request: string, query: string): Promise<SizeAttempt> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    const error = body.errors?.[0];
    if (!error)
      return { request, outcome: 'answered', status: response.status, seconds: seconds(), bytes: text.length };
    const code = error.extensions?.code;
    return {
      request,
      outcome: outcomeOf(code),
      status: response.status,
      ...(code ? { code } : {}),
      seconds: seconds(),
      bytes: text.length,
      message: error.message.slice(0, 200),
    };
  } catch (error) {
    const message = (error as Error).message.slice(0, 200);
    const timedOut = (error as Error).name === 'TimeoutError';
    return { request, outcome: timedOut ? 'timed out' : 'failed', status: 0, seconds: seconds(), bytes: 0, message };
  }
}

/** Every growing request once, then the whole network as streamed GraphML, against `api`. */
export async function checkSizeLimits(api: ChildServer): Promise<SizeAttempt[]> {
  const attempts: SizeAttempt[] = [];
  for (const [request, query] of Object.entries(GROWING_QUERIES)) {
    const attempt = await askOnce(api.url, request, query);
    console.error(
      `  ${request}: ${attempt.outcome}${attempt.code ? ` (${attempt.code})` : ''} in ${attempt.seconds} s`,
    );
    attempts.push(attempt);
  }
  const started = performance.now();
  const exported = await measureGraphmlExport(api, 'none').catch((error: Error) => error);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const request = 'GET /export/network.graphml?measures=none (the whole graph)';
  if (exported instanceof Error)
    attempts.push({ request, outcome: 'failed', status: 0, seconds, bytes: 0, message: exported.message });
  else if (isRefusal(exported))
    attempts.push({
      request,
      outcome: 'refused by a bound',
      status: exported.status,
      seconds,
      bytes: 0,
      message: exported.refused,
    });
  else attempts.push({ request, outcome: 'answered', status: 200, seconds, bytes: exported.bytes });
  console.error(`  ${request}: ${attempts.at(-1)!.outcome} in ${seconds} s`);
  return attempts;
}

/** No request ran into a timeout or was answered as an outage. */
export const noneTimedOut = (attempts: SizeAttempt[]) =>
  attempts.every((attempt) => attempt.outcome === 'answered' || attempt.outcome === 'refused by a bound');

/** The attempts as Markdown. */
export function sizeLimitsTable(attempts: SizeAttempt[]): string {
  const rows = attempts.map((attempt) => {
    const answer =
      attempt.outcome === 'answered'
        ? `answered, ${(attempt.bytes / 1e6).toFixed(1)} MB`
        : `${attempt.outcome}: ${attempt.code ?? attempt.status} — ${attempt.message ?? ''}`;
    return `| ${attempt.request} | ${answer.replace(/\|/g, '\\|')} | ${attempt.seconds} |`;
  });
  return ['| request (no paging, no filter) | how it ended | seconds |', '|---|---|---|', ...rows].join('\n');
}
