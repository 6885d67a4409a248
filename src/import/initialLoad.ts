import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database';
import { applySchema } from '../db/schema';
import { countNodes, setEmptyListsOfInitialLoad } from '../db/writes/importWrites';
import {
  launchLocalNeo4j,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  LocalNeo4jError,
  type LocalNeo4jOptions,
} from '../localdb/localNeo4j';
import { localStoreExists, removeLocalStore, requestOfflineImport } from '../localdb/offlineImport';
import { importSourceTitle, prepareImport, readAndWrite, throwIfAborted, type RowCounts } from './importFile';
import { ImportAborted, ImportError, type ImportOptions, type ImportSummary } from './importTypes';
import { readImportRows } from './formats';
import { MemoryImportGraph } from './memoryGraph';
import { readImportRowsInWorker } from './rowReaderWorker';
import { writeOfflineImportFiles } from './offlineImportFiles';

export interface InitialLoadOptions extends Omit<ImportOptions, 'commit' | 'timeoutMs'> {
  /** The local Neo4j to load: it must not be running, and its database must be new or empty. */
  local: LocalNeo4jOptions;
  /** Opens the driver once the loaded Neo4j answers. */
  connect: (uri: string) => Database;
  /** Leave the Neo4j running when done (the benchmark goes on querying it); by default it is stopped again. */
  keepRunning?: boolean;
  /** Parse and validate the rows in a worker thread (the default), or on this thread (the benchmark compares). */
  rowsInWorker?: boolean;
}

export interface InitialLoadSummary extends ImportSummary {
  /**
   * Where the time went: reading and resolving the rows (while the launcher's JVM starts), writing the importer's
   * files, the offline importer with Neo4j's start after it, the empty lists and the schema (written while the
   * indexes fill). Stopping Neo4j afterwards (unless `keepRunning`) is in `seconds` but in no phase.
   */
  phases: { readSeconds: number; filesSeconds: number; importAndStartSeconds: number; schemaSeconds: number };
}

/** How long the offline importer and Neo4j's start after it may take. */
const IMPORT_AND_START_TIMEOUT_MS = 2 * 60 * 60 * 1000;

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/**
 * Loads a file into an empty local database at the offline importer's speed, giving the graph an online import
 * gives (same nodes, relationships, properties, stored counts and Source; tests/integration/initialLoad.test.ts
 * compares the two): the rows are read, validated and resolved by the same ImportBatchWriter, batch by batch, into
 * a MemoryImportGraph; that graph is written as CSV and handed to `neo4j-admin database import full`, which the
 * launcher runs in its own JVM before it opens the database (started at the beginning, it boots while the rows are
 * read); once Neo4j answers, the empty lists, constraints and indexes are applied.
 *
 * All or nothing: a bad row is rejected as online, but a failure or an abort before Neo4j answers leaves the
 * database as empty as it was. The files go to a temporary folder that is removed afterwards.
 */
export async function initialLoad(options: InitialLoadOptions): Promise<InitialLoadSummary> {
  const started = performance.now();
  const log = options.local.log ?? (() => {});
  const overwrite = await assertEmptyAndStopped(options);
  const { source, projects } = await prepareImport(options);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consortium-initial-load-'));
  const requestFile = path.join(workDir, 'import-request');
  let phases: Omit<InitialLoadSummary['phases'], 'schemaSeconds'>;
  let summary: ImportSummary;
  try {
    // The launcher's JVM starts now and waits for the files: its start overlaps the reading.
    const launched = await launchLocalNeo4j(options.local, ['--import-when-ready', requestFile]);
    const graph = new MemoryImportGraph();
    let rowCounts: RowCounts = { read: 0, accepted: 0, rejected: 0 };
    // Parsed and validated in a worker thread, while this one builds the memory graph.
    summary = await readAndWrite(
      options,
      source.sourceId,
      projects,
      {
        write: (rows, writer) => writer.write(graph, rows),
        finish: async (counts) => {
          rowCounts = counts;
        },
      },
      options.rowsInWorker === false ? readImportRows : readImportRowsInWorker,
    );
    throwIfAborted(options.signal);
    const readSeconds = seconds(started);
    const filesStarted = performance.now();
    const files = await writeOfflineImportFiles(
      graph,
      {
        id: source.sourceId,
        title: importSourceTitle(options.file),
        contentHash: source.contentHash,
        importedAt: new Date().toISOString(),
        rowCounts: JSON.stringify(rowCounts),
      },
      workDir,
    );
    const filesSeconds = seconds(filesStarted);
    throwIfAborted(options.signal);
    log(`Writing the graph with Neo4j's offline importer into ${path.resolve(options.local.dataDir)}...`);
    const importStarted = performance.now();
    requestOfflineImport(requestFile, { ...files, workDir, overwrite });
    await untilReadyOrAborted(launched.untilReady(IMPORT_AND_START_TIMEOUT_MS), options.signal);
    phases = { readSeconds, filesSeconds, importAndStartSeconds: seconds(importStarted) };
  } catch (error) {
    // Nothing of the load stays: the launcher is stopped and the (new or empty) store removed.
    await stopLocalNeo4j(options.local);
    removeLocalStore(options.local.dataDir);
    throw error;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  const schemaStarted = performance.now();
  const db = options.connect(`bolt://127.0.0.1:${options.local.port}`);
  let schemaSeconds: number;
  try {
    try {
      await applySchema(db, () => setEmptyListsOfInitialLoad(db));
    } finally {
      await db.close();
    }
    schemaSeconds = seconds(schemaStarted);
  } finally {
    if (!options.keepRunning) await stopLocalNeo4j(options.local);
  }
  return { ...summary, seconds: seconds(started), phases: { ...phases, schemaSeconds } };
}

/** Waits for the launcher, or fails as soon as the load is aborted (the caller then stops the launcher). */
function untilReadyOrAborted(ready: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return ready;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new ImportAborted());
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    ready.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * An initial load writes the store files itself, so the local Neo4j must be stopped and its database empty: new
 * (no store yet), or started once to check that it holds nothing. Answers whether an (empty) store is replaced.
 */
async function assertEmptyAndStopped(options: InitialLoadOptions): Promise<boolean> {
  const status = localNeo4jStatus(options.local);
  if (status.running) {
    throw new LocalNeo4jError(
      `The local Neo4j on ${status.uri} is running (pid ${status.pid}); an initial load writes its store while it ` +
        'is stopped. Stop it (npm run db:stop, or stop npm start) and run the import again, or import online ' +
        'with --online.',
    );
  }
  if (!localStoreExists(options.local.dataDir)) return false;
  const { uri } = await startLocalNeo4j(options.local);
  const db = options.connect(uri);
  let nodes: number;
  try {
    nodes = await countNodes(db);
  } finally {
    await db.close();
    await stopLocalNeo4j(options.local);
  }
  if (nodes > 0) {
    throw new ImportError(
      `the local graph is not empty (${nodes} nodes); an initial load only loads into an empty database. Import ` +
        'without --initial to add to it, or point NEO4J_LOCAL_DATA_DIR at a new folder.',
    );
  }
  return true;
}
