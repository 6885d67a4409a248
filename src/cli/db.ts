import { loadConfig } from '../config';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../localdb/localNeo4j';
import { localNeo4jOptions } from '../localdb/localOptions';
import { runCli } from './runCli';

const USAGE = 'usage: npm run db:start | db:stop | db:status';

async function main(): Promise<void> {
  const command = process.argv[2];
  const options = localNeo4jOptions(loadConfig(), (line) => console.log(line));
  switch (command) {
    case 'start': {
      const { uri, alreadyRunning } = await startLocalNeo4j(options);
      console.log(alreadyRunning ? `Neo4j is already running on ${uri}.` : `Neo4j is ready on ${uri}.`);
      return;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(options);
      console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return;
    }
    case 'status': {
      const status = localNeo4jStatus(options);
      console.log(status.running ? `Neo4j is running on ${status.uri} (pid ${status.pid}).` : 'Neo4j is not running.');
      process.exitCode = status.running ? 0 : 3;
      return;
    }
    default:
      throw new LocalNeo4jError(USAGE);
  }
}

runCli(main);
