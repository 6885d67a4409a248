import { HelpRequested, parseCommandLine, UsageError } from './cli/commandLine';
import { START_COMMAND } from './cli/commands';
import { onFirstInterrupt } from './cli/interrupts';
import { helpText, usageErrorText } from './cli/usageText';
import { ConfigError, loadConfig } from './config';
import { DatabaseAuthError, DatabaseUnavailableError, QueryTimeoutError } from './errors';
import { LocalNeo4jError } from './localdb/localNeo4jError';
import { checkListenAddress, listenProblem } from './server/listenCheck';

/** EXIT_USAGE of src/cli/runCli.ts, which is not imported here: it loads the driver, before the port check. */
const EXIT_USAGE = 2;
const SHUTDOWN_DEADLINE_MS = 10_000;
/** The schema and the seed on a cold Neo4j (a just-started JVM took over a minute to seed on a busy machine). */
const START_UP_QUERY_TIMEOUT_MS = 300_000;
/** Of the deadline, kept for closing the driver and stopping a Neo4j this process started once requests drained. */
const AFTER_DRAIN_MS = 1_500;
const MAX_DRAIN_GRACE_MS = 8_000;

/**
 * `npm start`: use NEO4J_URI or start the local Neo4j, apply the schema, seed an empty graph,
 * serve GraphQL; on Ctrl-C or SIGTERM drain requests and stop what was started.
 */
async function main(): Promise<void> {
  // `npm start -- --help` answers before the configuration is read or anything starts.
  parseCommandLine(START_COMMAND, process.argv.slice(2));
  const config = loadConfig();
  // A taken port or a wrong HOST is told at once, not after Maven and Neo4j have started; what starts them is
  // loaded only then (Apollo, the driver and the rest are most of a second of CPU).
  const addressProblem = await checkListenAddress(config.HOST, config.PORT);
  if (addressProblem !== undefined) throw new ConfigError([addressProblem]);
  const started = await import('./startModules');
  const { openConfiguredDatabase, applySchema, createLogger, graphIsEmpty, loadSeed, startServer } = started;
  const { networkLimitsOf, exportLimitsOf, installShutdownHandlers, CompiledOperations } = started;
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
    // The schema and the seed answer no client: they run under a start-up limit, not the one for questions.
    const startUpDb = db.withQueryTimeout(Math.max(config.NEO4J_QUERY_TIMEOUT_MS, START_UP_QUERY_TIMEOUT_MS));
    await applySchema(startUpDb);
    if (await graphIsEmpty(startUpDb)) {
      const summary = await loadSeed(startUpDb);
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
      compiledExecution: config.COMPILED_EXECUTION ? new CompiledOperations() : false,
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
      warmViz: true,
      warmUpBudgetMs: config.WARM_UP_BUDGET_MS,
      exportLimits: exportLimitsOf(config),
      corsOrigins: config.CORS_ORIGINS,
      // The readiness delay and the drain together stay inside the deadline.
      drainGraceMs: Math.min(MAX_DRAIN_GRACE_MS, SHUTDOWN_DEADLINE_MS - config.SHUTDOWN_DELAY_MS - AFTER_DRAIN_MS),
    }).catch((error: NodeJS.ErrnoException) => {
      // Taken since the check above, by another program.
      const problem = listenProblem(error, config.HOST, config.PORT);
      throw problem === undefined ? error : new ConfigError([problem]);
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
    void server.warmedUp?.then((summary) => summary.stoppedBy !== 'stop' && say(started.warmUpLine(summary)));
  } catch (error) {
    await exportDb.close();
    cancelStartUpInterrupt();
    await close();
    throw error;
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof HelpRequested) {
    process.stdout.write(helpText(START_COMMAND), () => process.exit(0));
    return;
  }
  if (error instanceof UsageError) {
    process.stderr.write(usageErrorText(START_COMMAND, error.message), () => process.exit(EXIT_USAGE));
    return;
  }
  const { SeedError } = await import('./seed/seedFiles');
  const expected = [
    ConfigError,
    LocalNeo4jError,
    DatabaseUnavailableError,
    DatabaseAuthError,
    QueryTimeoutError,
    SeedError,
  ];
  if (expected.some((type) => error instanceof type)) {
    console.error(`error: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
