import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { processMemoryMb } from './processMemory';
import { BENCH_QUERY_TIMEOUT_MS } from './servers/serverEnv';

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  memory: () => { rssMb: number; peakRssMb: number };
  stop: () => Promise<void>;
}

const ROOT = path.resolve(__dirname, '..');
/** Starting, then (the API) warming up within WARM_UP_BUDGET_MS's default of 120 s. */
const READY_TIMEOUT_MS = 200_000;
const STOP_GRACE_MS = 5_000;

/**
 * Starts a server as its own node process (so its memory is its own, and it does not share an event loop with the
 * load generator) and resolves once it says where it listens. `apiServer` is this API as production runs it: the
 * compiled `dist/main.js` (built first when src/ changed); the others are bench/servers/*.ts, which print
 * `READY <url>`.
 */
export async function startChildServer(
  name: string,
  neo4jUri: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const child = name === 'apiServer' ? await spawnCompiledApi(neo4jUri, env) : spawnBenchServer(name, neo4jUri, env);
  // The API is measured once its warm-up (src/server/warmUp.ts) is done, as its users meet it after a start.
  const warms = name === 'apiServer' && env.WARM_UP_BUDGET_MS !== '0';
  const url = await readyUrl(name, child, warms);
  const pid = child.pid!;
  return {
    name,
    url,
    pid,
    memory: () => processMemoryMb(pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(killer);
    },
  };
}

function spawnBenchServer(name: string, neo4jUri: string, extraEnv: Record<string, string>): ChildProcess {
  const file = path.join(__dirname, 'servers', `${name}.ts`);
  return spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4jUri, BENCH_PORT: '0', NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `node dist/main.js` on the benchmark's Neo4j, configured as bench/servers ran the API before it was compiled. */
async function spawnCompiledApi(neo4jUri: string, extraEnv: Record<string, string>): Promise<ChildProcess> {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/buildIfStale.js')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the API could not be compiled (npm run build)');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NEO4J_URI: neo4jUri,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    NODE_ENV: 'production',
    INTROSPECTION: 'false',
    PLAYGROUND: 'false',
    LOG_LEVEL: 'silent',
    // Long enough for the heaviest question of the benchmark (openBenchDatabase gives the others the same).
    NEO4J_QUERY_TIMEOUT_MS: String(BENCH_QUERY_TIMEOUT_MS),
    ...extraEnv,
  };
  return spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function readyUrl(name: string, child: ChildProcess, waitForWarmUp: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${READY_TIMEOUT_MS / 1000} s:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^(?:READY|GraphQL API ready at) (\S+)$/m.exec(output);
      if (match && (!waitForWarmUp || /^Warmed up in /m.test(output))) {
        clearTimeout(timer);
        resolve(match[1]!.replace('//localhost:', '//127.0.0.1:'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
}
