import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The expected answers, from the seed YAML alone: a name's Latin words are its runs of a–z and 0–9 (the seed's
 * Latin names are ASCII), a Korean/Japanese text matches as a part of a name, a typo is an optimal-string-alignment
 * distance (an adjacent swap is one edit) of 1 from four letters and 2 from eight, a prefix is `startsWith`.
 */
export interface SeedOrganization {
  id: string;
  name: string;
  nameKo?: string;
  nameJa?: string;
  aliases?: string[];
}
export const seedSearchOrganizations = (
  parse(fs.readFileSync(path.resolve(__dirname, '../../seeds/entities.yaml'), 'utf8')) as {
    organizations: SeedOrganization[];
  }
).organizations;

export const namesOf = (org: SeedOrganization) => [org.name, org.nameKo, org.nameJa].filter((n): n is string => !!n);
export const allNamesOf = (org: SeedOrganization) => [...namesOf(org), ...(org.aliases ?? [])];
export const latinWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);

export function swapDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) d[i]![j] = i + j;
      else {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
    }
  }
  return d[a.length]![b.length]!;
}
export const typosAllowed = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

export type Match = 'EXACT' | 'ALIAS' | 'WORDS' | 'PREFIX' | 'FUZZY';
export const MATCH_ORDER: Match[] = ['EXACT', 'ALIAS', 'WORDS', 'PREFIX', 'FUZZY'];

/** How an organisation should match Latin text, or null when it should not be found. */
export function expectedLatinMatch(org: SeedOrganization, text: string): Match | null {
  const words = latinWords(text);
  const all = allNamesOf(org);
  const tokens = all.flatMap(latinWords);
  const found = words.every((w) => tokens.some((t) => t.startsWith(w) || swapDistance(w, t) <= typosAllowed(w)));
  if (!found) return null;
  const same = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() === words.join(' ');
  if (namesOf(org).some(same)) return 'EXACT';
  if ((org.aliases ?? []).some(same)) return 'ALIAS';
  if (all.some((name) => words.every((w) => latinWords(name).includes(w)))) return 'WORDS';
  if (all.some((name) => words.every((w) => latinWords(name).some((t) => t.startsWith(w))))) return 'PREFIX';
  return 'FUZZY';
}

/** How an organisation should match one Korean/Japanese word (two letters or more), or null. */
export function expectedCjkMatch(org: SeedOrganization, text: string): Match | null {
  if (!allNamesOf(org).some((name) => name.includes(text))) return null;
  if (namesOf(org).includes(text)) return 'EXACT';
  if ((org.aliases ?? []).includes(text)) return 'ALIAS';
  return 'WORDS';
}
