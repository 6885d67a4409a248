import { loadConfig } from '../config';
import { ImportError, ImportIncomplete } from '../import/importTypes';
import { runImportCommand } from './importCommand';
import { runCli } from './runCli';

runCli(async () => {
  process.exitCode = await runImportCommand(process.argv.slice(2), loadConfig());
}, [ImportError, ImportIncomplete]);
