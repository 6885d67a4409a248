import { DERIVED_PORT_OFFSETS, MAX_TEST_WORKERS, WORKER_PORT_STRIDE, workerPorts } from '../support/testNeo4j';
import { applyWorkerEnv } from '../support/workerNeo4j';

/** Every port worker `index` may listen on: its Neo4j, the ports derived from it, and the outage test's. */
function portsOf(base: { test: number; outage: number }, index: number): number[] {
  const ports = workerPorts(base, index);
  return [...DERIVED_PORT_OFFSETS.map((offset) => ports.test + offset), ports.outage];
}

describe('jest workers get ports of their own', () => {
  // The defaults, and the layout one checkout's helpers are given (outage port = test port + 7).
  it.each([
    { test: 7697, outage: 7741 },
    { test: 8100, outage: 8107 },
  ])('no two of %p workers share a port', (base) => {
    const all = Array.from({ length: MAX_TEST_WORKERS }, (_, index) => portsOf(base, index)).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(MAX_TEST_WORKERS * (DERIVED_PORT_OFFSETS.length + 1));
  });

  it('worker 1 keeps the ports as given; worker 2 moves by the stride', () => {
    expect(workerPorts({ test: 8100, outage: 8107 }, 0)).toEqual({ test: 8100, outage: 8107 });
    expect(workerPorts({ test: 8100, outage: 8107 }, 1)).toEqual({ test: 8120, outage: 8127 });
    expect(WORKER_PORT_STRIDE).toBe(20);
  });

  it('refuses a worker beyond the last with ports of its own, saying how many may run', () => {
    expect(() => workerPorts({ test: 8100, outage: 8107 }, MAX_TEST_WORKERS)).toThrow(
      `at most ${MAX_TEST_WORKERS} workers (run with --maxWorkers=${MAX_TEST_WORKERS} or fewer)`,
    );
  });

  it("rewrites a test file's environment from the run's ports, the same however often it runs", () => {
    const env: NodeJS.ProcessEnv = { NEO4J_TEST_PORT: '8100', NEO4J_OUTAGE_PORT: '8107', JEST_WORKER_ID: '2' };
    applyWorkerEnv(env);
    expect(env).toMatchObject({
      NEO4J_TEST_PORT: '8120',
      NEO4J_OUTAGE_PORT: '8127',
      NEO4J_TEST_URI: 'bolt://127.0.0.1:8120',
    });
    // Each file starts from a fresh copy of the run's environment; this is such a copy.
    const next: NodeJS.ProcessEnv = { NEO4J_TEST_PORT: '8100', NEO4J_OUTAGE_PORT: '8107', JEST_WORKER_ID: '2' };
    applyWorkerEnv(next);
    expect(next.NEO4J_TEST_PORT).toBe('8120');
  });

  it('leaves a Neo4j of one’s own alone, and refuses to share it between workers', () => {
    const env: NodeJS.ProcessEnv = {
      NEO4J_TEST_URI: 'bolt://127.0.0.1:9999',
      NEO4J_TEST_EXTERNAL: '1',
      NEO4J_TEST_PORT: '8100',
      JEST_WORKER_ID: '1',
    };
    applyWorkerEnv(env);
    expect(env.NEO4J_TEST_URI).toBe('bolt://127.0.0.1:9999');
    expect(env.NEO4J_TEST_PORT).toBe('8100');
    expect(() => applyWorkerEnv({ ...env, JEST_WORKER_ID: '2' })).toThrow('run with --maxWorkers=1');
  });
});
