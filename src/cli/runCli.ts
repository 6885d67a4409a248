import { ConfigError } from '../config';
import { DatabaseAuthError, DatabaseUnavailableError, QueryTimeoutError, WriteConflictError } from '../errors';
import { LocalNeo4jError } from '../localdb/localNeo4j';

type ErrorClass = new (...args: never[]) => Error;

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
 * Runs a CLI entry point: expected problems (those above and the command's own `expected`, such as bad input)
 * print one readable message and exit 1, without a stack trace; anything else prints in full.
 */
export function runCli(main: () => Promise<void>, expected: readonly ErrorClass[] = []): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if ([...EXPECTED_EVERYWHERE, ...expected].some((type) => error instanceof type)) {
        console.error(`error: ${(error as Error).message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
