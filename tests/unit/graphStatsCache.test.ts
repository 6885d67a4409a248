import pino from 'pino';
import type { GraphStats } from '../../src/db/reads/graphStats';
import { QueryTimeoutError } from '../../src/errors';
import { createGraphStatsCache, firstGraphStatsRead } from '../../src/server/limits/graphStatsCache';
import { DEFAULT_GRAPH_STATS } from '../../src/server/limits/listSizes';

/** A read the test answers by hand: each call waits until `answer` or `fail` is called for it. */
function controlledRead() {
  const pending: Array<{ resolve: (stats: GraphStats) => void; reject: (error: Error) => void }> = [];
  return {
    calls: () => pending.length,
    read: () => new Promise<GraphStats>((resolve, reject) => pending.push({ resolve, reject })),
    answer: (index: number, stats: GraphStats) => pending[index]!.resolve(stats),
    fail: (index: number) => pending[index]!.reject(new Error('database down')),
  };
}

const sized = (consortia: number): GraphStats => ({ ...DEFAULT_GRAPH_STATS, consortia });

describe('the cache of graph sizes', () => {
  it('gives the defaults until a read succeeds, then the sizes read', async () => {
    const reads = controlledRead();
    const cache = createGraphStatsCache(reads.read, pino({ level: 'silent' }), 60_000);
    const first = cache.refresh();
    expect(cache.current()).toBe(DEFAULT_GRAPH_STATS);
    reads.answer(0, sized(16));
    await first;
    expect(cache.current().consortia).toBe(16);
    await cache.stop();
  });

  it('keeps one read in flight however often it is asked', async () => {
    const reads = controlledRead();
    const cache = createGraphStatsCache(reads.read, pino({ level: 'silent' }), 60_000);
    const asked = [cache.refresh(), cache.refresh(), cache.refresh()];
    expect(reads.calls()).toBe(1);
    reads.answer(0, sized(3));
    await Promise.all(asked);
    // Once that read is over, the next refresh reads again.
    const next = cache.refresh();
    expect(reads.calls()).toBe(2);
    reads.answer(1, sized(4));
    await next;
    expect(cache.current().consortia).toBe(4);
    await cache.stop();
  });

  it('keeps the last sizes when a read fails', async () => {
    const reads = controlledRead();
    const cache = createGraphStatsCache(reads.read, pino({ level: 'silent' }), 60_000);
    const first = cache.refresh();
    reads.answer(0, sized(42));
    await first;
    const second = cache.refresh();
    reads.fail(1);
    await expect(second).resolves.toBeUndefined();
    expect(cache.current().consortia).toBe(42);
    await cache.stop();
  });
});

describe('the first read at start-up', () => {
  it('tries again while the reads time out, until one succeeds', async () => {
    let calls = 0;
    const read = async (): Promise<GraphStats> => {
      calls += 1;
      if (calls < 3) throw new QueryTimeoutError('Neo4j stopped the transaction: it ran longer than its time limit.');
      return sized(7);
    };
    const cache = createGraphStatsCache(read, pino({ level: 'silent' }), 60_000);
    await firstGraphStatsRead(cache, 10_000);
    expect(calls).toBe(3);
    expect(cache.current().consortia).toBe(7);
    await cache.stop();
  });

  it('does not wait for a database that fails otherwise (down, missing)', async () => {
    let calls = 0;
    const read = async (): Promise<GraphStats> => {
      calls += 1;
      throw new Error('database down');
    };
    const cache = createGraphStatsCache(read, pino({ level: 'silent' }), 60_000);
    const started = Date.now();
    await firstGraphStatsRead(cache, 10_000);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cache.current()).toBe(DEFAULT_GRAPH_STATS);
    await cache.stop();
  });
});
