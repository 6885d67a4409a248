import { loadConfig } from '../config';
import { DatabaseAuthError, DatabaseUnavailableError } from '../errors';
import { ImportError, ImportIncomplete } from '../import/importTypes';
import { LocalNeo4jError } from '../localdb/localNeo4j';
import { runImportCommand } from './importCommand';
import { runCli } from './runCli';

runCli(async () => {
  process.exitCode = await runImportCommand(process.argv.slice(2), loadConfig());
}, [ImportError, ImportIncomplete, LocalNeo4jError, DatabaseUnavailableError, DatabaseAuthError]);
