import { loadConfig } from '../config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../localdb/localNeo4j';
import { localNeo4jOptions } from '../localdb/localOptions';
import { DB_COMMAND } from './commands';
import { runCli } from './runCli';

runCli(DB_COMMAND, async ({ positionals: [command] }) => {
  const options = localNeo4jOptions(loadConfig(), (line) => console.log(line));
  if (command === 'start') {
    const { uri, alreadyRunning } = await startLocalNeo4j(options);
    console.log(alreadyRunning ? `Neo4j is already running on ${uri}.` : `Neo4j is ready on ${uri}.`);
  } else if (command === 'stop') {
    const stopped = await stopLocalNeo4j(options);
    console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
  } else {
    // The parser admits only start, stop and status.
    const status = localNeo4jStatus(options);
    console.log(status.running ? `Neo4j is running on ${status.uri} (pid ${status.pid}).` : 'Neo4j is not running.');
    process.exitCode = status.running ? 0 : 3;
  }
});
