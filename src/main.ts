import { openConfiguredDatabase } from './cli/openDatabase';
import { ConfigError, loadConfig, type Config } from './config';
import { applySchema } from './db/schema';
import { DatabaseAuthError, DatabaseUnavailableError } from './errors';
import { LocalNeo4jError, localNeo4jStatus, stopLocalNeo4j } from './localdb/localNeo4j';
import { localNeo4jOptions } from './localdb/localOptions';
import { createLogger } from './logger';
import { networkLimitsOf } from './network/networkLimits';
import { graphIsEmpty, loadSeed } from './seed/loadSeed';
import { SeedError } from './seed/seedFiles';
import { startServer } from './server/createServer';
import { installShutdownHandlers } from './server/shutdown';

const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * `npm start`: use NEO4J_URI or start the local Neo4j, apply the schema, seed an empty graph,
 * serve GraphQL; on Ctrl-C or SIGTERM drain requests and stop what was started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const say = (line: string) => console.log(line);
  const stopStartingNeo4j = stopLocalNeo4jOnInterrupt(config);
  const { db, close, stopStartedNeo4j } = await openConfiguredDatabase(config, say);
  stopStartingNeo4j.cancel();
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
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new ConfigError([`PORT=${config.PORT}: the port is already in use; stop what uses it or set PORT`]);
      }
      throw error;
    });
    say(`GraphQL API ready at ${server.url}`);

    installShutdownHandlers({
      server,
      close: () => db.close(),
      afterClose: stopStartedNeo4j,
      readinessDelayMs: config.SHUTDOWN_DELAY_MS,
      deadlineMs: SHUTDOWN_DEADLINE_MS,
      say,
    });
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Ctrl-C while the local Neo4j is still starting: stop it too (unless it ran before npm start),
 * so nothing is left behind. Cancelled once start-up is over and the full shutdown takes over.
 */
function stopLocalNeo4jOnInterrupt(config: Config): { cancel: () => void } {
  const local = localNeo4jOptions(config);
  if (config.NEO4J_URI !== undefined || localNeo4jStatus(local).running) return { cancel: () => {} };
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`${signal} received during start-up: stopping the local Neo4j...`);
    void stopLocalNeo4j(local).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    cancel: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
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
