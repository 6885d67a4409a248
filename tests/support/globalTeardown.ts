import { stopLocalNeo4j } from '../../src/localdb/localNeo4j';
import { testNeo4jOptions, wipeDataDir } from './testNeo4j';

// Jest loads global teardown through a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalTeardown(): Promise<void> {
  if (process.env.NEO4J_TEST_STARTED !== '1') return;
  const options = testNeo4jOptions();
  await stopLocalNeo4j(options);
  wipeDataDir(options);
}
