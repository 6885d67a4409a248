import type { Config } from '../config';
import { Database } from './database';

/** Opens the configured database (NEO4J_URI must be set, by the user or by the local launcher). */
export function connectDatabase(config: Config, uri = config.NEO4J_URI): Database {
  if (uri === undefined) throw new Error('connectDatabase needs NEO4J_URI or the local Neo4j URI');
  return Database.connect({
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
}
