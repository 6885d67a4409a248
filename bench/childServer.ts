import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { processMemoryMb } from './processMemory';

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  memory: () => { rssMb: number; peakRssMb: number };
  stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/**
 * Starts one of bench/servers/*.ts as its own node process (so its memory is its own, and it does not share an
 * event loop with the load generator) and resolves once it prints `READY <url>`.
 */
export async function startChildServer(
  name: string,
  neo4jUri: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const file = path.join(__dirname, 'servers', `${name}.ts`);
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4jUri, BENCH_PORT: '0', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await readyUrl(name, child);
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

function readyUrl(name: string, child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${READY_TIMEOUT_MS / 1000} s:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^READY (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
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
