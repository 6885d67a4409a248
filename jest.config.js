const os = require('node:os');

/**
 * Two projects: `unit` (tests/unit: pure code, no Java, no Neo4j) and `integration` (tests/integration, tests/e2e,
 * tests/attack: real Neo4j, one per jest worker, each started and seeded by the worker's first test file; see
 * docs/running.md). `npm test` runs both; `npm run test:unit` only the first, in seconds.
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'], testMatch: ['**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/unit/'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/setupTestFile.ts'],
      // Run only when a test of this project runs (so never for `npm run test:unit`).
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  // Each worker has its own Neo4j and ports (tests/support/testNeo4j.ts), so files of different workers never meet;
  // files of one worker run one after another on its Neo4j. At least 2 workers (the tests wait on Neo4j and child
  // processes more than they compute), at most 4 (MAX_TEST_WORKERS: more would overlap the derived ports). A Neo4j
  // of one's own (NEO4J_TEST_URI) is shared by every test, so then one worker. --maxWorkers overrides.
  maxWorkers: process.env.NEO4J_TEST_URI ? 1 : Math.min(4, Math.max(2, os.availableParallelism())),
  testTimeout: 60_000,
};
