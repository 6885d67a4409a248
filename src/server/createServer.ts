import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { CompiledOperations, compiledExecutionPlugin } from './compiledExecution';
import express from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { readGraphStats } from '../db/reads/graphStats';
import { bearerToken } from '../graphql/auth';
import type { GraphQLContext } from '../graphql/context';
import { createErrorFormatter } from '../graphql/formatError';
import { createLoaders } from '../graphql/loaders';
import { resolvers } from '../graphql/resolvers';
import { loadTypeDefs } from '../graphql/schema';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/networkLimits';
import { authFailureLimiter, DEFAULT_AUTH_FAILURES_PER_MINUTE } from './authLimiter';
import { exportRouter } from './exportRoutes';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './exportSlots';
import { healthRouter } from './health';
import { landingRouter } from './landingRoute';
import { corsMiddleware } from './cors';
import { bodyErrorHandler } from './limits/bodyErrors';
import { costRecheckPlugin } from './limits/costRecheck';
import { createGraphStatsCache, firstGraphStatsRead, GRAPH_STATS_REFRESH_MS } from './limits/graphStatsCache';
import { DEFAULT_QUERY_LIMITS, limitValidationRules, type QueryLimits } from './limits/queryLimits';
import { validationAbortedPlugin } from './limits/validationAborted';
import { createMetrics } from './metrics';
import { playgroundRouter } from './playground';
import { currentRequestId, requestIdMiddleware } from './requestContext';
import { responseCompression } from './responseCompression';
import { legacyJsonStatusPlugin } from './responseStatus';
import { vizRouter } from './vizRoute';
import { warmUp, type WarmUpSummary } from './warmUp';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  host: string;
  port: number;
  production: boolean;
  introspection: boolean;
  playground: boolean;
  /** Bearer tokens allowed to call mutations (API_TOKENS); none: every mutation is refused. */
  apiTokens?: readonly string[];
  /** Wrong bearer tokens a client address may present per minute before it is answered 429 (default 10). */
  authFailuresPerMinute?: number;
  /** Operation names /metrics labels besides the playground's examples (METRICS_OPERATIONS). */
  metricsOperations?: readonly string[];
  /** On stop, how long in-flight requests may finish before their connections are closed (default 8 s). */
  drainGraceMs?: number;
  /** Hot queries run compiled by graphql-jit (src/server/compiledExecution.ts); omitted: on; false: graphql-js only. */
  compiledExecution?: CompiledOperations | false;
  /** Query and body limits (MAX_DEPTH, MAX_COST, ...); the defaults when omitted. */
  limits?: QueryLimits;
  /** MAX_MEASURED_NETWORK_NODES and NETWORK_EXPORT_TIMEOUT_MS (`network` field, exports); defaults when omitted. */
  networkLimits?: NetworkLimits;
  /**
   * The handle exports read through: its own pool (`db.withOwnPool(MAX_CONCURRENT_EXPORTS)`), so exports held open
   * by slow clients never take GraphQL's connections. `db` when omitted (the export cap still bounds them).
   */
  exportDb?: Database;
  /** MAX_CONCURRENT_EXPORTS and EXPORT_STALL_TIMEOUT_MS; defaults when omitted. */
  exportLimits?: ExportLimits;
  /** How often the graph's sizes for the cost rule are read again (default 60 s). */
  graphStatsRefreshMs?: number;
  /** How long start-up waits for the first read of the graph's sizes (FIRST_GRAPH_STATS_WAIT_MS by default). */
  firstGraphStatsWaitMs?: number;
  /** Keep /viz's first view built after start-up and after every write (main.ts); off when omitted (tests). */
  warmViz?: boolean;
  /**
   * Warm Neo4j after start-up within this many ms (src/server/warmUp.ts: the page cache, then the hot questions),
   * in the background while requests are served; 0 or absent: no warm-up (tests that count statements).
   */
  warmUpBudgetMs?: number;
  /** Origins allowed to call /graphql and /export/* across origins (CORS_ORIGINS); none: same origin only. */
  corsOrigins?: readonly string[];
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Makes /health/ready answer 503 from now on, while requests are still served. */
  markShuttingDown: () => void;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop: () => Promise<void>;
  /** The warm-up's end (null without one): what it did, in how long. */
  warmedUp: Promise<WarmUpSummary> | null;
}

/**
 * How long startup waits for the first read of the graph's sizes (about 5 s on a cold Neo4j, 0.1 s warm); after it the
 * cost rule uses its defaults until the read ends.
 */
const FIRST_GRAPH_STATS_WAIT_MS = 10_000;

/** Answers are never cacheable (the graph changes under mutations and imports): what Apollo's plugin sent. */
const noStorePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Builds the HTTP server: GraphQL (and its playground), health, and the other routes. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let shuttingDown = false;
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const networkLimits = options.networkLimits ?? DEFAULT_NETWORK_LIMITS;
  const metrics = createMetrics(options.db, options.metricsOperations);
  const graphStats = createGraphStatsCache(
    () => readGraphStats(options.db),
    options.logger,
    options.graphStatsRefreshMs ?? GRAPH_STATS_REFRESH_MS,
  );
  await firstGraphStatsRead(graphStats, options.firstGraphStatsWaitMs ?? FIRST_GRAPH_STATS_WAIT_MS);

  const formatError = createErrorFormatter(options.logger, currentRequestId);
  const compiled = options.compiledExecution ?? new CompiledOperations();
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: options.introspection,
    // Off: the API authenticates by bearer token only (never a cookie), so a forged cross-site request carries no
    // credential, and GET runs queries only (405 for mutations). On, it refused GraphQL-over-HTTP's plain GETs.
    csrfPrevention: false,
    // src/server/shutdown.ts owns SIGINT/SIGTERM; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    validationRules: limitValidationRules(limits, graphStats.current, networkLimits),
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin hooks every field resolver (tens of thousands per large answer) to
      // compute a policy that is always "no-store" here (the schema has no cache hints); the header is kept below.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      legacyJsonStatusPlugin,
      validationAbortedPlugin,
      costRecheckPlugin(limits.maxCost, graphStats.current, networkLimits),
      // Connections still open when the grace period ends are closed, before main.ts's 10 s deadline.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainGraceMs ?? 8000 }),
      metrics.plugin,
      ...(compiled === false ? [] : [compiledExecutionPlugin<GraphQLContext>(compiled, formatError)]),
    ],
  });
  await apollo.start();
  // What every operation's context holds; a request adds its token, id and the JSON it accepts.
  const requestContext = (db: Database): GraphQLContext => ({
    db,
    loaders: createLoaders(db),
    token: null,
    apiTokens: options.apiTokens ?? [],
    requestId: 'unknown',
    networkLimits,
  });

  app.use(requestIdMiddleware);
  app.use(responseCompression());
  const cors = corsMiddleware(options.corsOrigins ?? []);
  if (cors) app.use(['/graphql', '/export'], cors);
  if (options.playground) app.use(playgroundRouter());
  // The API's own path before the routers of other paths: a question passes through none of their routes.
  app.use(
    '/graphql',
    authFailureLimiter({
      apiTokens: options.apiTokens ?? [],
      perMinute: options.authFailuresPerMinute ?? DEFAULT_AUTH_FAILURES_PER_MINUTE,
      logger: options.logger,
    }),
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        ...requestContext(options.db),
        token: bearerToken(req.header('authorization')),
        requestId: currentRequestId() ?? 'unknown',
        takesLegacyJson: req.accepts(['application/json', 'application/graphql-response+json']) === 'application/json',
      }),
    }),
  );

  app.use(healthRouter(options.db, () => shuttingDown));
  app.use(metrics.router);
  app.use(
    exportRouter(
      options.exportDb ?? options.db,
      options.logger,
      networkLimits,
      options.exportLimits ?? DEFAULT_EXPORT_LIMITS,
    ),
  );
  const viz = vizRouter(options.db, networkLimits, options.logger, { warm: options.warmViz ?? false });
  app.use(viz.router);
  app.use(landingRouter({ playground: options.playground }));
  app.use(bodyErrorHandler(options.logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const stopWarmUp = new AbortController();
  const warmedUp = options.warmUpBudgetMs
    ? warmUp({
        db: options.db,
        execute: async (query, db) => {
          const { body } = await apollo.executeOperation({ query }, { contextValue: requestContext(db) });
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          return errors.map((error) => error.message);
        },
        logger: options.logger,
        budgetMs: options.warmUpBudgetMs,
        signal: stopWarmUp.signal,
      })
    : null;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    httpServer,
    markShuttingDown: () => {
      shuttingDown = true;
    },
    warmedUp,
    stop: async () => {
      shuttingDown = true;
      stopWarmUp.abort();
      await apollo.stop();
      metrics.stop();
      await viz.stop();
      await graphStats.stop();
    },
  };
}
