import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readImportRows, type RowOrRejection } from '../../src/import/formats';

const HEADER = 'organization_id,organization_name,kind,country,consortium_id,consortium_name,role,category,since,until';
const good = (n: number) => `org-${n},Org ${n},COMPANY,DE,c-${n},C ${n},MEMBER,,,`;

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-row-readers-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every row or rejection of a generic CSV, flattened from the runs the reader yields, as `line: what`. */
async function readAll(lines: string[]): Promise<string[]> {
  const file = path.join(dir, `rows-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const seen: string[] = [];
  const describe = (item: RowOrRejection) =>
    'row' in item ? `${item.row.location}: ${item.row.organization.id}` : `${item.rejection.location}: rejected`;
  for await (const items of readImportRows('generic-csv', file, new Map(), { bytesRead: 0 })) {
    seen.push(...items.map(describe));
  }
  return seen;
}

describe('the import row readers', () => {
  it('report rows and rejections in file order, each with its own line', async () => {
    const seen = await readAll([
      HEADER, // line 1
      good(1), // line 2
      `${good(2)},one field too many`, // line 3: the parser skips it
      'org-3,"Org',
      '3",COMPANY,DE,c-3,C 3,MEMBER,,,', // lines 4–5: one record (its name holds a newline, so it is refused)
      'org-4,Org 4,startup,DE,c-4,C 4,MEMBER,,,', // line 6: a bad kind
      '', // line 7: empty, skipped
      good(8), // line 8
    ]);
    expect(seen).toEqual([
      'line 2: org-1',
      'line 3: rejected',
      'line 5: rejected',
      'line 6: rejected',
      'line 8: org-8',
    ]);
  });

  it('keep the line numbers over a file the parser reads in many chunks', async () => {
    // About 60 bytes a row: 20,000 rows are over a megabyte, many of the stream's 64 KiB chunks.
    const rows = Array.from({ length: 20_000 }, (_, index) => good(index + 2));
    rows[12_345 - 2] = `${good(12_345)},extra`;
    rows[17_000 - 2] = 'org-17000,Org 17000,startup,DE,c,C,MEMBER,,,';
    const seen = await readAll([HEADER, ...rows]);
    expect(seen).toHaveLength(20_000);
    expect(seen.filter((line) => line.endsWith('rejected'))).toEqual(['line 12345: rejected', 'line 17000: rejected']);
    expect(seen[0]).toBe('line 2: org-2');
    expect(seen[19_999]).toBe('line 20001: org-20001');
    seen.forEach((line, index) => expect(line.startsWith(`line ${index + 2}:`)).toBe(true));
  });
});
