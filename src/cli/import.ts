import { loadConfig } from '../config';
import { ImportError, ImportIncomplete } from '../import/importTypes';
import { IMPORT_COMMAND } from './commands';
import { importArgsOf, runImport } from './importCommand';
import { runCli } from './runCli';

runCli(
  IMPORT_COMMAND,
  async (commandLine) => {
    const args = importArgsOf(commandLine);
    process.exitCode = await runImport(args, loadConfig());
  },
  [ImportError, ImportIncomplete],
);
