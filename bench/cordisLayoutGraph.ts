import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Database } from '../src/db/database';
import { generateCordisLayout } from '../src/generate/cordisLayout';
import { initialLoad, type InitialLoadSummary } from '../src/import/initialLoad';
import type { LocalNeo4jOptions } from '../src/localdb/localNeo4j';
import { startServer, type RunningServer } from '../src/server/createServer';
import { benchNeo4jOptions, stopLocalNeo4j } from './benchNeo4j';
import { openBenchDatabase } from './servers/serverEnv';

/** The generated CORDIS-layout graph and where its files are. */
export interface CordisLayoutFiles {
  graph: Awaited<ReturnType<typeof generateCordisLayout>>;
  file: string;
  projectsFile: string;
}

/** Writes the CORDIS-layout files of `seed` (organization.csv, project.csv) into `dir`. */
export async function writeCordisLayout(dir: string, seed: number): Promise<CordisLayoutFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'organization.csv');
  const projectsFile = path.join(dir, 'project.csv');
  const graph = await generateCordisLayout(seed, fs.createWriteStream(file), fs.createWriteStream(projectsFile));
  return { graph, file, projectsFile };
}

/** The files through the initial load into the wiped data folder of `options`, that Neo4j left running. */
export async function loadCordisInitially(
  options: LocalNeo4jOptions,
  { file, projectsFile }: CordisLayoutFiles,
): Promise<InitialLoadSummary> {
  await stopLocalNeo4j(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  return initialLoad({
    file,
    format: 'cordis',
    projectsFile,
    local: options,
    connect: openBenchDatabase,
    keepRunning: true,
  });
}

/**
 * Writes the CORDIS-layout files of `seed` beside the bench Neo4j `name` on `port`, and (unless `reuse`) loads them
 * into a fresh database there through the initial load, leaving that Neo4j running. The profiling tools share it so
 * that they ask the same graph.
 */
export async function loadCordisLayout(
  name: string,
  port: number,
  seed: number,
  reuse = false,
): Promise<CordisLayoutFiles> {
  const options = benchNeo4jOptions(name, port);
  const files = await writeCordisLayout(`${options.dataDir}-generated`, seed);
  if (!reuse) await loadCordisInitially(options, files);
  return files;
}

/** The API in this process on a free loopback port, silent and as in production (no playground, no introspection). */
export async function startQuietServer(db: Database): Promise<{ server: RunningServer; url: string }> {
  const server = await startServer({
    db,
    logger: pino({ level: 'silent' }),
    host: '127.0.0.1',
    port: 0,
    production: true,
    introspection: false,
    playground: false,
  });
  return { server, url: server.url.replace('localhost', '127.0.0.1') };
}
