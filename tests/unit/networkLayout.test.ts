import { computeLayout, layoutIterations, type LayoutInput } from '../../src/network/layout';
import { downloadName } from '../../src/network/formats';
import { DEFAULT_NETWORK_OPTIONS } from '../../src/network/networkOptions';
import { dayBefore, membershipSpells, spellsFromDays, unionOf } from '../../src/network/spells';

/** A star of `leaves` around node 0, plus a separate pair: small enough to check by eye. */
function starInput(leaves: number): LayoutInput {
  const nodeIds = Array.from({ length: leaves + 3 }, (_v, i) => `org:n${i}`);
  const sources = [...Array.from({ length: leaves }, () => 0), leaves + 1];
  const targets = [...Array.from({ length: leaves }, (_v, i) => i + 1), leaves + 2];
  return {
    nodeIds,
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    weights: Float64Array.from(sources.map(() => 1)),
    iterations: layoutIterations(nodeIds.length),
    budgetMs: 60_000,
  };
}

const distance = (r: { x: Float64Array; y: Float64Array }, a: number, b: number) =>
  Math.hypot(r.x[a]! - r.x[b]!, r.y[a]! - r.y[b]!);

describe('server-side layout (ForceAtlas2, seeded)', () => {
  it('gives every node a finite position, the same for the same graph', () => {
    const first = computeLayout(starInput(12));
    const second = computeLayout(starInput(12));
    expect([...first.x, ...first.y].every(Number.isFinite)).toBe(true);
    expect([...second.x]).toEqual([...first.x]);
    expect([...second.y]).toEqual([...first.y]);
    expect(first.iterations).toBe(300);
  });

  it('draws linked nodes nearer each other than unlinked ones', () => {
    const result = computeLayout(starInput(12));
    // Leaf 1 is linked to the hub (0); the pair (13, 14) is linked to nothing of the star.
    expect(distance(result, 0, 1)).toBeLessThan(distance(result, 0, 13));
    expect(distance(result, 13, 14)).toBeLessThan(distance(result, 1, 13));
  });

  it('scales iterations down with size and stops a large network at its time budget', () => {
    expect(layoutIterations(500)).toBe(300);
    expect(layoutIterations(6_000)).toBe(17);
    expect(layoutIterations(15_000)).toBe(7);
    expect(layoutIterations(50_000)).toBe(3);
    expect(layoutIterations(1_000_000)).toBe(3);
    // A small network always runs all its iterations (the same picture however busy the machine); a large one
    // stops at its budget.
    expect(computeLayout({ ...starInput(12), budgetMs: 0 }).iterations).toBe(300);
    expect(computeLayout({ ...starInput(1200), iterations: 50, budgetMs: 0 }).iterations).toBe(0);
  });
});

describe('download names', () => {
  it('differ by projection and by every option that changes the content', () => {
    const base = { ...DEFAULT_NETWORK_OPTIONS };
    const names = [
      downloadName('gexf', base),
      downloadName('gexf', { ...base, projection: 'CO_MEMBERSHIP' }),
      downloadName('gexf', { ...base, asOf: '2025-12-31' }),
      downloadName('gexf', { ...base, activeOnly: true }),
      downloadName('gexf', { ...base, includeAffiliates: true }),
      downloadName('gexf', { ...base, labelLanguage: 'KO' }),
      downloadName('gexf', { ...base, consortia: ['upstage', 'nc-ai'] }),
      downloadName('gexf', { ...base, consortia: ['a', 'b', 'c', 'd'] }),
      downloadName('gexf', { ...base, consortia: ['a', 'b', 'c', 'e'] }),
      downloadName('gexf', { ...base, measures: [] }),
    ];
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('network-bipartite.gexf');
    expect(
      downloadName('cytoscape', { ...base, projection: 'CO_MEMBERSHIP', activeOnly: true, asOf: '2026-02-20' }),
    ).toBe('network-co-membership-2026-02-20-active.cyjs');
    for (const name of names) expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe('spells', () => {
  it('turns the days a consortium is in its program into closed intervals', () => {
    const days = ['2025-08-04', '2026-01-15', '2026-02-20'];
    expect(spellsFromDays(days, [true, false, false])).toEqual([{ start: '2025-08-04', end: '2026-01-14' }]);
    expect(spellsFromDays(days, [false, false, true])).toEqual([{ start: '2026-02-20', end: null }]);
    expect(spellsFromDays(days, [true, true, true])).toEqual([{ start: '2025-08-04', end: null }]);
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });

  it('a membership holds within its own dates and its consortium spells', () => {
    const consortium = [{ start: '2025-08-04', end: '2026-01-14' }];
    expect(membershipSpells('2025-09-01', null, consortium)).toEqual([{ start: '2025-09-01', end: '2026-01-14' }]);
    expect(membershipSpells(null, null, consortium)).toEqual(consortium);
    expect(membershipSpells(null, null, undefined)).toBeUndefined();
    expect(membershipSpells('2026-02-01', null, consortium)).toEqual([]);
  });

  it('merges overlapping and touching spells', () => {
    expect(
      unionOf([
        { start: '2026-02-20', end: null },
        { start: '2025-08-04', end: '2026-01-14' },
        { start: '2026-01-15', end: '2026-01-20' },
      ]),
    ).toEqual([
      { start: '2025-08-04', end: '2026-01-20' },
      { start: '2026-02-20', end: null },
    ]);
  });
});
