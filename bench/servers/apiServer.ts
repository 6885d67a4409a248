import pino from 'pino';
import { startServer } from '../../src/server/createServer';
import { announceReady, benchServerEnv, openBenchDatabase } from './serverEnv';

/** This API (Apollo on express, as `npm start` serves it), in its own process so its memory can be measured. */
async function main(): Promise<void> {
  const { uri, port } = benchServerEnv();
  const db = openBenchDatabase(uri);
  const server = await startServer({
    db,
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port,
    production: true,
    introspection: false,
    playground: false,
    // BENCH_API_EXECUTOR=graphql-js: the same API without the compiled executor (the before of issue #18's item 3).
    ...(process.env.BENCH_API_EXECUTOR === 'graphql-js' ? { compiledExecution: false as const } : {}),
  });
  announceReady(server.url.replace('localhost', '127.0.0.1'));
}

void main();
