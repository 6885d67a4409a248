import type { Config } from '../config';
import { applySchema } from '../db/schema';
import { importFile } from '../import/importFile';
import {
  ImportAborted,
  ImportIncomplete,
  type ImportCommit,
  type ImportFormat,
  type ImportSummary,
} from '../import/importTypes';
import { choosesInitialLoad, type ImportMode } from '../import/importMode';
import { localNeo4jOptions } from '../localdb/localOptions';
import { parseCommandLine, UsageError, wholeNumberOption, type CommandLine } from './commandLine';
import { IMPORT_COMMAND, MAX_IMPORT_BATCH_SIZE } from './commands';
import { progressReporter } from './importProgress';
import { runInitialImport } from './initialImport';
import { onFirstInterrupt } from './interrupts';
import { openConfiguredDatabase } from './openDatabase';

const EXIT_INTERRUPTED = 130;

export interface ImportArgs {
  file: string;
  format: ImportFormat;
  projectsFile?: string;
  batchSize: number;
  timeoutMs: number;
  commit: ImportCommit;
  mode: ImportMode;
}

/** The import's arguments from its command line (parsed by IMPORT_COMMAND); a wrong value throws UsageError. */
export function importArgsOf({ values, positionals }: CommandLine<typeof IMPORT_COMMAND.options>): ImportArgs {
  const format = values.format;
  if (values.projects !== undefined && format !== 'cordis')
    throw new UsageError('--projects goes with --format cordis');
  const batchSize = wholeNumberOption('batch-size', values['batch-size'], { min: 1, max: MAX_IMPORT_BATCH_SIZE });
  const timeoutMs = parseDuration(values.timeout);
  if (!(timeoutMs > 0))
    throw new UsageError(`--timeout must be a duration such as 90s, 30m or 2h, got ${values.timeout}`);
  if (values.initial && values.online) throw new UsageError('give --initial or --online, not both');
  const mode: ImportMode = values.initial ? 'initial' : values.online ? 'online' : 'auto';
  const commit = values.commit;
  return { file: positionals[0]!, format, projectsFile: values.projects, batchSize, timeoutMs, commit, mode };
}

/** "90s", "30m", "2h" or milliseconds. */
function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

function printSummary(summary: ImportSummary): void {
  console.log(
    [
      `Imported as source ${summary.sourceId} in ${summary.seconds} s:`,
      `  rows read              ${summary.rowsRead}`,
      `  organisations created  ${summary.organizationsCreated} (matched existing: ${summary.organizationsMatched})`,
      `  consortia created      ${summary.consortiaCreated} (matched existing: ${summary.consortiaMatched})`,
      `  memberships created    ${summary.membershipsCreated} (merged into existing: ${summary.membershipsMerged})`,
      `  rejected               ${summary.rejected}`,
    ].join('\n'),
  );
}

/** {@link runImport} of a command line such as `['file.csv', '--format', 'generic-csv']`. */
export async function runImportCommand(argv: string[], config: Config): Promise<number> {
  return runImport(importArgsOf(parseCommandLine(IMPORT_COMMAND, argv)), config);
}

/**
 * `npm run import -- <file> --format ...`: into a new local data folder (or with --initial), an initial load through
 * Neo4j's offline importer (src/import/initialLoad.ts); otherwise applies the schema (constraints and indexes, idempotent, so an empty
 * database gets them before the first write), imports the file, prints a summary. SIGINT or SIGTERM aborts:
 * with `--commit once` nothing is committed. Resolves to the exit code (130 when interrupted).
 */
export async function runImport(args: ImportArgs, config: Config): Promise<number> {
  if (choosesInitialLoad(args.mode, config.NEO4J_URI, localNeo4jOptions(config))) {
    await runInitialImport(args, config, { progress: progressReporter(), printSummary });
    return 0;
  }
  const { db, close } = await openConfiguredDatabase(config, (line) => console.error(line));
  const abort = new AbortController();
  const cancelInterrupt = onFirstInterrupt((signal) => {
    process.stderr.write(
      args.commit === 'once'
        ? `\n${signal}: interrupted, rolling back the import...\n`
        : `\n${signal}: interrupted, stopping after the batch being written...\n`,
    );
    abort.abort();
  });
  const progress = progressReporter();
  try {
    await applySchema(db);
    const summary = await importFile(db, {
      ...args,
      signal: abort.signal,
      onProgress: progress.update,
      onRejected: (rejection) => console.error(`${rejection.location}: ${rejection.reason}`),
    });
    progress.stop();
    printSummary(summary);
    return 0;
  } catch (error) {
    progress.stop();
    const interrupted =
      error instanceof ImportAborted || (error instanceof ImportIncomplete && error.cause instanceof ImportAborted);
    if (!interrupted) throw error;
    console.error(`error: ${(error as Error).message}`);
    return EXIT_INTERRUPTED;
  } finally {
    cancelInterrupt();
    await close();
  }
}
