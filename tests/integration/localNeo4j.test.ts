import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  LocalNeo4jError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jOptions,
} from '../../src/localdb/localNeo4j';

const options: LocalNeo4jOptions = {
  port: Number(process.env.NEO4J_TEST_PORT ?? 7697) + 100,
  dataDir: path.resolve(__dirname, `../../.neo4j/launcher-test-${process.pid}`),
  heap: '512m',
  pageCache: '128m',
};

async function query<T>(uri: string, cypher: string): Promise<T[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  try {
    const result = await driver.executeQuery(cypher);
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

afterAll(async () => {
  await stopLocalNeo4j(options);
  fs.rmSync(options.dataDir, { recursive: true, force: true });
});

// Two cold starts of the JVM on a busy 2-core machine can take minutes.
jest.setTimeout(300_000);

describe('the local Neo4j launcher', () => {
  it('starts a real Neo4j that answers over Bolt, says so when started twice, stops without a trace, and keeps data across restarts', async () => {
    const { uri, alreadyRunning } = await startLocalNeo4j(options);
    expect(alreadyRunning).toBe(false);
    expect(await query<{ x: number }>(uri, 'RETURN 1 AS x')).toEqual([{ x: neo4j.int(1) }]);
    await query(uri, "CREATE (:LauncherProbe {name: '한국과학기술원'})");

    expect((await startLocalNeo4j(options)).alreadyRunning).toBe(true);
    const status = localNeo4jStatus(options);
    expect(status.running).toBe(true);
    const pid = status.running ? status.pid : -1;
    // State is keyed by folder and port: another port of this folder is not running, and cannot start on its store.
    const otherPort = { ...options, port: options.port + 1 };
    expect(localNeo4jStatus(otherPort).running).toBe(false);
    await expect(startLocalNeo4j(otherPort)).rejects.toThrow(
      `The data folder ${options.dataDir} is in use by the local Neo4j on port ${options.port}. ` +
        `Stop it (NEO4J_LOCAL_PORT=${options.port} npm run db:stop), or set NEO4J_LOCAL_DATA_DIR to another folder.`,
    );

    expect(await stopLocalNeo4j(options)).toBe(true);
    expect(processAlive(pid)).toBe(false);
    expect(localNeo4jStatus(options).running).toBe(false);
    expect(await stopLocalNeo4j(options)).toBe(false);

    await startLocalNeo4j(options);
    expect(await query<{ name: string }>(uri, 'MATCH (p:LauncherProbe) RETURN p.name AS name')).toEqual([
      { name: '한국과학기술원' },
    ]);
    await stopLocalNeo4j(options);
  });

  it('refuses a port another program holds, saying what to do', async () => {
    const blocker = net.createServer().listen(options.port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      const error = await startLocalNeo4j(options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LocalNeo4jError);
      expect((error as Error).message).toBe(
        `Port ${options.port} is already in use by another program. Stop it, or set NEO4J_LOCAL_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });
});
