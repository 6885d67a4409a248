import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * An independent reading of the seed files for tests: plain YAML, none of the loader's code, and
 * the project's rules for time written out again here, so a bug in the Cypher cannot hide.
 */

const SEEDS = path.resolve(__dirname, '../../seeds');

interface RawMember {
  org: string;
  role?: string;
  since?: string;
  until?: string;
}
interface RawStage {
  id: string;
  order: number;
  status?: string;
  date?: string;
  knownBy?: string;
}
interface RawConsortium {
  id: string;
  members?: RawMember[];
  standings?: Array<{ stage: string; status: string }>;
}
interface RawSourceFile {
  stages?: RawStage[];
  consortia?: RawConsortium[];
}

const read = (file: string) => parse(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
const entities = read('entities.yaml') as {
  organizations: Array<{ id: string; partOf?: { org: string } }>;
  consortia: Array<{ id: string }>;
};
const sourceFiles = fs
  .readdirSync(SEEDS)
  .filter((file) => file.endsWith('.yaml') && file !== 'entities.yaml')
  .map((file) => read(file) as RawSourceFile);

const stages = new Map<string, RawStage>();
for (const file of sourceFiles) for (const stage of file.stages ?? []) stages.set(stage.id, stage);

/** One entry per (organisation, consortium), the earliest `since` of the files that state it. */
export const seedMemberships = (() => {
  const byKey = new Map<string, { org: string; consortium: string; role: string; since?: string; until?: string }>();
  for (const file of sourceFiles) {
    for (const consortium of file.consortia ?? []) {
      for (const member of consortium.members ?? []) {
        const key = `${member.org}|${consortium.id}`;
        const existing = byKey.get(key);
        const since = [existing?.since, member.since].filter(Boolean).sort()[0];
        byKey.set(key, {
          org: member.org,
          consortium: consortium.id,
          role: member.role ?? 'MEMBER',
          since,
          until: member.until,
        });
      }
    }
  }
  return [...byKey.values()];
})();

const standings = new Map<string, Array<{ order: number; effective: string; status: string }>>();
for (const file of sourceFiles) {
  for (const consortium of file.consortia ?? []) {
    for (const standing of consortium.standings ?? []) {
      const stage = stages.get(standing.stage)!;
      const list = standings.get(consortium.id) ?? [];
      list.push({ order: stage.order, effective: (stage.date ?? stage.knownBy)!, status: standing.status });
      standings.set(consortium.id, list);
    }
  }
}

/** Every stage of the seed files. */
export const seedStages = [...stages.values()];

/** The day a seed team starts: its first standing's. */
export const seedConsortiumStart = (consortiumId: string): string | undefined => consortiumStart(consortiumId);

export const seedOrganizationIds = entities.organizations.map((org) => org.id);
export const seedConsortiumIds = entities.consortia.map((consortium) => consortium.id);
export const seedPartOf = new Map(
  entities.organizations.filter((org) => org.partOf).map((org) => [org.id, org.partOf!.org]),
);

/** The consortium's standing on a day: the status of its last stage on or before it. */
export function expectedStanding(consortiumId: string, day: string): string | null {
  const past = (standings.get(consortiumId) ?? []).filter((standing) => standing.effective <= day);
  past.sort((a, b) => a.order - b.order);
  return past.at(-1)?.status ?? null;
}

function consortiumStart(consortiumId: string): string | undefined {
  return (standings.get(consortiumId) ?? []).map((standing) => standing.effective).sort()[0];
}

/** Whether a seed membership held on `day` (always when null): from its since (or its team's start) to its until. */
export function heldOn(membership: (typeof seedMemberships)[number], day: string | null): boolean {
  if (!day) return true;
  const from = membership.since ?? consortiumStart(membership.consortium);
  if (from && from > day) return false;
  return !(membership.until && membership.until < day);
}

/** Whether the team is in its program on `day` (today when null): its last standing then is an active one. */
export function activeOn(consortiumId: string, day: string | null): boolean {
  const status = expectedStanding(consortiumId, day ?? new Date().toISOString().slice(0, 10));
  return ['SELECTED', 'ADVANCED', 'ADDED'].includes(status ?? '');
}

/** Organisation id → consortia it counts in on `day` (null: all time), as worded or rolled up. */
export function expectedMultiConsortium(options: {
  day: string | null;
  activeOnly: boolean;
  rollUp: boolean;
  min?: number;
}): Map<string, string[]> {
  const counted = new Map<string, Set<string>>();
  for (const membership of seedMemberships) {
    if (!heldOn(membership, options.day)) continue;
    if (options.activeOnly && !activeOn(membership.consortium, options.day)) continue;
    let holder = membership.org;
    while (options.rollUp && seedPartOf.has(holder)) holder = seedPartOf.get(holder)!;
    const set = counted.get(holder) ?? new Set<string>();
    set.add(membership.consortium);
    counted.set(holder, set);
  }
  const result = new Map<string, string[]>();
  for (const [org, consortia] of counted)
    if (consortia.size >= (options.min ?? 2)) result.set(org, [...consortia].sort());
  return result;
}
