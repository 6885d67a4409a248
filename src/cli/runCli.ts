import { ConfigError } from '../config';

/**
 * Runs a CLI entry point: expected problems (bad config, a database that is down, bad input)
 * print one readable message and exit 1, without a stack trace; anything else prints in full.
 */
export function runCli(main: () => Promise<void>, expected: Array<new (...args: never[]) => Error> = []): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof ConfigError || expected.some((type) => error instanceof type)) {
        console.error(`error: ${(error as Error).message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
