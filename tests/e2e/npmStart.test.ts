import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  boltAnswers,
  localNeo4jStatus,
  portInUse,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/localdb/localNeo4j';

const root = path.resolve(__dirname, '../..');
const testPort = Number(process.env.NEO4J_TEST_PORT ?? 7697);
/** The Neo4j `npm start` starts itself. */
const own = { dataDir: path.join(root, `.neo4j/npm-start-test-${process.pid}`), port: testPort + 200 };
/** A Neo4j the test starts before `npm start`, which must outlive it. */
const before: LocalNeo4jOptions = {
  dataDir: path.join(root, `.neo4j/npm-start-before-${process.pid}`),
  port: testPort + 210,
  heap: '512m',
  pageCache: '128m',
};
const SHUTDOWN_PROMISE_MS = 10_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves when the child prints a line matching `pattern`; rejects if it exits first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, output: { text: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => pattern.test(output.text) && resolve();
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${output.text}`)));
  });
}

/** Starts `command` (the real npm, or node) with only the given environment, collecting what it prints. */
function start(command: string, args: string[], env: Record<string, string>) {
  const output = { text: '' };
  const child = spawn(command, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
  });
  child.stdout!.on('data', (chunk) => (output.text += chunk));
  child.stderr!.on('data', (chunk) => (output.text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output, exited };
}

/** Sends `signal` and resolves with the exit code and how long the exit took (at most 30 s, then SIGKILL). */
async function signalAndTime(started: ReturnType<typeof start>, signal: NodeJS.Signals) {
  const signalled = Date.now();
  started.child.kill(signal);
  const timer = setTimeout(() => started.child.kill('SIGKILL'), 30_000);
  const code = await started.exited;
  clearTimeout(timer);
  const ms = Date.now() - signalled;
  const report = `${signal} to pid ${started.child.pid}: exit ${code} after ${ms} ms\n`;
  process.stderr.write(report);
  return { code, ms };
}

async function waitUntilStopped(options: Pick<LocalNeo4jOptions, 'dataDir' | 'port'>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && localNeo4jStatus(options).running) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !localNeo4jStatus(options).running;
}

jest.setTimeout(300_000);

afterAll(async () => {
  await stopLocalNeo4j(own);
  await stopLocalNeo4j(before);
  for (const { dataDir } of [own, before]) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start with no NEO4J_URI', () => {
  it('starts the local Neo4j, seeds it, serves GraphQL; Ctrl-C exits 0 within 10 s and stops that Neo4j', async () => {
    const port = await freePort();
    const started = start(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      PORT: String(port),
      NEO4J_LOCAL_PORT: String(own.port),
      NEO4J_LOCAL_DATA_DIR: own.dataDir,
      NEO4J_LOCAL_HEAP: '512m',
      NEO4J_LOCAL_PAGECACHE: '128m',
    });
    try {
      await waitForOutput(started.child, /GraphQL API ready at http:\/\/localhost:\d+\/graphql/, started.output);
      expect(started.output.text).toContain('Loaded the seed graph');

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organization(id: "kaist") { nameKo consortiumCount } }' }),
      });
      expect((await response.json()).data.organization).toEqual({ nameKo: '한국과학기술원', consortiumCount: 6 });
      expect(localNeo4jStatus(own).running).toBe(true);

      const { code, ms } = await signalAndTime(started, 'SIGINT');
      if (code !== 0) throw new Error(`npm start exited with ${code}:\n${started.output.text}`);
      expect(ms).toBeLessThan(SHUTDOWN_PROMISE_MS);
      // Signalled before the exit, the Neo4j it started finishes its shutdown (if it had not yet) on its own.
      expect(await waitUntilStopped(own, 30_000)).toBe(true);
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});

describe('SIGTERM to the npm process of `npm start`, over a Neo4j started before it', () => {
  beforeAll(async () => {
    await startLocalNeo4j(before);
  });

  const cases: Array<[string, Record<string, string>]> = [
    ['reused as the local Neo4j', { NEO4J_LOCAL_PORT: String(before.port), NEO4J_LOCAL_DATA_DIR: before.dataDir }],
    ['given as NEO4J_URI', { NEO4J_URI: `bolt://127.0.0.1:${before.port}` }],
  ];
  it.each(cases)('%s: the API exits 0 within 10 s, nothing of it is left, that Neo4j runs on', async (_, env) => {
    const port = await freePort();
    const started = start('npm', ['start'], { PORT: String(port), ...env });
    try {
      await waitForOutput(started.child, /GraphQL API ready/, started.output);
      const { pid } = localNeo4jStatus(before) as { pid: number };

      const { code, ms } = await signalAndTime(started, 'SIGTERM');
      if (code !== 0) throw new Error(`npm start exited with ${code}:\n${started.output.text}`);
      expect(ms).toBeLessThan(SHUTDOWN_PROMISE_MS);
      expect(started.output.text).toContain('SIGTERM received');
      // The server itself is gone (not orphaned behind npm), and the Neo4j it did not start is untouched.
      expect(await portInUse(port)).toBe(false);
      expect(localNeo4jStatus(before)).toEqual({ running: true, pid, uri: `bolt://127.0.0.1:${before.port}` });
      expect(await boltAnswers(`bolt://127.0.0.1:${before.port}`)).toBe(true);
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});
