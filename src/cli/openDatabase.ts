import type { Config } from '../config';
import { connectDatabase } from '../db/connect';
import type { Database } from '../db/database';
import { DatabaseUnavailableError } from '../errors';
import {
  startLocalNeo4j,
  stopStartedLocalNeo4j,
  type LocalNeo4jOptions,
  type LocalNeo4jStart,
} from '../localdb/localNeo4j';
import { localNeo4jOptions } from '../localdb/localOptions';
import { onFirstInterrupt } from './interrupts';

/** How long a CLI waits for the local Neo4j it started to stop (Neo4j's own checkpoint can take a while). */
const CLI_STOP_WAIT_MS = 30_000;

export interface OpenDatabase {
  db: Database;
  /** Closes the driver, and stops the local Neo4j if this call started it. */
  close: () => Promise<void>;
  /**
   * Stops the local Neo4j if this call started it (after the driver is closed), waiting at most `waitMs`;
   * otherwise, or if the data folder's Neo4j is by now another process, nothing.
   */
  stopStartedNeo4j: (waitMs?: number) => Promise<void>;
  startedLocal: boolean;
}

/**
 * Connects to NEO4J_URI, or when it is unset starts (or reuses) the local Neo4j. Fails with one
 * clear message when the database does not answer or refuses the credentials.
 */
export async function openConfiguredDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
  let uri = config.NEO4J_URI;
  let startedPid: number | undefined;
  const local = localNeo4jOptions(config, log);
  if (uri === undefined) {
    const started = await startLocalStoppingOnInterrupt(local, log);
    uri = started.uri;
    if (!started.alreadyRunning) startedPid = started.pid;
  }
  const db = connectDatabase(config, uri);
  const stopStartedNeo4j = async (waitMs = CLI_STOP_WAIT_MS) => {
    if (startedPid === undefined) return;
    const outcome = await stopStartedLocalNeo4j(local, startedPid, waitMs);
    if (outcome === 'stopping') log(`The local Neo4j (pid ${startedPid}) is finishing its shutdown on its own.`);
  };
  const close = async () => {
    await db.close();
    await stopStartedNeo4j();
  };
  try {
    await db.read('RETURN 1');
  } catch (error) {
    await close();
    if (error instanceof DatabaseUnavailableError) {
      throw new DatabaseUnavailableError(
        `Neo4j at ${uri} is not reachable. Start it, or fix NEO4J_URI (or unset it to use the local Neo4j).`,
      );
    }
    throw error;
  }
  return { db, close, stopStartedNeo4j, startedLocal: startedPid !== undefined };
}

/**
 * Starts (or reuses) the local Neo4j; Ctrl-C or SIGTERM meanwhile stops the launcher this call started, if it
 * got that far, and exits 130. A Neo4j that was already running is never stopped.
 */
async function startLocalStoppingOnInterrupt(
  local: LocalNeo4jOptions,
  log: (line: string) => void,
): Promise<LocalNeo4jStart> {
  let spawned: number | undefined;
  const cancel = onFirstInterrupt((signal) => {
    log(`${signal} received while the local Neo4j was starting: stopping...`);
    const stopping =
      spawned === undefined ? Promise.resolve() : stopStartedLocalNeo4j(local, spawned, CLI_STOP_WAIT_MS);
    void stopping.finally(() => process.exit(130));
  });
  try {
    return await startLocalNeo4j({ ...local, onSpawned: (pid) => (spawned = pid) });
  } finally {
    cancel();
  }
}
