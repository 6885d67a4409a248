/** Unit, integration and end-to-end tests share one real Neo4j, started by the global setup. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  testTimeout: 60_000,
  // One worker: the tests share one Neo4j, and some check whole-graph counts.
  maxWorkers: 1,
};
