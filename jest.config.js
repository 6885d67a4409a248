/**
 * Two projects: `unit` (tests/unit: pure code, no Java, no Neo4j, run in parallel) and `integration`
 * (tests/integration, tests/e2e, tests/attack: one real Neo4j started by the global setup, shared by the tests).
 * `npm test` runs both; `npm run test:unit` only the first, in seconds.
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
      // Run only when a test of this project runs (so never for `npm run test:unit`).
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  // One worker: the integration tests share one Neo4j, and some check whole-graph counts. `npm run test:unit`
  // passes --maxWorkers to run the unit tests in parallel.
  maxWorkers: 1,
  testTimeout: 60_000,
};
