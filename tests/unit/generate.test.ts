import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { generateGraph, type GenerateOptions, type GeneratedGraph } from '../../src/generate/generateGraph';
import { medianOf, powerLawSequence } from '../../src/generate/powerLaw';
import { SCALES } from '../../src/generate/scales';
import { GENERIC_COLUMNS, genericRow } from '../../src/import/formats';

/** The scale S: the same shape as M, a tenth of the size, so the test runs in a second. */
const SMALL: GenerateOptions = { ...SCALES.S, seed: 42 };

interface Generated {
  graph: GeneratedGraph;
  csv: string;
  affiliations: string;
}

/** Collects what a stream receives, as text. */
function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function generate(options: GenerateOptions): Promise<Generated> {
  const csv = collector();
  const affiliations = collector();
  const graph = await generateGraph(options, csv.stream, affiliations.stream);
  return { graph, csv: csv.text(), affiliations: affiliations.text() };
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const dataLines = (text: string) => text.trimEnd().split('\n').slice(1);

/** How many rows each value of column `index` has. */
function countBy(lines: string[], index: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.split(',')[index]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

let first: Generated;
beforeAll(async () => {
  first = await generate(SMALL);
});

describe('generateGraph', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', async () => {
    const again = await generate(SMALL);
    expect(sha(again.csv)).toBe(sha(first.csv));
    expect(sha(again.affiliations)).toBe(sha(first.affiliations));
    const other = await generate({ ...SMALL, seed: 7 });
    expect(sha(other.csv)).not.toBe(sha(first.csv));
  });

  it('writes the generic CSV, every row of which the importer accepts', () => {
    const [header, ...rows] = first.csv.trimEnd().split('\n');
    expect(header).toBe(GENERIC_COLUMNS.join(','));
    for (const [index, line] of rows.entries()) {
      const values = line.split(',');
      const fields = Object.fromEntries(GENERIC_COLUMNS.map((column, at) => [column, values[at] ?? '']));
      expect(() => genericRow({ location: `line ${index + 2}`, fields })).not.toThrow();
    }
  });

  it('comes within 1% of the organisations and memberships asked for', () => {
    const rows = dataLines(first.csv);
    expect(Math.abs(rows.length - SMALL.memberships)).toBeLessThanOrEqual(SMALL.memberships * 0.01);
    expect(rows.length).toBe(first.graph.memberships);
    expect(countBy(rows, 0).size).toBe(SMALL.organizations);
    // Every row of an organisation names it the same way.
    expect(new Set(rows.map((line) => line.split(',').slice(0, 4).join())).size).toBe(SMALL.organizations);
  });

  it('has a power-law shape: hubs in more than a thousand consortia, most organisations in one', () => {
    const degrees = [...countBy(dataLines(first.csv), 0).values()];
    expect(Math.max(...degrees)).toBeGreaterThan(1000);
    expect(medianOf(degrees)).toBe(1);
    const sizes = [...countBy(dataLines(first.csv), 4).values()];
    expect(Math.max(...sizes)).toBeGreaterThan(20 * medianOf(sizes));
  });

  it('gives no organisation the same consortium twice, and every consortium one lead at most', () => {
    const rows = dataLines(first.csv).map((line) => line.split(','));
    const pairs = new Set(rows.map((row) => `${row[0]}|${row[4]}`));
    expect(pairs.size).toBe(rows.length);
    const leads = countBy(
      rows.filter((row) => row[6] === 'LEAD').map((row) => row.join(',')),
      4,
    );
    expect(Math.max(...leads.values())).toBe(1);
    expect(leads.size).toBeGreaterThan(first.graph.consortia * 0.99);
  });

  it('mixes kinds like CORDIS', () => {
    const organizations = new Map(dataLines(first.csv).map((line) => [line.split(',')[0], line.split(',')[2]]));
    const share = (kind: string) =>
      [...organizations.values()].filter((value) => value === kind).length / organizations.size;
    expect(share('COMPANY')).toBeCloseTo(0.45, 1);
    expect(share('UNIVERSITY')).toBeCloseTo(0.25, 1);
    expect(share('RESEARCH_INSTITUTE')).toBeCloseTo(0.2, 1);
  });

  it('links about 2% of organisations to a hub, with no chains', () => {
    const links = dataLines(first.affiliations).map((line) => line.split(','));
    expect(links.length).toBe(SMALL.organizations * 0.02);
    const children = new Set(links.map(([child]) => child));
    expect(children.size).toBe(links.length);
    expect(links.some(([, parent]) => children.has(parent))).toBe(false);
  });
});

describe('powerLawSequence', () => {
  it('sums exactly to the total, largest first, within its bounds', () => {
    const values = powerLawSequence(1000, 5000, 0.8, 1, 400);
    expect(values.reduce((sum, value) => sum + value, 0)).toBe(5000);
    expect([...values]).toEqual([...values].sort((a, b) => b - a));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...values)).toBeLessThanOrEqual(400);
  });
});
