/**
 * The source documents live in the repository (sources/), each with a metadata file that states only what the
 * document says about itself; every seed file transcribes one of them, and its source entry for the document
 * agrees with that metadata.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { SOURCES_DIR, sourcePath } from '../support/sourcesDir';

const SEEDS_DIR = resolve(__dirname, '../../seeds');

interface SourceMeta {
  document: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  language: string;
}

const files = readdirSync(SOURCES_DIR);
const metaFiles = files.filter((name) => name.endsWith('.meta.yaml'));
const documents = files.filter((name) => !name.endsWith('.meta.yaml'));
const readMeta = (name: string) => parse(readFileSync(join(SOURCES_DIR, name), 'utf8')) as SourceMeta;

describe('the source documents in sources/', () => {
  it('are the two documents the seed cites, each with one metadata file naming it', () => {
    expect(documents.sort()).toEqual(['000_4d4820b85c5eb758.txt', 'sovereign-ai-updates-2025-2026.md']);
    expect(metaFiles.map((name) => readMeta(name).document).sort()).toEqual(documents);
    for (const name of metaFiles) {
      expect(Object.keys(readMeta(name)).sort()).toEqual(
        ['date', 'document', 'language', 'publisher', 'title', 'url'].sort(),
      );
    }
  });

  it('have metadata the documents themselves state', () => {
    for (const name of metaFiles) {
      const meta = readMeta(name);
      const text = readFileSync(sourcePath(meta.document), 'utf8');
      expect(text).toContain(meta.title);
      if (meta.publisher !== null) expect(text).toContain(`(c)${meta.publisher}`);
      if (meta.url !== null) expect(text).toContain(meta.url);
    }
    // The article's dateline, read here independently of the metadata file.
    const article = readFileSync(sourcePath('000_4d4820b85c5eb758.txt'), 'utf8');
    const [, year, month, day] = /^(\d{4}) 年 (\d{1,2})月 (\d{1,2})日/.exec(article)!;
    const meta = readMeta('000_4d4820b85c5eb758.meta.yaml');
    expect(meta.date).toBe(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  });

  it('are what every seed file transcribes, and the seed describes each as its metadata does', () => {
    const seedFiles = readdirSync(SEEDS_DIR).filter((name) => name !== 'entities.yaml' && name.endsWith('.yaml'));
    expect(seedFiles.length).toBeGreaterThan(0);
    for (const file of seedFiles) {
      const seed = parse(readFileSync(join(SEEDS_DIR, file), 'utf8')) as {
        document: string;
        sources: { title: string; publisher: string; date?: string }[];
      };
      expect(documents).toContain(seed.document);
      const meta = readMeta(seed.document.replace(/\.[a-z]+$/, '.meta.yaml'));
      if (meta.publisher === null) continue; // a compilation: its sources are the reports it names
      const own = seed.sources.find((source) => source.title === meta.title);
      expect(own).toMatchObject({ publisher: meta.publisher, date: meta.date });
    }
  });
});
