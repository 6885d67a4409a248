import { openConfiguredDatabase } from './cli/openDatabase';
import { ConfigError, loadConfig } from './config';
import { applySchema } from './db/schema';
import { DatabaseAuthError, DatabaseUnavailableError } from './errors';
import { LocalNeo4jError } from './localdb/localNeo4j';
import { createLogger } from './logger';
import { graphIsEmpty, loadSeed } from './seed/loadSeed';
import { SeedError } from './seed/seedFiles';
import { startServer } from './server/createServer';

const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * `npm start`: use NEO4J_URI or start the local Neo4j, apply the schema, seed an empty graph,
 * serve GraphQL; on Ctrl-C or SIGTERM drain requests and stop what was started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const say = (line: string) => console.log(line);
  const { db, close } = await openConfiguredDatabase(config, say);
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
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new ConfigError([`PORT=${config.PORT}: the port is already in use; stop what uses it or set PORT`]);
      }
      throw error;
    });
    say(`GraphQL API ready at ${server.url}`);

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`${signal} received: finishing in-flight requests and stopping...`);
      const deadline = setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS);
      deadline.unref();
      await server.stop();
      await close();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
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
