import type { Config } from '@jest/types';
import { stopLocalNeo4j } from '../../src/localdb/localNeo4j';
import {
  EXTERNAL_NEO4J_ENV,
  MAX_TEST_WORKERS,
  basePorts,
  testNeo4jOptions,
  wipeDataDir,
  workerPorts,
} from './testNeo4j';

/** Stops every worker's Neo4j (those that ran) and wipes its data. */
// Jest loads global teardown through a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalTeardown(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env[EXTERNAL_NEO4J_ENV] === '1') return;
  const workers = Math.min(Math.max(globalConfig.maxWorkers, 1), MAX_TEST_WORKERS);
  const options = Array.from({ length: workers }, (_, index) => testNeo4jOptions(workerPorts(basePorts(), index).test));
  await Promise.all(
    options.map(async (one) => {
      await stopLocalNeo4j(one);
      wipeDataDir(one);
    }),
  );
}
