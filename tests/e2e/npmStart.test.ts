import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { localNeo4jStatus } from '../../src/localdb/localNeo4j';

const root = path.resolve(__dirname, '../..');
const dataDir = path.join(root, `.neo4j/npm-start-test-${process.pid}`);
const boltPort = Number(process.env.NEO4J_TEST_PORT ?? 7697) + 200;

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

jest.setTimeout(300_000);

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm start with no NEO4J_URI', () => {
  it('starts the local Neo4j, seeds it, serves GraphQL, and Ctrl-C stops both', async () => {
    const port = await freePort();
    const output = { text: '' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        NEO4J_LOCAL_PORT: String(boltPort),
        NEO4J_LOCAL_DATA_DIR: dataDir,
        NEO4J_LOCAL_HEAP: '512m',
        NEO4J_LOCAL_PAGECACHE: '128m',
        LOG_LEVEL: 'silent',
      },
    });
    child.stdout!.on('data', (chunk) => (output.text += chunk));
    child.stderr!.on('data', (chunk) => (output.text += chunk));
    try {
      await waitForOutput(child, /GraphQL API ready at http:\/\/localhost:\d+\/graphql/, output);
      expect(output.text).toContain('Loaded the seed graph');

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organization(id: "kaist") { nameKo consortiumCount } }' }),
      });
      expect((await response.json()).data.organization).toEqual({ nameKo: '한국과학기술원', consortiumCount: 6 });
      const neo4j = localNeo4jStatus({ dataDir, port: boltPort });
      expect(neo4j.running).toBe(true);

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      const code = await exited;
      if (code !== 0) throw new Error(`npm start exited with ${code}:\n${output.text}`);
      expect(localNeo4jStatus({ dataDir, port: boltPort }).running).toBe(false);
    } finally {
      child.kill('SIGKILL');
      const { stopLocalNeo4j } = await import('../../src/localdb/localNeo4j');
      await stopLocalNeo4j({ dataDir, port: boltPort });
    }
  });
});
