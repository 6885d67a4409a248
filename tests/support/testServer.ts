import pino from 'pino';
import type { Database } from '../../src/db/database';
import { COMPILE_AFTER, CompiledOperations, MAX_COMPILED_OPERATIONS } from '../../src/server/compiledExecution';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/createServer';
import { openTestDatabase } from './testDatabase';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export interface TestServer extends RunningServer {
  baseUrl: string;
  /** POSTs a GraphQL operation over real HTTP. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<T>>;
}

/** Starts the real HTTP server on a free port of 127.0.0.1. */
export async function startTestServer(db: Database, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const server = await startServer({
    db,
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    production: false,
    introspection: true,
    playground: true,
    // A busy test machine can outlast production's wait for the first read of the graph's sizes, and a query
    // priced by the defaults is refused: the tests wait longer (still bounded).
    firstGraphStatsWaitMs: 60_000,
    // As production runs it; TEST_COMPILE_AFTER=1 runs a suite with every query compiled from its first ask.
    compiledExecution: new CompiledOperations(
      MAX_COMPILED_OPERATIONS,
      Number(process.env.TEST_COMPILE_AFTER ?? COMPILE_AFTER),
    ),
    ...options,
  });
  const baseUrl = server.url.replace(/\/graphql$/, '').replace('localhost', '127.0.0.1');
  return {
    ...server,
    baseUrl,
    gql: async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
    },
  };
}

/**
 * Registers the usual lifecycle of an HTTP test file: before all tests a driver on the tests'
 * Neo4j and a server on it (handed to `onStart`), after all tests both closed.
 */
export function useTestServer(
  onStart: (started: { db: Database; server: TestServer }) => void,
  options: Partial<ServerOptions> = {},
): void {
  let started: { db: Database; server: TestServer } | undefined;
  beforeAll(async () => {
    const db = openTestDatabase();
    started = { db, server: await startTestServer(db, options) };
    onStart(started);
  });
  afterAll(async () => {
    await started?.server.stop();
    await started?.db.close();
  });
}
