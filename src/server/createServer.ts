import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import type { GraphQLContext } from '../graphql/context';
import { createErrorFormatter } from '../graphql/formatError';
import { createLoaders } from '../graphql/loaders';
import { resolvers } from '../graphql/resolvers';
import { loadTypeDefs } from '../graphql/schema';
import { healthRouter } from './health';
import { playgroundRouter } from './playground';
import { currentRequestId, requestIdMiddleware } from './requestContext';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  host: string;
  port: number;
  production: boolean;
  introspection: boolean;
  playground: boolean;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop: () => Promise<void>;
}

const bearerToken = (header: string | undefined): string | null => {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1]! : null;
};

/** Builds the HTTP server: GraphQL (and its playground), health, and the other routes. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let shuttingDown = false;

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: createErrorFormatter(options.logger, currentRequestId),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: options.introspection,
    csrfPrevention: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use(requestIdMiddleware);
  app.use(healthRouter(options.db, () => shuttingDown));
  if (options.playground) app.use(playgroundRouter());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        db: options.db,
        loaders: createLoaders(options.db),
        token: bearerToken(req.header('authorization')),
        requestId: currentRequestId() ?? 'unknown',
      }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    httpServer,
    stop: async () => {
      shuttingDown = true;
      await apollo.stop();
    },
  };
}
