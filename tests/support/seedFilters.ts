import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { activeOn, heldOn, seedMemberships, seedPartOf } from './seedFacts';

/**
 * What the filters of the questions (kinds, countries, consortia, sources) and officialMemberCount should answer,
 * read again from the seed YAML with none of the loader's or the API's code.
 */

const SEEDS = path.resolve(__dirname, '../../seeds');
const read = (file: string) => parse(fs.readFileSync(path.join(SEEDS, file), 'utf8'));

interface RawConsortium {
  id: string;
  memberList?: { complete: boolean; sources: string[] };
  members?: Array<{ org: string; sources: string[] }>;
}
const sourceFiles = fs
  .readdirSync(SEEDS)
  .filter((file) => file.endsWith('.yaml') && file !== 'entities.yaml')
  .map((file) => read(file) as { sources?: Array<{ id: string }>; consortia?: RawConsortium[] });
const entities = read('entities.yaml') as { organizations: Array<{ id: string; kind: string; country?: string }> };

/** Every source id the seed files declare. */
export const seedSourceIds = sourceFiles.flatMap((file) => (file.sources ?? []).map((source) => source.id));

/** `org|consortium` → every source any file cites for that membership. */
export const seedMembershipSources = new Map<string, Set<string>>();
for (const file of sourceFiles) {
  for (const consortium of file.consortia ?? []) {
    for (const member of consortium.members ?? []) {
      const key = `${member.org}|${consortium.id}`;
      const sources = seedMembershipSources.get(key) ?? new Set<string>();
      for (const source of member.sources) sources.add(source);
      seedMembershipSources.set(key, sources);
    }
  }
}

const kindOf = new Map(entities.organizations.map((org) => [org.id, org.kind]));
const countryOf = new Map(entities.organizations.map((org) => [org.id, org.country ?? null]));

export interface FilterCase {
  day: string | null;
  activeOnly: boolean;
  rollUp: boolean;
  kinds?: string[];
  countries?: string[];
  consortia?: string[];
  sources?: string[];
  min?: number;
}

const top = (org: string): string => (seedPartOf.has(org) ? top(seedPartOf.get(org)!) : org);

/** Whether a seed membership is counted under the case's day, program and membership filters. */
export function countedMembership(membership: (typeof seedMemberships)[number], filters: FilterCase): boolean {
  if (!heldOn(membership, filters.day)) return false;
  if (filters.activeOnly && !activeOn(membership.consortium, filters.day)) return false;
  if (filters.consortia && !filters.consortia.includes(membership.consortium)) return false;
  const cited = seedMembershipSources.get(`${membership.org}|${membership.consortium}`) ?? new Set();
  return !filters.sources || filters.sources.some((source) => cited.has(source));
}

/** Organisation id → its sorted consortia, for the main question under the case's filters. */
export function expectedFiltered(filters: FilterCase): Map<string, string[]> {
  const counted = new Map<string, Set<string>>();
  for (const membership of seedMemberships) {
    if (!countedMembership(membership, filters)) continue;
    const holder = filters.rollUp ? top(membership.org) : membership.org;
    if (filters.kinds && !filters.kinds.includes(kindOf.get(holder)!)) continue;
    if (filters.countries && !filters.countries.includes(countryOf.get(holder) ?? '')) continue;
    counted.set(holder, (counted.get(holder) ?? new Set()).add(membership.consortium));
  }
  return new Map(
    [...counted]
      .filter(([, teams]) => teams.size >= (filters.min ?? 2))
      .map(([org, teams]) => [org, [...teams].sort()]),
  );
}

/**
 * Team → its official member count: the organisations each source with a complete list cites as members, when
 * those counts agree; null when no source states a complete list or they disagree.
 */
export function expectedOfficialMemberCount(consortiumId: string): number | null {
  const completeSources = new Set(
    sourceFiles.flatMap((file) =>
      (file.consortia ?? [])
        .filter((consortium) => consortium.id === consortiumId && consortium.memberList?.complete)
        .flatMap((consortium) => consortium.memberList!.sources),
    ),
  );
  const counts = new Set(
    [...completeSources].map(
      (source) =>
        [...seedMembershipSources].filter(([key, sources]) => key.endsWith(`|${consortiumId}`) && sources.has(source))
          .length,
    ),
  );
  return counts.size === 1 ? [...counts][0]! : null;
}
