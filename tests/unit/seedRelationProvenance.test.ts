/** The seed loader refuses a relationship that says neither how it is stated (quote) nor how it is inferred. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedFiles, SeedError } from '../../src/seed/seedFiles';

const SEEDS_DIR = path.resolve(__dirname, '../../seeds');
const ARTICLE = 'koreawave-2025-08-05.yaml';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the seed files with `edit` applied to the article's seed file. */
function seedsWith(edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-provenance-'));
  copies.push(dir);
  for (const file of fs.readdirSync(SEEDS_DIR)) fs.copyFileSync(path.join(SEEDS_DIR, file), path.join(dir, file));
  const file = path.join(dir, ARTICLE);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readSeedFiles(dir);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
}

describe('seed loader: how each relationship is known', () => {
  it('loads the seed files as they are', () => {
    expect(problemsOf(SEEDS_DIR)).toEqual([]);
  });

  it('refuses a membership with no quote and no inference, naming it', () => {
    const dir = seedsWith((text) => text.replace('        quote: NAVERクラウド\n', ''));
    expect(problemsOf(dir)).toEqual([
      `${ARTICLE}: consortia[0] (id "naver-cloud").members[0].quote: must say how it is known: quote (the words of a cited source) or inferred (the reasoning)`,
    ]);
  });

  it('refuses an inferred link that drops its reasoning and quote, and accepts reasoning alone', () => {
    const withoutBoth = seedsWith((text) =>
      text.replace(/ {8}inferred: >-\n(?: {10}.*\n)+ {8}quote: its model used[^\n]*\n/, ''),
    );
    expect(problemsOf(withoutBoth)).toEqual([
      `${ARTICLE}: models[0] (id "omni-foundation-model").basedOn[0].quote: must say how it is known: quote (the words of a cited source) or inferred (the reasoning)`,
    ]);
    const reasoningOnly = seedsWith((text) => text.replace(/ {8}quote: its model used[^\n]*\n/, ''));
    expect(problemsOf(reasoningOnly)).toEqual([]);
  });

  it('refuses a DEVELOPS link with no quote and no inference, naming it', () => {
    const dir = seedsWith((text) => text.replace(/ {8}quote: Upstageは、[^\n]*\n/, ''));
    expect(problemsOf(dir)).toEqual([
      `${ARTICLE}: models[1] (id "solar-wbl").developers[0] (id "upstage").quote: must say how it is known: quote (the words of a cited source) or inferred (the reasoning)`,
    ]);
  });
});
