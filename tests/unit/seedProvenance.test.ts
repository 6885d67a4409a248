/**
 * Provenance of the hand-written seed files, checked against the source documents themselves and
 * independently of the loader: quotes are verbatim (in a document of a source their entry cites), names are spelled as the documents spell them,
 * every cited source exists, and the dossier's complete member lists are transcribed in full.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { entitiesFileSchema, sourceFileSchema } from '../../src/seed/seedSchema';
import type { EntitiesFile, OrganizationSeed, SourceFile } from '../../src/seed/seedSchema';
import { sourcePath } from '../support/sourcesDir';

const SEEDS_DIR = resolve(__dirname, '../../seeds');
const ENTITIES_FILE = 'entities.yaml';
const ARTICLE_FILE = 'koreawave-2025-08-05.yaml';
const DOSSIER_FILE = 'sovereign-ai-updates-2025-2026.yaml';

function readYaml(file: string): unknown {
  return parse(readFileSync(join(SEEDS_DIR, file), 'utf8'));
}

interface SeedFile {
  file: string;
  seed: SourceFile;
  /** The full text of the document the seed file transcribes. */
  document: string;
}

function loadSeedFile(file: string): SeedFile {
  const seed = sourceFileSchema.parse(readYaml(file));
  const document = readFileSync(sourcePath(seed.document), 'utf8');
  return { file, seed, document };
}

/** Calls `visit` for every key/value pair anywhere inside `value`. */
function walk(value: unknown, visit: (key: string, child: unknown) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item) => walk(item, visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      visit(key, child);
      walk(child, visit);
    }
  }
}

/** Every entry with a `quote`, with the source ids it cites beside it (empty when it cites none). */
function quotedEntries(value: unknown): Array<{ quote: string; cited: string[] }> {
  const entries: Array<{ quote: string; cited: string[] }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.quote === 'string') {
      const cited = Array.isArray(record.sources) ? record.sources.filter((id) => typeof id === 'string') : [];
      entries.push({ quote: record.quote, cited: cited as string[] });
    }
    Object.values(record).forEach(visit);
  };
  visit(value);
  return entries;
}

/** Source ids cited anywhere (`sources: [id, ...]`), as opposed to the `sources:` list declaring Source objects. */
function citedSourceIds(value: unknown): string[] {
  const ids: string[] = [];
  walk(value, (key, child) => {
    if (key === 'sources' && Array.isArray(child)) {
      ids.push(...child.filter((item): item is string => typeof item === 'string'));
    }
  });
  return ids;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '-');
}

function splitNames(cell: string): string[] {
  return cell
    .replace(/\s+/g, ' ')
    .trim()
    .split(', ')
    .map((name) => name.replace(/ \(lead\)$/, ''));
}

/** The dossier's member lists, by consortium id: its markdown table rows, and the Motif list in prose. */
function dossierMemberLists(dossier: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const rows = dossier.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*(team|-)/.test(line));
  for (const row of rows) {
    const [team, members] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (team && members) lists.set(slug(team), splitNames(members));
  }
  const motif = /(\d+) members: ([^.]*)\./.exec(dossier);
  if (!motif?.[1] || !motif[2]) throw new Error('the Motif member list was not found in the dossier');
  const motifNames = splitNames(motif[2]);
  if (motifNames.length !== Number(motif[1])) {
    throw new Error(`the dossier announces ${motif[1]} Motif members but lists ${motifNames.length}`);
  }
  lists.set('motif-technologies', motifNames);
  return lists;
}

/** The spellings under which a document may name an organisation. */
function namesAsWritten(org: OrganizationSeed, language: string): string[] {
  if (language === 'ja') return [org.nameJa, ...org.aliases].filter((name): name is string => !!name);
  // The dossier prints Korean names, except for teams it names only in English (Kakao, KT, ...).
  if (language === 'ko') return [org.nameKo ?? org.name];
  return [org.name, ...org.aliases];
}

const entities: EntitiesFile = entitiesFileSchema.parse(readYaml(ENTITIES_FILE));
const organizations = new Map(entities.organizations.map((org) => [org.id, org]));
const seedFiles: SeedFile[] = readdirSync(SEEDS_DIR)
  .filter((file) => file.endsWith('.yaml') && file !== ENTITIES_FILE)
  .sort()
  .map(loadSeedFile);
const declaredSourceIds = new Set(seedFiles.flatMap(({ seed }) => seed.sources.map((source) => source.id)));
/** The text of the document each source id was transcribed from. */
const documentOfSource = new Map(
  seedFiles.flatMap(({ seed, document }) => seed.sources.map((source) => [source.id, document] as const)),
);

/** Quotes that occur in none of the documents of the sources their entry cites (or `fallback`, citing none). */
function quotesNotInCitedDocuments(value: unknown, fallback: string | null): string[] {
  return quotedEntries(value)
    .filter(({ quote, cited }) => {
      const documents = cited.length > 0 ? cited.map((id) => documentOfSource.get(id) ?? '') : [fallback ?? ''];
      return !documents.some((document) => document.includes(quote));
    })
    .map(({ quote, cited }) => `${quote} (citing ${cited.join(', ') || 'nothing'})`);
}

function seedFileNamed(file: string): SeedFile {
  const found = seedFiles.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`seed file ${file} is missing`);
  return found;
}

describe('seed provenance', () => {
  it('has the article and the dossier seed files', () => {
    expect(seedFiles.map(({ file }) => file)).toEqual(expect.arrayContaining([ARTICLE_FILE, DOSSIER_FILE]));
  });

  describe.each(seedFiles.map((loaded) => [loaded.file, loaded] as const))('%s', (_file, { seed, document }) => {
    // An entry may quote the other document when it cites that document's sources (the inferred Qwen link).
    it('quotes verbatim, in every entry, a document of a source that entry cites', () => {
      expect(quotesNotInCitedDocuments(seed, document)).toEqual([]);
    });

    it('quotes, for every DEVELOPS link (stated or inferred), a document of a source it cites', () => {
      const developers = seed.models.flatMap((model) => model.developers);
      expect(developers.filter((developer) => developer.quote === undefined)).toEqual([]);
      expect(quotesNotInCitedDocuments(developers, null)).toEqual([]);
    });

    it('cites only declared sources', () => {
      const unknown = citedSourceIds(seed).filter((id) => !declaredSourceIds.has(id));
      expect(unknown).toEqual([]);
    });

    it('names every member organisation as its document writes it', () => {
      const languages = new Set(seed.sources.map((source) => source.language));
      expect(languages.size).toBe(1);
      const [language] = [...languages];
      const notFound: string[] = [];
      for (const consortium of seed.consortia) {
        for (const { org: orgId } of consortium.members) {
          const org = organizations.get(orgId);
          const names = org ? namesAsWritten(org, language ?? '') : [];
          if (!names.some((name) => document.includes(name))) notFound.push(`${consortium.id}: ${orgId}`);
        }
      }
      expect(notFound).toEqual([]);
    });
  });

  it('quotes in entities.yaml (the PART_OF links) a document of a source each entry cites', () => {
    expect(quotedEntries(entities).length).toBeGreaterThanOrEqual(5);
    expect(quotesNotInCitedDocuments(entities, null)).toEqual([]);
  });

  it('cites only declared sources in entities.yaml', () => {
    const unknown = citedSourceIds(entities).filter((id) => !declaredSourceIds.has(id));
    expect(unknown).toEqual([]);
  });

  describe('the dossier member lists', () => {
    const { seed, document } = seedFileNamed(DOSSIER_FILE);
    const lists = [...dossierMemberLists(document)];

    it('are found in the dossier (five teams in the table, plus Motif)', () => {
      expect(lists.map(([id]) => id).sort()).toEqual(
        ['lg-ai-research', 'motif-technologies', 'naver-cloud', 'nc-ai', 'sk-telecom', 'upstage'].sort(),
      );
    });

    it.each(lists)('%s has as many memberships as the dossier lists', (consortiumId, names) => {
      const consortium = seed.consortia.find(({ id }) => id === consortiumId);
      expect(consortium?.members).toHaveLength(names.length);
    });

    it.each(lists)('%s has a membership for each name the dossier lists', (consortiumId, names) => {
      const members = (seed.consortia.find(({ id }) => id === consortiumId)?.members ?? []).map(({ org }) =>
        organizations.get(org),
      );
      const unmatched = names.filter(
        (name) => !members.some((org) => org && (org.nameKo === name || org.aliases.includes(name))),
      );
      expect(unmatched).toEqual([]);
    });
  });
});
