import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { testNeo4jOptions } from '../support/testNeo4j';

const root = path.resolve(__dirname, '../..');

/** Runs `npm start`'s entry point with this environment and collects what it prints. */
function runMain(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm start fails with one clear line', () => {
  it('for bad configuration: every problem, no stack trace', async () => {
    const { code, output } = await runMain({ NEO4J_URI: 'http://nope', PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('NEO4J_URI="http://nope"');
    expect(output).toContain('PORT="eighty"');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('when NEO4J_URI points at nothing', async () => {
    const { code, output } = await runMain({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000' });
    expect(code).toBe(1);
    expect(output).toMatch(/error: Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable\. Start it, or fix NEO4J_URI/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('with no Java and no NEO4J_URI, naming both ways out (even beside a launcher on another port of its folder)', async () => {
    // The tests' own Neo4j runs on this data folder under NEO4J_TEST_PORT, as `npm start`'s would beside `npm test`:
    // its pid file is not this port's.
    const { code, output } = await runMain({
      PATH: '/nonexistent',
      NEO4J_LOCAL_PORT: '7698',
      NEO4J_LOCAL_DATA_DIR: testNeo4jOptions().dataDir,
    });
    expect(code).toBe(1);
    expect(output).toContain('Java 17+ was not found');
    expect(output).toContain('docker compose up');
    expect(output).toContain('NEO4J_URI');
  });

  it('when the HTTP port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, output } = await runMain({ NEO4J_URI: process.env.NEO4J_TEST_URI!, PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`PORT=${port}: the port is already in use; stop what uses it or set PORT`);
    } finally {
      blocker.close();
    }
  });
});
