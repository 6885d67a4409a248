import { ConfigError } from '../config';
import { DatabaseAuthError, DatabaseUnavailableError, QueryTimeoutError, WriteConflictError } from '../errors';
import { LocalNeo4jError } from '../localdb/localNeo4j';
import {
  HelpRequested,
  parseCommandLine,
  UsageError,
  type CommandLine,
  type CommandSpec,
  type OptionSpec,
} from './commandLine';
import { helpText, usageErrorText } from './usageText';

type ErrorClass = new (...args: never[]) => Error;

/** A wrong command line: the conventional exit status of a usage error (as in getopt tools, argparse, clap). */
export const EXIT_USAGE = 2;

/** What every command may meet: bad configuration, a local Neo4j that would not start, Neo4j down, slow or busy. */
const EXPECTED_EVERYWHERE: readonly ErrorClass[] = [
  ConfigError,
  LocalNeo4jError,
  DatabaseUnavailableError,
  DatabaseAuthError,
  QueryTimeoutError,
  WriteConflictError,
];

/**
 * Runs a CLI entry point. The command line is parsed by `spec` before `main` runs, so `--help` prints the help
 * and exits 0, and a wrong command line prints one line and the usage and exits 2, before any configuration is
 * read or any Neo4j starts; `main` may throw UsageError too (a value it checks itself). Expected problems (those
 * above and the command's own `expected`, such as bad input) print one readable message and exit 1, without a
 * stack trace; anything else prints in full.
 */
export function runCli<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  main: (commandLine: CommandLine<O>) => Promise<void>,
  expected: readonly ErrorClass[] = [],
): void {
  const run = async () => main(parseCommandLine(spec, process.argv.slice(2)));
  run().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof HelpRequested) {
        process.stdout.write(helpText(spec), () => process.exit(0));
        return;
      }
      if (error instanceof UsageError) {
        process.stderr.write(usageErrorText(spec, error.message), () => process.exit(EXIT_USAGE));
        return;
      }
      if ([...EXPECTED_EVERYWHERE, ...expected].some((type) => error instanceof type)) {
        console.error(`error: ${(error as Error).message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
