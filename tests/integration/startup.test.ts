import net from 'node:net';
import { runMain } from '../support/runMain';
import { testNeo4jOptions } from '../support/testNeo4j';

describe('npm start fails with one clear line', () => {
  it('for bad configuration: every problem, no stack trace', async () => {
    const { code, output } = await runMain({ NEO4J_URI: 'http://nope', PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('NEO4J_URI="http://nope"');
    expect(output).toContain('PORT="eighty"');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('when NEO4J_URI points at nothing', async () => {
    const { code, output } = await runMain({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECT_TIMEOUT_MS: '1000' });
    expect(code).toBe(1);
    expect(output).toMatch(/error: Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable\. Start it, or fix NEO4J_URI/);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('with no Java and no NEO4J_URI, naming both ways out (even beside a launcher on another port of its folder)', async () => {
    // The tests' own Neo4j runs on this data folder under NEO4J_TEST_PORT, as `npm start`'s would beside `npm test`:
    // its pid file is not this port's.
    const { code, output } = await runMain({
      PATH: '/nonexistent',
      NEO4J_LOCAL_PORT: '7698',
      NEO4J_LOCAL_DATA_DIR: testNeo4jOptions().dataDir,
    });
    expect(code).toBe(1);
    expect(output).toContain('Java 17+ was not found');
    expect(output).toContain('docker compose up');
    expect(output).toContain('NEO4J_URI');
  });

  it('when the HTTP port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, output } = await runMain({ NEO4J_URI: process.env.NEO4J_TEST_URI!, PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`PORT=${port}: the port is already in use; stop what uses it or set PORT`);
    } finally {
      blocker.close();
    }
  });
});
