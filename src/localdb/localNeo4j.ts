import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from './localNeo4jError';
import { formatSize, runMavenBuild, type MavenBuildOptions } from './mavenBuild';

/** Where the Maven module of the launcher lives, relative to the repository root. */
const MODULE_DIR = path.resolve(__dirname, '../../neo4j-local');
const CLASSPATH_FILE = path.join(MODULE_DIR, 'target/classpath.txt');
const CLASSES_DIR = path.join(MODULE_DIR, 'target/classes');
const MAIN_CLASS = 'orggraph.LocalNeo4j';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * The JVM options Neo4j's own server starts with (the `server.jvm.additional` defaults of its neo4j.conf, 5.x),
 * where the launcher used only -Xmx and G1: no stack-trace elision, the heap touched at start (with -Xms = -Xmx,
 * so the first heavy write does not wait for the OS), final fields trusted by the JIT, no System.gc() pauses,
 * bounded NIO buffer caches, and the module openings Neo4j's off-heap and Netty code expect.
 */
export const NEO4J_SERVER_JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Where progress lines go (Maven's first-run download, waiting for Bolt). */
  log?: (line: string) => void;
  /** Called with the launcher's pid as soon as it is started (and its pid file written). */
  onSpawned?: (pid: number) => void;
}

export type LocalNeo4jStatus = { running: true; pid: number; uri: string } | { running: false; uri: string };

export { LocalNeo4jError };

const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
// State is keyed by data folder and port, so launchers on other ports (`npm start` beside `npm test`) never read
// each other's pid file as their own.
const pidFile = (dataDir: string, port: number) => path.join(path.resolve(dataDir), `local-neo4j-${port}.pid`);
const logFile = (dataDir: string, port: number) => path.join(path.resolve(dataDir), `local-neo4j-${port}.log`);
const PID_FILE_NAME = /^local-neo4j-(\d+)\.pid$/;

/** Is this pid alive and one of our launchers (not a recycled pid of another program)? */
function isOurProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function readPid(dataDir: string, port: number): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(dataDir, port), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Reports whether the launcher for this data folder runs. */
export function localNeo4jStatus(options: Pick<LocalNeo4jOptions, 'dataDir' | 'port'>): LocalNeo4jStatus {
  const pid = readPid(options.dataDir, options.port);
  const uri = boltUri(options.port);
  return pid !== undefined && isOurProcess(pid) ? { running: true, pid, uri } : { running: false, uri };
}

/** The port of a launcher running on this data folder under another port (Neo4j locks its store), if any. */
function otherPortUsing(dataDir: string, port: number): number | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(path.resolve(dataDir));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const other = Number(PID_FILE_NAME.exec(name)?.[1]);
    if (Number.isInteger(other) && other !== port && localNeo4jStatus({ dataDir, port: other }).running) return other;
  }
  return undefined;
}

function commandExists(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined;
}

/** Fails with the two ways out when Java is missing: Docker, or a Neo4j of one's own. */
export function assertJavaAvailable(): void {
  if (!commandExists('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java 17+ was not found, and NEO4J_URI is not set, so there is no Neo4j to use. ' +
        'Either run everything with `docker compose up`, or set NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) ' +
        'to a Neo4j you already run.',
    );
  }
}

function isBuilt(moduleDir: string): boolean {
  const classpathFile = path.join(moduleDir, 'target/classpath.txt');
  if (
    !fs.existsSync(classpathFile) ||
    !fs.existsSync(path.join(moduleDir, 'target/classes/orggraph/LocalNeo4j.class'))
  ) {
    return false;
  }
  const builtAt = fs.statSync(classpathFile).mtimeMs;
  const sources = [path.join(moduleDir, 'pom.xml'), path.join(moduleDir, 'src/main/java/orggraph/LocalNeo4j.java')];
  return sources.every((source) => fs.statSync(source).mtimeMs <= builtAt);
}

/** Where and how the launcher is built: the repository's neo4j-local/ and this process's environment by default. */
export type LocalNeo4jBuild = Partial<Pick<MavenBuildOptions, 'moduleDir' | 'env' | 'stream'>>;

/**
 * Compiles the launcher and resolves Neo4j from Maven Central (first run only; a minute or so), showing one
 * updating line (files and size downloaded) with Maven's own log in neo4j-local/target/maven.log.
 */
export async function buildLocalNeo4j(
  log: (line: string) => void = () => {},
  build: LocalNeo4jBuild = {},
): Promise<void> {
  assertJavaAvailable();
  await buildIfNeeded(log, build);
}

async function buildIfNeeded(log: (line: string) => void, build: LocalNeo4jBuild): Promise<void> {
  const moduleDir = build.moduleDir ?? MODULE_DIR;
  if (isBuilt(moduleDir)) return;
  if (!commandExists('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found; it resolves Neo4j from Maven Central on first run. ' +
        'Install Maven, or run with `docker compose up`, or set NEO4J_URI to a Neo4j you already run.',
    );
  }
  const startedAt = Date.now();
  const classpathFile = path.join(moduleDir, 'target/classpath.txt');
  const { files, bytes } = await runMavenBuild({
    moduleDir,
    args: ['-B', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    env: build.env,
    stream: build.stream,
  });
  log(
    `Neo4j 5.26 is ready to start: ${files} files (${formatSize(bytes)}) downloaded in ${Math.round((Date.now() - startedAt) / 1000)} s.`,
  );
}

/** The launcher's Java classpath (its classes and Neo4j's jars); build it first with buildLocalNeo4j. */
export function launcherClasspath(): string {
  return `${CLASSES_DIR}${path.delimiter}${fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** Is anything listening on 127.0.0.1:port? */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Does Bolt at this port answer RETURN 1? */
export async function boltAnswers(uri: string, timeoutMs = 2000): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  // An auto-commit statement, not executeQuery: that retries a refused connection with a back-off for up to 30 s,
  // so a Neo4j that opened 1 s after the first try was seen up to 16 s late (measured: 7–30 s at every start).
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logTail(dataDir: string, port: number, lines = 15): string {
  try {
    return fs.readFileSync(logFile(dataDir, port), 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

/** Explains why the JVM exited before Bolt answered, from what it logged. */
function explainEarlyExit(options: LocalNeo4jOptions): string {
  const log = logFile(options.dataDir, options.port);
  const tail = logTail(options.dataDir, options.port, 40);
  if (/Address already in use|BindException/.test(tail)) {
    return `Port ${options.port} is already in use by another program. Stop it, or set NEO4J_LOCAL_PORT to a free port.`;
  }
  if (/IMPORT FAILED|IMPORT ABANDONED/.test(tail)) {
    return `Neo4j's offline importer failed; nothing was loaded. Last lines of ${log}:\n${tail}`;
  }
  if (/OutOfMemoryError|Could not reserve enough space/.test(tail)) {
    return `Neo4j ran out of memory. Lower NEO4J_LOCAL_HEAP (${options.heap}) or NEO4J_LOCAL_PAGECACHE (${options.pageCache}) to fit this machine.`;
  }
  return `The local Neo4j exited during start-up. Last lines of ${log}:\n${logTail(options.dataDir, options.port)}`;
}

/** What startLocalNeo4j did: `pid` is the launcher it started, none when one was already running. */
export type LocalNeo4jStart =
  { uri: string; alreadyRunning: true } | { uri: string; alreadyRunning: false; pid: number };

/**
 * Starts the local Neo4j in the background and returns once Bolt answers RETURN 1.
 * Returns `alreadyRunning: true` (and starts nothing) when this data folder's Neo4j is up.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jStart> {
  const uri = boltUri(options.port);
  if (localNeo4jStatus(options).running) return { uri, alreadyRunning: true };
  const launched = await launchLocalNeo4j(options, []);
  await launched.untilReady(START_TIMEOUT_MS);
  return { uri, alreadyRunning: false, pid: launched.pid };
}

/** A launcher started and not yet answering: `untilReady` waits for Bolt (or says why the JVM exited). */
export interface LaunchedNeo4j {
  pid: number;
  untilReady(timeoutMs: number): Promise<void>;
}

/**
 * Spawns the launcher JVM for this data folder (detached, its pid in the data folder) with `extraArgs` after its
 * own (`--import-when-ready <file>` for an initial load), and returns without waiting for it.
 */
export async function launchLocalNeo4j(options: LocalNeo4jOptions, extraArgs: string[]): Promise<LaunchedNeo4j> {
  const log = options.log ?? (() => {});
  const uri = boltUri(options.port);
  // Java, the port and the data folder are checked before the first run's build, which takes a minute.
  assertJavaAvailable();
  if (await portInUse(options.port)) {
    throw new LocalNeo4jError(
      `Port ${options.port} is already in use by another program. Stop it, or set NEO4J_LOCAL_PORT to a free port.`,
    );
  }
  const dataDir = path.resolve(options.dataDir);
  const holder = otherPortUsing(dataDir, options.port);
  if (holder !== undefined) {
    throw new LocalNeo4jError(
      `The data folder ${dataDir} is in use by the local Neo4j on port ${holder}. ` +
        `Stop it (NEO4J_LOCAL_PORT=${holder} npm run db:stop), or set NEO4J_LOCAL_DATA_DIR to another folder.`,
    );
  }
  await buildIfNeeded(log, {});
  fs.mkdirSync(dataDir, { recursive: true });
  const out = fs.openSync(logFile(dataDir, options.port), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...NEO4J_SERVER_JVM_OPTIONS,
      '-cp',
      launcherClasspath(),
      MAIN_CLASS,
      dataDir,
      String(options.port),
      options.pageCache,
      ...extraArgs,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  let exited = false;
  child.once('exit', () => (exited = true));
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java for the local Neo4j.');
  fs.writeFileSync(pidFile(dataDir, options.port), String(child.pid));
  options.onSpawned?.(child.pid);
  log(`Starting Neo4j on ${uri} (data in ${dataDir})...`);

  const untilReady = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exited) {
        fs.rmSync(pidFile(dataDir, options.port), { force: true });
        throw new LocalNeo4jError(explainEarlyExit(options));
      }
      if (await boltAnswers(uri, 1000)) return;
      await sleep(500);
    }
    await stopLocalNeo4j(options);
    throw new LocalNeo4jError(
      `Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s. Last lines of its log:\n${logTail(dataDir, options.port)}`,
    );
  };
  return { pid: child.pid, untilReady };
}

/** Stops the local Neo4j of this data folder (SIGTERM, then SIGKILL after 30 s). Returns false if none ran. */
export async function stopLocalNeo4j(options: Pick<LocalNeo4jOptions, 'dataDir' | 'port'>): Promise<boolean> {
  const status = localNeo4jStatus(options);
  if (!status.running) {
    fs.rmSync(pidFile(options.dataDir, options.port), { force: true });
    return false;
  }
  const { pid } = status;
  if (!(await terminate(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, 'SIGKILL');
    while (!hasExited(pid)) await sleep(100);
  }
  fs.rmSync(pidFile(options.dataDir, options.port), { force: true });
  return true;
}

/**
 * Stops the launcher `pid` that this process started, and nothing else: if the data folder's Neo4j is now
 * another process (stopped and started again by someone else), it is left running ('not ours'). Waits at most
 * `waitMs`; Neo4j still shutting down then ('stopping') finishes on its own (SIGTERM runs its shutdown hook).
 */
export async function stopStartedLocalNeo4j(
  options: Pick<LocalNeo4jOptions, 'dataDir' | 'port'>,
  pid: number,
  waitMs: number,
): Promise<'stopped' | 'stopping' | 'not ours'> {
  const status = localNeo4jStatus(options);
  if (!status.running || status.pid !== pid) return 'not ours';
  if (!(await terminate(pid, waitMs))) return 'stopping';
  fs.rmSync(pidFile(options.dataDir, options.port), { force: true });
  return 'stopped';
}

/** Sends SIGTERM to our launcher `pid` and waits up to `waitMs` for it to exit; true once it has. */
async function terminate(pid: number, waitMs: number): Promise<boolean> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && !hasExited(pid)) await sleep(100);
  return hasExited(pid);
}

/**
 * Whether our launcher `pid` has ended: gone, a zombie waiting for its parent, or (its pid taken again) another
 * program. Not while it is still exiting: a JVM releasing its heap has already lost its command line in /proc,
 * which isOurProcess reads as "not ours", but it has not ended yet.
 */
function hasExited(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    if (/\) [ZX] /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))) return true;
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine !== '' && !commandLine.includes(MAIN_CLASS);
  } catch {
    return !isOurProcess(pid); // no /proc (macOS): the pid alone
  }
}
