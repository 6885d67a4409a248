import type { LayoutResult } from '../../src/network/layout';
import { LayoutCache, layoutBytes, layoutKey } from '../../src/network/layoutCache';
import { DEFAULT_NETWORK_OPTIONS } from '../../src/network/networkOptions';

const idsOf = (count: number, prefix = 'org:n') => Array.from({ length: count }, (_v, i) => `${prefix}${i}`);

/** A layout whose positions say which call made it, so a reused one can be told from a new one. */
function layoutMaker() {
  let calls = 0;
  const make = (count: number) => async (): Promise<LayoutResult> => {
    calls += 1;
    return { x: new Float64Array(count).fill(calls), y: new Float64Array(count), iterations: 1 };
  };
  return { make, calls: () => calls };
}

describe('layout cache', () => {
  it('reuses the layout of the same key and node ids, and computes again for other ids', async () => {
    const cache = new LayoutCache(4, 1_000_000);
    const { make, calls } = layoutMaker();
    const ids = idsOf(3);
    const first = await cache.layoutOf('k', ids, make(3));
    expect(await cache.layoutOf('k', [...ids], make(3))).toBe(first);
    expect(calls()).toBe(1);
    // Same key, other nodes (a write between the version read and the export's transaction): not reused.
    const other = await cache.layoutOf('k', idsOf(3, 'org:m'), make(3));
    expect(other).not.toBe(first);
    expect(calls()).toBe(2);
    expect(cache.stats()).toMatchObject({ computed: 2, reused: 1, entries: 1 });
  });

  it('lays a network out once for callers that ask at the same time', async () => {
    const cache = new LayoutCache(4, 1_000_000);
    const { make, calls } = layoutMaker();
    const ids = idsOf(3);
    const layouts = await Promise.all(Array.from({ length: 4 }, () => cache.layoutOf('k', [...ids], make(3))));
    expect(calls()).toBe(1);
    expect(new Set(layouts).size).toBe(1);
    expect(cache.stats()).toMatchObject({ computed: 1, reused: 3, entries: 1 });
  });

  it('lets each waiting caller compute its own layout when the shared computation fails', async () => {
    const cache = new LayoutCache(4, 1_000_000);
    const { make, calls } = layoutMaker();
    const ids = idsOf(3);
    const failing = cache.layoutOf('k', ids, () => Promise.reject(new Error('the layout worker died')));
    const waiting = cache.layoutOf('k', [...ids], make(3));
    await expect(failing).rejects.toThrow('the layout worker died');
    const layout = await waiting;
    expect(calls()).toBe(1);
    expect(await cache.layoutOf('k', ids, make(3))).toBe(layout);
    expect(cache.stats()).toMatchObject({ computed: 1, reused: 1, entries: 1 });
  });

  it('keeps at most its number of entries, the least recently used leaving first', async () => {
    const cache = new LayoutCache(2, 1_000_000);
    const { make, calls } = layoutMaker();
    const ids = idsOf(2);
    await cache.layoutOf('a', ids, make(2));
    await cache.layoutOf('b', ids, make(2));
    await cache.layoutOf('a', ids, make(2)); // a is now the most recent
    await cache.layoutOf('c', ids, make(2)); // b leaves
    expect(calls()).toBe(3);
    await cache.layoutOf('a', ids, make(2));
    expect(calls()).toBe(3);
    await cache.layoutOf('b', ids, make(2));
    expect(calls()).toBe(4);
    expect(cache.stats().entries).toBe(2);
  });

  it('keeps at most its bytes, and never keeps a layout larger than all of them', async () => {
    const ids = idsOf(100);
    // 100 ids of 6 or 7 characters, 32 bytes of overhead each, and two arrays of 100 doubles.
    const expected = ids.reduce((sum, id) => sum + 2 * id.length + 32, 0) + 2 * 8 * 100;
    expect(layoutBytes({ nodeIds: ids, layout: await layoutMaker().make(100)() })).toBe(expected);
    const cache = new LayoutCache(10, 2 * expected + 10);
    const { make } = layoutMaker();
    await cache.layoutOf('a', ids, make(100));
    await cache.layoutOf('b', ids, make(100));
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 2 * expected });
    await cache.layoutOf('c', ids, make(100));
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: 2 * expected });

    const small = new LayoutCache(10, expected - 1);
    await small.layoutOf('a', ids, make(100));
    expect(small.stats()).toMatchObject({ computed: 1, entries: 0, bytes: 0 });
  });

  it('keys by version and the options that shape the network, not by label language or measures', () => {
    const base = { ...DEFAULT_NETWORK_OPTIONS };
    const key = layoutKey('v1', base, '2026-12-01');
    expect(layoutKey('v1', { ...base, labelLanguage: 'JA', measures: [] }, '2026-12-01')).toBe(key);
    expect(layoutKey('v2', base, '2026-12-01')).not.toBe(key);
    for (const changed of [
      { projection: 'CO_MEMBERSHIP' as const },
      { consortia: ['c1'] },
      { kinds: ['COMPANY' as const] },
      { minWeight: 2 },
      { includeAffiliations: true },
      { includeAffiliates: true },
      { activeOnly: true },
      { asOf: '2025-06-30' },
    ]) {
      expect(layoutKey('v1', { ...base, ...changed }, '2026-12-01')).not.toBe(key);
    }
    // activeOnly without a day is today's network: a new day is a new key; with a day it is not.
    const active = { ...base, activeOnly: true };
    expect(layoutKey('v1', active, '2026-12-02')).not.toBe(layoutKey('v1', active, '2026-12-01'));
    const dated = { ...active, asOf: '2025-06-30' };
    expect(layoutKey('v1', dated, '2026-12-02')).toBe(layoutKey('v1', dated, '2026-12-01'));
  });
});
