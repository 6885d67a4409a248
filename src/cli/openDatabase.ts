import type { Config } from '../config';
import { connectDatabase } from '../db/connect';
import type { Database } from '../db/database';
import { DatabaseUnavailableError } from '../errors';
import { startLocalNeo4j, stopLocalNeo4j } from '../localdb/localNeo4j';
import { localNeo4jOptions } from '../localdb/localOptions';

export interface OpenDatabase {
  db: Database;
  /** Closes the driver, and stops the local Neo4j if this call started it. */
  close: () => Promise<void>;
  /** Stops the local Neo4j if this call started it (after the driver is closed); otherwise nothing. */
  stopStartedNeo4j: () => Promise<void>;
  startedLocal: boolean;
}

/**
 * Connects to NEO4J_URI, or when it is unset starts (or reuses) the local Neo4j. Fails with one
 * clear message when the database does not answer or refuses the credentials.
 */
export async function openConfiguredDatabase(config: Config, log: (line: string) => void): Promise<OpenDatabase> {
  let uri = config.NEO4J_URI;
  let startedLocal = false;
  const local = localNeo4jOptions(config, log);
  if (uri === undefined) {
    const started = await startLocalNeo4j(local);
    uri = started.uri;
    startedLocal = !started.alreadyRunning;
  }
  const db = connectDatabase(config, uri);
  const stopStartedNeo4j = async () => {
    if (startedLocal) await stopLocalNeo4j(local);
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
  return { db, close, stopStartedNeo4j, startedLocal };
}
