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
  program: string;
  order: number;
  status?: string;
  date?: string;
  knownBy?: string;
  evaluatesTeams?: boolean;
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

const standings = new Map<string, Array<{ stage: string; order: number; effective: string; status: string }>>();
for (const file of sourceFiles) {
  for (const consortium of file.consortia ?? []) {
    for (const standing of consortium.standings ?? []) {
      const stage = stages.get(standing.stage)!;
      const list = standings.get(consortium.id) ?? [];
      list.push({
        stage: standing.stage,
        order: stage.order,
        effective: (stage.date ?? stage.knownBy)!,
        status: standing.status,
      });
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

interface RawFact {
  about: { type: string; id: string };
  text: string;
}
const rawFacts = fs
  .readdirSync(SEEDS)
  .filter((file) => file.endsWith('.yaml') && file !== 'entities.yaml')
  .flatMap((file) => ((read(file) as { facts?: RawFact[] }).facts ?? []).map((fact) => fact));
const declaredIds = (key: 'programs' | 'models') =>
  fs
    .readdirSync(SEEDS)
    .filter((file) => file.endsWith('.yaml') && file !== 'entities.yaml')
    .flatMap((file) => ((read(file) as Record<string, Array<{ id: string }> | undefined>)[key] ?? []).map((x) => x.id));

/** The ids of each label a fact can be about, as the seed files declare them. */
export const seedIdsByLabel: Record<'Organization' | 'Consortium' | 'Program' | 'Model', string[]> = {
  Organization: seedOrganizationIds,
  Consortium: seedConsortiumIds,
  Program: declaredIds('programs'),
  Model: declaredIds('models'),
};

/** The texts of the facts the seed files state about the node of that label and id, sorted. */
export function seedFactTexts(label: string, id: string): string[] {
  return rawFacts
    .filter((fact) => fact.about.type === label && fact.about.id === id)
    .map((fact) => fact.text.trim())
    .sort();
}

/** `org|consortium` → the sorted quotes of every file that states the membership (raw YAML, no loader code). */
export const seedMembershipQuotes = (() => {
  const byKey = new Map<string, Set<string>>();
  for (const file of sourceFiles) {
    for (const consortium of file.consortia ?? []) {
      for (const member of (consortium.members ?? []) as Array<RawMember & { quote?: string }>) {
        const key = `${member.org}|${consortium.id}`;
        const quotes = byKey.get(key) ?? new Set<string>();
        if (member.quote) quotes.add(member.quote);
        byKey.set(key, quotes);
      }
    }
  }
  return new Map([...byKey].map(([key, quotes]) => [key, [...quotes].sort()]));
})();

interface RawDeveloper {
  type: string;
  id: string;
  quote?: string;
  inferred?: string;
  sources: string[];
}

/**
 * `model|type|id` → how each DEVELOPS link of the seed files is known (raw YAML, no loader code): INFERRED when it
 * gives the reasoning, else STATED; its quote (if any) and sources.
 */
export const seedDevelopers = new Map(
  sourceFiles.flatMap((file) =>
    ((file as { models?: Array<{ id: string; developers: RawDeveloper[] }> }).models ?? []).flatMap((model) =>
      model.developers.map((developer) => [
        `${model.id}|${developer.type}|${developer.id}`,
        {
          provenance: developer.inferred ? 'INFERRED' : 'STATED',
          quotes: developer.quote ? [developer.quote] : [],
          inference: developer.inferred?.trim() ?? null,
          sources: [...developer.sources].sort(),
        },
      ]),
    ),
  ),
);

const IN_PROGRAM = ['SELECTED', 'ADVANCED', 'ADDED'];

/** The seed's standings recorded at a stage, by consortium: what a test may add to through the API. */
export type ExtraStandings = Array<{ consortium: string; stage: string; status: string }>;

/**
 * The standing answered on a day, the project's rule written out again: the last recorded standing; but when it
 * is in the program and a later stage that evaluates the teams is over by that day, with no standing of the team
 * at it, UNKNOWN at the first such stage. `extra` are standings a test recorded through the API.
 */
export function expectedStandingAnswer(
  consortiumId: string,
  day: string,
  extra: ExtraStandings = [],
): { status: string; stage: string; lastKnown: string | null } | null {
  const recorded = [
    ...(standings.get(consortiumId) ?? []),
    ...extra
      .filter((standing) => standing.consortium === consortiumId)
      .map((standing) => {
        const stage = stages.get(standing.stage)!;
        return {
          stage: stage.id,
          order: stage.order,
          effective: (stage.date ?? stage.knownBy)!,
          status: standing.status,
        };
      }),
  ]
    .filter((standing) => standing.effective <= day)
    .sort((a, b) => a.order - b.order);
  const last = recorded.at(-1);
  if (!last) return null;
  if (!IN_PROGRAM.includes(last.status)) return { status: last.status, stage: last.stage, lastKnown: null };
  const unresolved = [...stages.values()]
    .filter((stage) => stage.evaluatesTeams && stage.order > last.order)
    .filter((stage) => (stage.date ?? stage.knownBy ?? '9999-12-31') <= day)
    .sort((a, b) => a.order - b.order)[0];
  return unresolved
    ? { status: 'UNKNOWN', stage: unresolved.id, lastKnown: last.status }
    : { status: last.status, stage: last.stage, lastKnown: null };
}

/** The English names of the organisations, from entities.yaml (for tables a reader checks by eye). */
export const seedOrganizationNames = new Map(
  (entities.organizations as Array<{ id: string; name?: string }>).map((org) => [org.id, org.name ?? org.id]),
);

/** Every day a seed stage or membership starts, ends or is known by: after the last, nothing changes. */
export const lastSeedDay = [
  ...[...stages.values()].flatMap((stage) => [stage.date, stage.knownBy]),
  ...seedMemberships.flatMap((membership) => [membership.since, membership.until]),
]
  .filter((day): day is string => !!day)
  .sort()
  .at(-1)!;

/**
 * What is known of the standings on `day`, the project's rule written out again: the stages at which some team is
 * UNKNOWN (by expectedStandingAnswer), and the day of the last stage with a recorded standing before the first.
 */
export function expectedStandingKnowledge(day: string): {
  complete: boolean;
  knownAsOf: string;
  unresolved: Array<{ id: string; name: string; period?: string }>;
} {
  const unresolvedIds = new Set(
    seedConsortiumIds
      .map((id) => expectedStandingAnswer(id, day))
      .filter((answer) => answer?.status === 'UNKNOWN')
      .map((answer) => answer!.stage),
  );
  const unresolved = [...stages.values()]
    .filter((stage) => unresolvedIds.has(stage.id))
    .sort((a, b) => a.order - b.order) as Array<RawStage & { name: string; period?: string }>;
  if (unresolved.length === 0) return { complete: true, knownAsOf: day, unresolved: [] };
  const reported = [...standings.values()]
    .flat()
    .filter((standing) => standing.order < unresolved[0]!.order && standing.effective <= day)
    .map((standing) => standing.effective)
    .sort();
  return {
    complete: false,
    knownAsOf: reported.at(-1)!,
    unresolved: unresolved.map((stage) => ({ id: stage.id, name: stage.name, period: stage.period })),
  };
}
