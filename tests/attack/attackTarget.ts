import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { processMemoryMb } from '../../bench/processMemory';

export interface TimedResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  ms: number;
}

/** The real API (`src/main.ts`, as `npm start` runs it) in a child process of its own on 127.0.0.1. */
export interface AttackTarget {
  baseUrl: string;
  pid: number;
  /** A bearer token the server accepts for mutations. */
  token: string;
  /** POSTs a GraphQL operation over real HTTP and times it. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<TimedResponse<T>>;
  /** `fetch` on a path of the server (`/health/live`, `/export/network.csv?...`), with a 60 s cap. */
  fetch: (pathAndQuery: string, init?: RequestInit) => Promise<Response>;
  rssMb: () => number;
  /** What the server printed (stdout and stderr), last 64 KB. */
  output: () => string;
  stop: () => Promise<void>;
}

export const ATTACK_TOKEN = 'attack-suite-token-0123456789abcdef';
const READY_TIMEOUT_MS = 180_000;
const REQUEST_CAP_MS = 60_000;
const OUTPUT_KEPT = 64 * 1024;

/** A port free on 127.0.0.1 now (the server takes it a moment later). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `src/main.ts` against `neo4jUri` with the production settings a deployment would use; `env` overrides
 * any configuration variable (limits, timeouts). Resolves once it says it is ready.
 */
export async function startAttackTarget(neo4jUri: string, env: Record<string, string> = {}): Promise<AttackTarget> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../src/main.ts')], {
    cwd: path.resolve(__dirname, '../..'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEO4J_URI: neo4jUri,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      API_TOKENS: ATTACK_TOKEN,
      // No background warm-up (src/server/warmUp.ts): its reads would weigh on the probe's latencies; the suite
      // warms the server with its own probes before the cases.
      WARM_UP_BUDGET_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await untilReady(child, () => output);
  const baseUrl = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  const fetchPath = (pathAndQuery: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${pathAndQuery}`, { signal: AbortSignal.timeout(REQUEST_CAP_MS), ...init });
  return {
    baseUrl,
    pid,
    token: ATTACK_TOKEN,
    fetch: fetchPath,
    gql: async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const started = performance.now();
      const response = await fetchPath('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      let body: TimedResponse<T>['body'];
      try {
        body = JSON.parse(text) as TimedResponse<T>['body'];
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { status: response.status, headers: response.headers, body, ms };
    },
    rssMb: () => processMemoryMb(pid).rssMb,
    output: () => output,
    stop: () => stopChild(child),
  };
}

function untilReady(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the API did not start within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`));
    }, READY_TIMEOUT_MS);
    const onData = () => {
      if (!/GraphQL API ready at/.test(output())) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve();
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}) before it was ready:\n${output()}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 12_000);
  await exited;
  clearTimeout(killer);
}
