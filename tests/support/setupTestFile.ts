import { START_AND_SEED_TIMEOUT_MS, applyWorkerEnv, ensureWorkerNeo4j } from './workerNeo4j';

// Runs before each integration test file (jest.config.js setupFilesAfterEnv): the ports and URI first, while the
// file is not loaded yet (some read them at the top), then this worker's Neo4j before the file's own hooks.
applyWorkerEnv(process.env);
beforeAll(() => ensureWorkerNeo4j(process.env), START_AND_SEED_TIMEOUT_MS);
