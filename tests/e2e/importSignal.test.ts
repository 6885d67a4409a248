import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { importSourceId, sha256OfFile } from '../../src/import/importFile';
import { openTestDatabase } from '../support/testDatabase';

const root = path.resolve(__dirname, '../..');
const ROWS = 30_000;
const PREFIX = 't-sig-';
/** Long enough for the import of ROWS rows to be well under way, short enough to bound a hung child. */
const CHILD_TIMEOUT_MS = 90_000;

let db: Database;
let file: string;

/** A generic CSV of ROWS memberships of organisations and consortia whose ids all start with PREFIX. */
function writeFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  const lines = ['organization_id,organization_name,kind,country,consortium_id,consortium_name,role'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `${PREFIX}org-${i},Signal Org ${i},COMPANY,DE,${PREFIX}c-${i % 500},Signal Consortium ${i % 500},MEMBER`,
    );
  }
  const csv = path.join(dir, 'memberships.csv');
  fs.writeFileSync(csv, lines.join('\n') + '\n');
  return csv;
}

async function writtenByFixture(): Promise<{ nodes: number; sources: number }> {
  const sourceId = importSourceId(await sha256OfFile(file));
  const [row] = await db.read<{ nodes: number; sources: number }>(
    `CALL () { MATCH (n) WHERE (n:Organization OR n:Consortium) AND n.id STARTS WITH $prefix RETURN count(n) AS nodes }
     CALL () { MATCH (s:Source {id: $sourceId}) RETURN count(s) AS sources }
     RETURN nodes, sources`,
    { prefix: PREFIX, sourceId },
  );
  return row!;
}

/**
 * Runs `npm run import` on the fixture against the tests' Neo4j, sends `signal` to the npm process itself once
 * the importer reports its first progress line, and resolves with npm's exit code and everything printed.
 */
function interruptNpmImport(signal: NodeJS.Signals): Promise<{ code: number | null; output: string; ms: number }> {
  const child = spawn('npm', ['run', 'import', '--', file, '--format', 'generic-csv', '--batch-size', '200'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NEO4J_URI: process.env.NEO4J_TEST_URI },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let signalledAt = 0;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (signalledAt === 0 && /importing: \d+ rows read/.test(output)) {
      signalledAt = Date.now();
      child.kill(signal);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: signalledAt === 0 ? -1 : Date.now() - signalledAt });
    }),
  );
}

jest.setTimeout(180_000);

beforeAll(() => {
  db = openTestDatabase();
  file = writeFixture();
});

afterAll(async () => {
  await db.write('MATCH (n) WHERE (n:Organization OR n:Consortium) AND n.id STARTS WITH $prefix DETACH DELETE n', {
    prefix: PREFIX,
  });
  await db.write('MATCH (s:Source {id: $sourceId}) DETACH DELETE s', {
    sourceId: importSourceId(await sha256OfFile(file)),
  });
  await db.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe.each(['SIGINT', 'SIGTERM'] as const)('%s sent to the npm process of `npm run import`', (signal) => {
  it('reaches the importer, which rolls back: exit non-zero, nothing committed', async () => {
    expect(await writtenByFixture()).toEqual({ nodes: 0, sources: 0 });
    const { code, output, ms } = await interruptNpmImport(signal);
    expect(ms).toBeGreaterThanOrEqual(0); // the signal was sent mid-import
    expect(output).toContain(`${signal}: interrupted, rolling back the import`);
    expect(output).toContain('the import was interrupted; nothing was written');
    expect(code).toBe(130);
    expect(ms).toBeLessThan(10_000);
    expect(await writtenByFixture()).toEqual({ nodes: 0, sources: 0 });
  });
});
