import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import cliProgress from 'cli-progress';
import { LocalNeo4jError } from './localNeo4jError';

/** Lines of Maven's log shown when the build fails (its errors and their hints are at the end). */
const FAILURE_TAIL_LINES = 12;
/** Off a terminal (a pipe, CI) the line cannot be rewritten: it is printed again this often, and at the end. */
const NOT_TTY_EVERY_MS = 15_000;

/**
 * Bytes of one `Downloaded from <repository>: <url> (<size> at <rate>)` line of Maven 3 (sizes in B, kB, MB, GB of
 * 1000, as its transfer listener prints them); undefined for every other line.
 */
export function downloadedBytes(line: string): number | undefined {
  // Maven may put colour resets before the level even in batch mode.
  const match = /^(?:\[INFO\] )?Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|MB|GB)(?: at [^)]*)?\)/.exec(
    stripVTControlCharacters(line),
  );
  if (match === null) return undefined;
  const scale = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as 'B' | 'kB' | 'MB' | 'GB'];
  return Math.round(Number(match[1]) * scale);
}

/** 45.6 MB, 812 kB, 37 B (decimal, as Maven counts). */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} B`;
}

export interface MavenBuildOptions {
  /** The Maven module (neo4j-local/); its log goes to target/maven.log there. */
  moduleDir: string;
  args: string[];
  /** Maven's environment (MAVEN_OPTS moves the local repository, e.g. -Duser.home=...). */
  env?: NodeJS.ProcessEnv;
  /** Where the one progress line goes; rewritten in place on a terminal. */
  stream?: NodeJS.WritableStream;
}

/** Where Maven's whole log of the first-run build goes. */
export const mavenLogFile = (moduleDir: string) => path.join(moduleDir, 'target', 'maven.log');

/**
 * Runs Maven with its whole log in target/maven.log and, instead of that log, one line that counts the files
 * downloaded and their size so far. A failed build throws with the log's last lines and its path.
 */
export async function runMavenBuild(options: MavenBuildOptions): Promise<{ files: number; bytes: number }> {
  const logPath = mavenLogFile(options.moduleDir);
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  const log = fs.createWriteStream(logPath);
  const tally = { files: 0, bytes: 0 };
  const line = new cliProgress.SingleBar({
    stream: options.stream ?? process.stdout,
    format: `Downloading Neo4j 5.26 (first run only): {files} files, {size} so far; Maven's log: ${logPath}`,
    noTTYOutput: true,
    // The line gives way to the summary (or the error) the caller prints.
    clearOnComplete: true,
    notTTYSchedule: NOT_TTY_EVERY_MS,
  });
  const payload = () => ({ files: tally.files, size: formatSize(tally.bytes) });
  line.start(0, 0, payload());
  let code: number | null;
  try {
    code = await new Promise<number | null>((resolve, reject) => {
      const mvn = spawn('mvn', options.args, {
        cwd: options.moduleDir,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let partial = '';
      mvn.stdout.on('data', (chunk: Buffer) => {
        log.write(chunk);
        const lines = (partial + chunk.toString()).split('\n');
        partial = lines.pop() ?? '';
        for (const text of lines) {
          const bytes = downloadedBytes(text);
          if (bytes === undefined) continue;
          tally.files += 1;
          tally.bytes += bytes;
          line.update(0, payload());
        }
      });
      mvn.stderr.pipe(log, { end: false });
      mvn.on('error', (error) => reject(new LocalNeo4jError(`Could not run Maven: ${error.message}`)));
      mvn.on('close', resolve);
    });
  } finally {
    line.stop();
    await new Promise((resolve) => log.end(resolve));
  }
  if (code !== 0) {
    throw new LocalNeo4jError(
      `Maven could not resolve or build the local Neo4j (exit ${code}): fix what its log says (often no access to ` +
        `Maven Central) and start again, or set NEO4J_URI. Last lines of ${logPath}:\n${logTail(logPath)}`,
    );
  }
  return tally;
}

function logTail(logPath: string): string {
  const lines = fs.readFileSync(logPath, 'utf8').trimEnd().split('\n');
  return lines.slice(-FAILURE_TAIL_LINES).join('\n');
}
