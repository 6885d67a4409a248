import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCordisProjects, readImportRows, type RowOrRejection } from '../../src/import/formats';
import { ImportError } from '../../src/import/importTypes';
import { readImportRowsInWorker } from '../../src/import/rowReaderWorker';

const FIXTURES = path.resolve(__dirname, '../fixtures/import');
const HEADER = 'organization_id,organization_name,kind,country,consortium_id,consortium_name,role,category,since,until';

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'row-reader-worker-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Reader = typeof readImportRows;

/** Everything a reader yields, flattened, and the bytes it said it had read at the end. */
async function readAll(read: Reader, ...args: Parameters<Reader>): Promise<{ items: RowOrRejection[]; bytes: number }> {
  const items: RowOrRejection[] = [];
  for await (const run of read(...args)) items.push(...run);
  return { items, bytes: args[3].bytesRead };
}

describe('readImportRowsInWorker', () => {
  it('yields what readImportRows yields, in order, for every format', async () => {
    const projects = await readCordisProjects(path.join(FIXTURES, 'project.csv'));
    const cases = [
      ['generic-csv', 'generic.csv', new Map()],
      ['json', 'memberships.json', new Map()],
      ['cordis', 'organization.csv', projects],
    ] as const;
    for (const [format, name, known] of cases) {
      const file = path.join(FIXTURES, name);
      const here = await readAll(readImportRows, format, file, known, { bytesRead: 0 });
      const inWorker = await readAll(readImportRowsInWorker, format, file, known, { bytesRead: 0 });
      expect(here.items.some((item) => 'rejection' in item)).toBe(true);
      expect(inWorker).toEqual(here);
    }
  });

  it('keeps order and position over a file of many runs, with the worker held back', async () => {
    // 30,000 rows: fifteen runs of the worker's 2,000, more than it may post ahead; every 997th row is bad.
    const rows = Array.from({ length: 30_000 }, (_, index) =>
      index % 997 === 0 ? `o${index},O,startup,DE,c${index},C,MEMBER,,,` : `o${index},O,COMPANY,DE,c${index},C,,,,`,
    );
    const file = path.join(dir, 'many.csv');
    fs.writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
    const seen: string[] = [];
    const position = { bytesRead: 0 };
    for await (const run of readImportRowsInWorker('generic-csv', file, new Map(), position)) {
      // A slow consumer: the worker must wait, not drop or reorder.
      await new Promise((resolve) => setTimeout(resolve, 2));
      for (const item of run) seen.push('row' in item ? item.row.location : `${item.rejection.location} rejected`);
    }
    expect(seen).toHaveLength(30_000);
    expect(seen.filter((line, index) => !line.startsWith(`line ${index + 2}`))).toEqual([]);
    expect(seen.filter((line) => line.endsWith('rejected'))).toHaveLength(Math.ceil(30_000 / 997));
    expect(position.bytesRead).toBe(fs.statSync(file).size);
  });

  it("throws the reader's own ImportError for a file it refuses", async () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, 'organisation_id,consortium_id\nx,y\n');
    const reading = readAll(readImportRowsInWorker, 'generic-csv', file, new Map(), { bytesRead: 0 });
    await expect(reading).rejects.toThrow(ImportError);
    await expect(reading).rejects.toThrow(/bad.csv: unknown column\(s\) organisation_id;/);
  });

  it('stops its worker when the reader is left early', async () => {
    const file = path.join(dir, 'many.csv');
    let runs = 0;
    for await (const run of readImportRowsInWorker('generic-csv', file, new Map(), { bytesRead: 0 })) {
      runs += run.length > 0 ? 1 : 0;
      break;
    }
    expect(runs).toBe(1);
  });
});
