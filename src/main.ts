import { onFirstInterrupt } from './cli/interrupts';
import { openConfiguredDatabase } from './cli/openDatabase';
import { ConfigError, loadConfig } from './config';
import { applySchema } from './db/schema';
import { DatabaseAuthError, DatabaseUnavailableError } from './errors';
import { LocalNeo4jError } from './localdb/localNeo4j';
import { createLogger } from './logger';
import { networkLimitsOf } from './network/networkLimits';
import { graphIsEmpty, loadSeed } from './seed/loadSeed';
import { SeedError } from './seed/seedFiles';
import { startServer } from './server/createServer';
import { exportLimitsOf } from './server/exportSlots';
import { installShutdownHandlers } from './server/shutdown';

const SHUTDOWN_DEADLINE_MS = 10_000;
/** Of the deadline, kept for closing the driver and stopping a Neo4j this process started once requests drained. */
const AFTER_DRAIN_MS = 1_500;
const MAX_DRAIN_GRACE_MS = 8_000;

/**
 * `npm start`: use NEO4J_URI or start the local Neo4j, apply the schema, seed an empty graph,
 * serve GraphQL; on Ctrl-C or SIGTERM drain requests and stop what was started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const say = (line: string) => console.log(line);
  const { db, close, stopStartedNeo4j } = await openConfiguredDatabase(config, say);
  // Exports read through a pool of their own, as large as the export cap: GraphQL keeps all of its connections.
  const exportDb = db.withOwnPool(config.MAX_CONCURRENT_EXPORTS);
  // Interrupted while applying the schema or seeding: close, stop the Neo4j this process started, exit 130.
  const cancelStartUpInterrupt = onFirstInterrupt((signal) => {
    say(`${signal} received during start-up: stopping...`);
    void close().finally(() => process.exit(130));
  });
  try {
    await applySchema(db);
    if (await graphIsEmpty(db)) {
      const summary = await loadSeed(db);
      say(`Loaded the seed graph: ${summary.organizations} organisations, ${summary.consortia} consortia.`);
    }
    const server = await startServer({
      db,
      logger,
      host: config.HOST,
      port: config.PORT,
      production: config.NODE_ENV === 'production',
      introspection: config.INTROSPECTION,
      playground: config.PLAYGROUND,
      limits: {
        maxDepth: config.MAX_DEPTH,
        maxAliases: config.MAX_ALIASES,
        maxTokens: config.MAX_TOKENS,
        maxCost: config.MAX_COST,
        maxDirectives: config.MAX_DIRECTIVES,
        maxBodyBytes: config.MAX_BODY_BYTES,
      },
      apiTokens: config.API_TOKENS,
      authFailuresPerMinute: config.AUTH_FAILURES_PER_MINUTE,
      metricsOperations: config.METRICS_OPERATIONS,
      networkLimits: networkLimitsOf(config),
      exportDb,
      exportLimits: exportLimitsOf(config),
      corsOrigins: config.CORS_ORIGINS,
      // The readiness delay and the drain together stay inside the deadline.
      drainGraceMs: Math.min(MAX_DRAIN_GRACE_MS, SHUTDOWN_DEADLINE_MS - config.SHUTDOWN_DELAY_MS - AFTER_DRAIN_MS),
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new ConfigError([`PORT=${config.PORT}: the port is already in use; stop what uses it or set PORT`]);
      }
      throw error;
    });
    cancelStartUpInterrupt();
    installShutdownHandlers({
      server,
      close: () => exportDb.close().then(() => db.close()),
      afterClose: stopStartedNeo4j,
      readinessDelayMs: config.SHUTDOWN_DELAY_MS,
      deadlineMs: SHUTDOWN_DEADLINE_MS,
      say,
    });
    say(`GraphQL API ready at ${server.url}`);
  } catch (error) {
    await exportDb.close();
    cancelStartUpInterrupt();
    await close();
    throw error;
  }
}

main().catch((error: unknown) => {
  const expected = [ConfigError, LocalNeo4jError, DatabaseUnavailableError, DatabaseAuthError, SeedError];
  if (expected.some((type) => error instanceof type)) {
    console.error(`error: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
