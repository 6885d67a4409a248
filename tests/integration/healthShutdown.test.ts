import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const READINESS_DELAY_MS = 1500;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the real `npm start` entry point on the tests' Neo4j and resolves once it serves. */
async function startMain(port: number): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  // tsx loaded into node itself (what `npx tsx` does, minus the wrappers), so the signal reaches main.ts.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: process.env.NEO4J_TEST_URI,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      SHUTDOWN_DELAY_MS: String(READINESS_DELAY_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('GraphQL API ready')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`main.ts exited before serving:\n${output}`)));
  });
  return { child, exited };
}

/** A POST whose body is sent in two halves: in flight from the first half until `finish()`. */
function slowPost(port: number, query: string) {
  const body = JSON.stringify({ query });
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.once('error', reject);
  });
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  return { response, finish: () => request.end(body.slice(half)) };
}

const status = (port: number, route: string): Promise<number> =>
  fetch(`http://127.0.0.1:${port}${route}`).then(
    (response) => response.status,
    () => -1, // connection refused
  );

describe('graceful shutdown of src/main.ts', () => {
  it('on SIGTERM: readiness 503, in-flight request finishes, new connections refused, exit 0 within 10 s', async () => {
    const port = await freePort();
    const { child, exited } = await startMain(port);
    try {
      expect(await status(port, '/health/ready')).toBe(200);
      const inFlight = slowPost(port, '{ programs { id name } }');
      await new Promise((resolve) => setTimeout(resolve, 200));

      const signalled = Date.now();
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await status(port, '/health/ready')).toBe(503);
      expect(await status(port, '/health/live')).toBe(200);

      await new Promise((resolve) => setTimeout(resolve, READINESS_DELAY_MS + 500));
      expect(await status(port, '/health/live')).toBe(-1);

      inFlight.finish();
      const answered = await inFlight.response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body).data.programs.length).toBeGreaterThan(0);

      expect(await exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
