import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * Longest a command may take to print its help or refuse its command line: about a second on an idle machine,
 * ten on a machine shared by many test runs.
 */
export const COMMAND_TIMEOUT_MS = 120_000;

export interface CommandRun {
  /** The exit status; null when killed by the timeout. */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a real command from the repository's root, as a user would, killed after COMMAND_TIMEOUT_MS. */
export function runCommand(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd: REPO_ROOT, env, timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A TCP port on 127.0.0.1 that nothing listened on a moment ago. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on 127.0.0.1:port (answers within a second either way). */
export function listens(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1_000 });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/**
 * The environment of a user with no NEO4J_URI, whose local Neo4j would use a free port and a data folder that
 * does not exist yet: a command that started Neo4j would create the folder and listen on the port.
 */
export async function localNeo4jEnv(): Promise<{ env: NodeJS.ProcessEnv; port: number; dataDir: string }> {
  const port = await freeLoopbackPort();
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-help-')), 'data');
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA_DIR: dataDir };
  delete env.NEO4J_URI;
  return { env, port, dataDir };
}

/** The lines of a command's output, without the last newline. */
export const linesOf = (text: string): string[] => text.replace(/\n$/, '').split('\n');
