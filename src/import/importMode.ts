import { ImportError } from './importTypes';
import { localNeo4jStatus, type LocalNeo4jOptions } from '../localdb/localNeo4j';
import { localStoreExists } from '../localdb/offlineImport';

/** `--initial`, `--online`, or neither (auto). */
export type ImportMode = 'auto' | 'initial' | 'online';

/**
 * Whether `npm run import` loads with Neo4j's offline importer (initialLoad) instead of through Bolt:
 * - `--initial`: yes, into the local Neo4j (it must be stopped and empty; initialLoad says so otherwise);
 * - `--online`: never;
 * - neither: when the Neo4j is ours (NEO4J_URI unset), not running, and its data folder has no database yet
 *   (a new NEO4J_LOCAL_DATA_DIR). A database that exists is imported online even when empty: telling would need a
 *   start, and a running Neo4j may be serving someone.
 */
export function choosesInitialLoad(mode: ImportMode, neo4jUri: string | undefined, local: LocalNeo4jOptions): boolean {
  if (mode === 'online') return false;
  if (mode === 'initial') {
    if (neo4jUri !== undefined) {
      throw new ImportError(
        '--initial loads the local Neo4j (its store files, while it is stopped), but NEO4J_URI is set: unset it, ' +
          'or import online without --initial.',
      );
    }
    return true;
  }
  return neo4jUri === undefined && !localNeo4jStatus(local).running && !localStoreExists(local.dataDir);
}
