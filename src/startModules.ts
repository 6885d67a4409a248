// What `npm start` (src/main.ts) loads once its configuration and port are checked: everything that connects,
// seeds and serves. Kept apart so a start-up that fails on a setting answers before loading any of it.
export { openConfiguredDatabase } from './cli/openDatabase';
export { applySchema } from './db/schema';
export { createLogger } from './logger';
export { networkLimitsOf } from './network/networkLimits';
export { graphIsEmpty, loadSeed } from './seed/loadSeed';
export { startServer } from './server/createServer';
export { exportLimitsOf } from './server/exportSlots';
export { installShutdownHandlers } from './server/shutdown';
export { CompiledOperations } from './server/compiledExecution';
export { warmUpLine } from './server/warmUp';
