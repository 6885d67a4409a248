import type { Config } from '../config';
import type { LocalNeo4jOptions } from './localNeo4j';

/** The local Neo4j that `npm start` and `npm run db:*` manage, as configured. */
export function localNeo4jOptions(config: Config, log?: (line: string) => void): LocalNeo4jOptions {
  return {
    port: config.NEO4J_LOCAL_PORT,
    dataDir: config.NEO4J_LOCAL_DATA_DIR,
    heap: config.NEO4J_LOCAL_HEAP,
    pageCache: config.NEO4J_LOCAL_PAGECACHE,
    log,
  };
}
