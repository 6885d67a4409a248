import type { Config } from '../config';
import { connectDatabase } from '../db/connect';
import { initialLoad, type InitialLoadSummary } from '../import/initialLoad';
import type { ImportFormat, ImportSummary } from '../import/importTypes';
import { localNeo4jOptions } from '../localdb/localOptions';
import type { ProgressReporter } from './importProgress';
import { onFirstInterrupt } from './interrupts';

const SCHEMA_TIMEOUT_MS = 10 * 60 * 1000;

export interface InitialImportArgs {
  file: string;
  format: ImportFormat;
  projectsFile?: string;
  batchSize: number;
}

/**
 * `npm run import` as an initial load (see choosesInitialLoad): Neo4j's offline importer writes the local store,
 * then Neo4j starts for the schema and is stopped again, as the online import leaves a Neo4j it started. Ctrl-C
 * stops it with nothing written.
 */
export async function runInitialImport(
  args: InitialImportArgs,
  config: Config,
  report: {
    progress: ProgressReporter;
    printSummary: (summary: ImportSummary) => void;
  },
): Promise<void> {
  const log = (line: string) => console.error(line);
  const abort = new AbortController();
  const cancelInterrupt = onFirstInterrupt((signal) => {
    const message = `\n${signal}: interrupted, stopping the initial load; nothing is written...\n`;
    process.stderr.write(message);
    abort.abort();
  });
  log("The local database is new: loading it with Neo4j's offline importer (--online to import through Bolt).");
  try {
    const summary: InitialLoadSummary = await initialLoad({
      ...args,
      local: localNeo4jOptions(config, log),
      // Creating a constraint waits for its index to fill: longer than a query may take.
      connect: (uri) => connectDatabase({ ...config, NEO4J_QUERY_TIMEOUT_MS: SCHEMA_TIMEOUT_MS }, uri),
      signal: abort.signal,
      onProgress: report.progress.update,
      onRejected: (rejection) => console.error(`${rejection.location}: ${rejection.reason}`),
    });
    report.progress.stop();
    report.printSummary(summary);
    const { readSeconds, filesSeconds, importAndStartSeconds, schemaSeconds } = summary.phases;
    console.log(
      `  (initial load: reading ${readSeconds} s, importer files ${filesSeconds} s, ` +
        `offline importer and Neo4j start ${importAndStartSeconds} s, schema ${schemaSeconds} s)`,
    );
  } finally {
    report.progress.stop();
    cancelInterrupt();
  }
}
