import { connectDatabase } from '../../src/db/connect';
import { loadConfig } from '../../src/config';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/localdb/localNeo4j';
import { loadSeed } from '../../src/seed/loadSeed';
import { testNeo4jOptions, wipeDataDir } from './testNeo4j';

/** Starts the tests' Neo4j on an empty data folder and loads the seed graph once. */
// Jest loads global setup through a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalSetup(): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const options = testNeo4jOptions();
    await stopLocalNeo4j(options);
    wipeDataDir(options);
    uri = (await startLocalNeo4j(options)).uri;
    process.env.NEO4J_TEST_URI = uri;
    process.env.NEO4J_TEST_STARTED = '1';
  }
  const db = connectDatabase({ ...loadConfig({}), NEO4J_QUERY_TIMEOUT_MS: 60_000 }, uri);
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run gives one (executeQuery does not).
    const session = db.driver.session({ database: db.name });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await loadSeed(db);
  } finally {
    await db.close();
  }
}
