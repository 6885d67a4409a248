import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildLocalNeo4j, launcherClasspath, LocalNeo4jError } from './localNeo4j';

/** The database the launcher serves (Neo4j's default). */
const DATABASE = 'neo4j';
const OUTPUT_TAIL_LINES = 40;

/** Where the local Neo4j of `dataDir` keeps the store of its database (the launcher's home is `dataDir`). */
export function localStoreDirs(dataDir: string): string[] {
  const data = path.join(path.resolve(dataDir), 'data');
  return [path.join(data, 'databases', DATABASE), path.join(data, 'transactions', DATABASE)];
}

/** Has the local Neo4j of `dataDir` ever created its database? (False for a new data folder.) */
export function localStoreExists(dataDir: string): boolean {
  return fs.existsSync(localStoreDirs(dataDir)[0]!);
}

/** Deletes the store of the local database (its Neo4j must be stopped); Neo4j creates an empty one at start. */
export function removeLocalStore(dataDir: string): void {
  for (const dir of localStoreDirs(dataDir)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface OfflineImportRun {
  dataDir: string;
  nodes: Array<{ label: string; file: string }>;
  relationships: Array<{ type: string; file: string }>;
  multilineFiles: string[];
  arrayDelimiter: string;
  /** A folder of this run's own (configuration and report go there). */
  workDir: string;
  /** Replace a store that exists (the caller has checked that it holds nothing). */
  overwrite: boolean;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

const unicode = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, org.neo4j:neo4j-import-tool, on the
 * launcher's classpath) into the local Neo4j's data folder, which must not be open: it writes the store files
 * directly, without transactions, at the speed of the disk. Its stage lines go to `log`. On failure or abort the
 * half-written store is removed, so the folder is as before (no store, which Neo4j starts as an empty database).
 */
export async function runOfflineImport(run: OfflineImportRun): Promise<void> {
  await buildLocalNeo4j(run.log);
  const conf = path.join(run.workDir, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  fs.mkdirSync(run.dataDir, { recursive: true });
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const args = [
    '-cp',
    launcherClasspath(),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    DATABASE,
    '--id-type=actual',
    `--array-delimiter=${unicode(run.arrayDelimiter)}`,
    `--report-file=${path.join(run.workDir, 'import.report')}`,
    `--overwrite-destination=${run.overwrite}`,
    ...run.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
    ...run.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
    ...(run.multilineFiles.length > 0
      ? [`--multiline-fields=${run.multilineFiles.join(',')}`, '--multiline-fields-format=v2']
      : []),
  ];
  try {
    await runJava(args, { ...process.env, NEO4J_HOME: path.resolve(run.dataDir), NEO4J_CONF: conf }, run);
  } catch (error) {
    removeLocalStore(run.dataDir);
    throw error;
  }
}

function runJava(args: string[], env: NodeJS.ProcessEnv, run: OfflineImportRun): Promise<void> {
  const log = run.log ?? (() => {});
  return new Promise((resolve, reject) => {
    if (run.signal?.aborted) return reject(new LocalNeo4jError('the initial load was interrupted'));
    const child = spawn('java', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() === '' || /^[-.\s]*\d*%?\s*∆/.test(line) || /^[.\s-]+\d+%/.test(line)) continue;
        tail.push(line);
        if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
        if (/COMPLETED|IMPORT DONE|^\(\d\/\d\)/.test(line)) log(`  neo4j-admin import: ${line.trim()}`);
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    const onAbort = () => child.kill('SIGTERM');
    run.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (error) => reject(new LocalNeo4jError(`could not run Neo4j's importer: ${error.message}`)));
    child.once('close', (code) => {
      run.signal?.removeEventListener('abort', onAbort);
      if (run.signal?.aborted) reject(new LocalNeo4jError('the initial load was interrupted'));
      else if (code === 0) resolve();
      else reject(new LocalNeo4jError(`Neo4j's importer failed (exit ${code}):\n${tail.join('\n')}`));
    });
  });
}
