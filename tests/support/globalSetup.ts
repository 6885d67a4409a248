import { buildLocalNeo4j } from '../../src/localdb/localNeo4j';
import { EXTERNAL_NEO4J_ENV } from './testNeo4j';
import { RUN_ID_ENV, seedTestDatabase } from './workerNeo4j';

/**
 * Names this run, for the workers' Neo4j (each worker starts and seeds its own: tests/support/setupTestFile.ts),
 * and builds the launcher once so two workers never run Maven at once. A Neo4j of one's own (NEO4J_TEST_URI) is
 * seeded here, once, for the single worker jest.config.js then runs.
 */
// Jest loads global setup through a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalSetup(): Promise<void> {
  process.env[RUN_ID_ENV] = `${process.pid}-${Date.now()}`;
  const uri = process.env.NEO4J_TEST_URI;
  if (uri) {
    process.env[EXTERNAL_NEO4J_ENV] = '1';
    await seedTestDatabase(uri);
    return;
  }
  await buildLocalNeo4j((line) => process.stderr.write(line + '\n'));
}
