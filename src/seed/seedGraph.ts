import { createHash } from 'node:crypto';
import type {
  ConsortiumRow,
  DevelopsRow,
  FactRow,
  MembershipRow,
  ModelRow,
  OrganizationRow,
  PersonRow,
  PositionRow,
  ProgramRow,
  ProvenanceRow,
  RelationRow,
  SourceRow,
  StageRow,
  StandingRow,
} from '../db/writes/graphWrites';
import { ENTITIES_FILE, SeedError, type SeedFiles } from './seedFiles';
import type { ConsortiumFactsSeed, MembershipSeed, SourceFile, StandingSeed } from './seedSchema';

/** Everything the seed files say, flattened into the rows the graph writes take. */
export interface SeedGraph {
  sources: SourceRow[];
  organizations: OrganizationRow[];
  partOf: RelationRow[];
  programs: ProgramRow[];
  stages: StageRow[];
  consortia: ConsortiumRow[];
  memberships: MembershipRow[];
  memberLists: Array<{ consortiumId: string; sourceId: string; complete: boolean; quote: string | null }>;
  standings: StandingRow[];
  facts: FactRow[];
  persons: PersonRow[];
  positions: PositionRow[];
  models: ModelRow[];
  develops: DevelopsRow[];
  basedOn: RelationRow[];
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
const orNull = <T>(value: T | undefined): T | null => value ?? null;
const stableId = (prefix: string, ...parts: string[]) =>
  `${prefix}-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12)}`;

/** How a seed relationship is known: inferred when it gives the reasoning, else stated in its quote. */
const provenanceOf = (entry: { quote?: string; inferred?: string }): Required<ProvenanceRow> => ({
  provenance: entry.inferred ? 'INFERRED' : 'STATED',
  quotes: entry.quote ? [entry.quote] : [],
  inference: entry.inferred ?? null,
});

/** A relationship two files state: stated if either states it, with the words of both. */
function mergeProvenance(into: ProvenanceRow, from: ProvenanceRow): void {
  into.provenance = into.provenance === 'STATED' || from.provenance === 'STATED' ? 'STATED' : 'INFERRED';
  into.quotes = union(into.quotes ?? [], from.quotes ?? []);
  into.inference = into.inference ?? from.inference ?? null;
}

/** Collects problems instead of stopping at the first, so one run names them all. */
class Problems {
  readonly list: string[] = [];
  add(file: string, where: string, reason: string) {
    this.list.push(`${file}: ${where}: ${reason}`);
  }
}

/** A build in progress: the graph so far, the ids each kind has, and the problems found. */
class SeedBuild {
  readonly problems = new Problems();
  readonly graph: SeedGraph = {
    sources: [],
    organizations: [],
    partOf: [],
    programs: [],
    stages: [],
    consortia: [],
    memberships: [],
    memberLists: [],
    standings: [],
    facts: [],
    persons: [],
    positions: [],
    models: [],
    develops: [],
    basedOn: [],
  };
  readonly sourceIds = new Set<string>();
  readonly orgIds = new Set<string>();
  readonly programIds = new Set<string>();
  /** Each stage's effective day (its date, or the day it is known to be over by). */
  readonly stageDates = new Map<string, string | null>();
  readonly consortia = new Map<string, ConsortiumRow>();
  /** By organisation and consortium: a membership stated in two files is one. */
  readonly memberships = new Map<string, MembershipRow>();
  readonly standingKeys = new Set<string>();
  readonly personIds = new Set<string>();
  readonly modelIds = new Set<string>();

  checkSources(file: string, where: string, cited: string[]) {
    for (const id of cited) if (!this.sourceIds.has(id)) this.problems.add(file, where, `cites unknown source "${id}"`);
  }

  checkOrg(file: string, where: string, id: string) {
    if (!this.orgIds.has(id)) this.problems.add(file, where, `unknown organization "${id}"`);
  }

  subjectExists(type: string, id: string): boolean {
    return (
      (type === 'Organization' && this.orgIds.has(id)) ||
      (type === 'Consortium' && this.consortia.has(id)) ||
      (type === 'Program' && this.programIds.has(id)) ||
      (type === 'Model' && this.modelIds.has(id))
    );
  }
}

/**
 * Merges the entity registry and the per-source files into one graph: a membership stated in two
 * files becomes one membership citing both. Throws a SeedError naming every dangling reference,
 * duplicate id or contradiction.
 */
export function buildSeedGraph(files: SeedFiles): SeedGraph {
  const build = new SeedBuild();
  for (const [file, seed] of files.sources) addSources(build, file, seed);
  addOrganizations(build, files);
  for (const [file, seed] of files.sources) addPrograms(build, file, seed);
  for (const [file, seed] of files.sources) addStages(build, file, seed);
  addConsortia(build, files);
  for (const [file, seed] of files.sources) {
    seed.consortia.forEach((facts, index) => addConsortiumFacts(build, file, facts, index));
  }
  build.graph.consortia = [...build.consortia.values()];
  build.graph.memberships = [...build.memberships.values()];

  for (const [, seed] of files.sources) seed.models.forEach((model) => build.modelIds.add(model.id));
  for (const [file, seed] of files.sources) {
    addFacts(build, file, seed);
    addPersons(build, file, seed);
    addModels(build, file, seed);
  }

  if (build.problems.list.length > 0) throw new SeedError(build.problems.list);
  return build.graph;
}

function addSources(build: SeedBuild, file: string, seed: SourceFile): void {
  seed.sources.forEach((source, index) => {
    if (build.sourceIds.has(source.id)) {
      build.problems.add(file, `sources[${index}]`, `duplicate source id "${source.id}"`);
    }
    build.sourceIds.add(source.id);
    build.graph.sources.push({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      date: orNull(source.date),
      language: source.language,
      url: orNull(source.url),
      document: seed.document,
    });
  });
}

/** The registry's organisations, then their PART_OF links (which may point to any of them). */
function addOrganizations(build: SeedBuild, files: SeedFiles): void {
  files.entities.organizations.forEach((org, index) => {
    if (build.orgIds.has(org.id))
      build.problems.add(ENTITIES_FILE, `organizations[${index}]`, `duplicate organization id "${org.id}"`);
    build.orgIds.add(org.id);
    build.graph.organizations.push({
      id: org.id,
      name: org.name,
      nameKo: orNull(org.nameKo),
      nameJa: orNull(org.nameJa),
      aliases: org.aliases,
      kind: org.kind,
      country: org.country,
    });
  });
  files.entities.organizations.forEach((org, index) => {
    if (!org.partOf) return;
    const where = `organizations[${index}] (id "${org.id}").partOf`;
    build.checkOrg(ENTITIES_FILE, where, org.partOf.org);
    build.checkSources(ENTITIES_FILE, where, org.partOf.sources);
    build.graph.partOf.push({
      fromId: org.id,
      toId: org.partOf.org,
      sources: org.partOf.sources,
      ...provenanceOf(org.partOf),
    });
  });
}

function addPrograms(build: SeedBuild, file: string, seed: SourceFile): void {
  seed.programs.forEach((program, index) => {
    const where = `programs[${index}] (id "${program.id}")`;
    if (build.programIds.has(program.id)) build.problems.add(file, where, `duplicate program id "${program.id}"`);
    build.programIds.add(program.id);
    build.checkOrg(file, `${where}.runBy`, program.runBy.org);
    build.checkSources(file, where, [...program.sources, ...program.runBy.sources]);
    build.graph.programs.push({
      id: program.id,
      name: program.name,
      nameKo: orNull(program.nameKo),
      nameJa: orNull(program.nameJa),
      runById: program.runBy.org,
      runBySources: program.runBy.sources,
      runBy: provenanceOf(program.runBy),
      sources: program.sources,
    });
  });
}

function addStages(build: SeedBuild, file: string, seed: SourceFile): void {
  seed.stages.forEach((stage, index) => {
    const where = `stages[${index}] (id "${stage.id}")`;
    if (build.stageDates.has(stage.id)) build.problems.add(file, where, `duplicate stage id "${stage.id}"`);
    if (!build.programIds.has(stage.program)) build.problems.add(file, where, `unknown program "${stage.program}"`);
    build.checkSources(file, where, stage.sources);
    build.stageDates.set(stage.id, stage.date ?? stage.knownBy ?? null);
    build.graph.stages.push({
      id: stage.id,
      programId: stage.program,
      order: stage.order,
      name: stage.name,
      status: stage.status,
      date: orNull(stage.date),
      endDate: orNull(stage.endDate),
      period: orNull(stage.period),
      knownBy: orNull(stage.knownBy),
      evaluatesTeams: stage.evaluatesTeams,
      description: orNull(stage.description),
      sources: stage.sources,
    });
  });
}

/** The registry's consortia, empty: the source files add what they say about each. */
function addConsortia(build: SeedBuild, files: SeedFiles): void {
  files.entities.consortia.forEach((consortium, index) => {
    const where = `consortia[${index}] (id "${consortium.id}")`;
    if (build.consortia.has(consortium.id)) {
      build.problems.add(ENTITIES_FILE, where, `duplicate consortium id "${consortium.id}"`);
    }
    if (!build.programIds.has(consortium.program))
      build.problems.add(ENTITIES_FILE, where, `unknown program "${consortium.program}"`);
    build.consortia.set(consortium.id, {
      id: consortium.id,
      name: consortium.name,
      programId: consortium.program,
      slogan: null,
      sloganSources: [],
      strategy: null,
      strategySources: [],
      startDate: null,
      endDate: null,
      sources: [],
    });
  });
}

/** What one source file says about one consortium: slogan, strategy, member list, members and standings. */
function addConsortiumFacts(build: SeedBuild, file: string, facts: ConsortiumFactsSeed, index: number): void {
  const where = `consortia[${index}] (id "${facts.id}")`;
  const consortium = build.consortia.get(facts.id);
  if (!consortium) {
    build.problems.add(file, where, `unknown consortium "${facts.id}" (add it to ${ENTITIES_FILE})`);
    return;
  }
  if (facts.slogan) {
    build.checkSources(file, `${where}.slogan`, facts.slogan.sources);
    if (consortium.slogan && consortium.slogan !== facts.slogan.text) {
      build.problems.add(file, `${where}.slogan`, `contradicts the slogan given elsewhere ("${consortium.slogan}")`);
    }
    consortium.slogan = facts.slogan.text;
    consortium.sloganSources = union(consortium.sloganSources, facts.slogan.sources);
  }
  if (facts.strategy) {
    build.checkSources(file, `${where}.strategy`, facts.strategy.sources);
    if (consortium.strategy && consortium.strategy !== facts.strategy.value) {
      build.problems.add(
        file,
        `${where}.strategy`,
        `contradicts the strategy given elsewhere (${consortium.strategy})`,
      );
    }
    consortium.strategy = facts.strategy.value;
    consortium.strategySources = union(consortium.strategySources, facts.strategy.sources);
  }
  if (facts.memberList) {
    build.checkSources(file, `${where}.memberList`, facts.memberList.sources);
    for (const sourceId of facts.memberList.sources) {
      build.graph.memberLists.push({
        consortiumId: facts.id,
        sourceId,
        complete: facts.memberList.complete,
        quote: orNull(facts.memberList.quote),
      });
    }
  }
  facts.members.forEach((member, memberIndex) =>
    addMember(build, file, `${where}.members[${memberIndex}] (org "${member.org}")`, consortium, member),
  );
  facts.standings.forEach((standing, standingIndex) =>
    addStanding(build, file, `${where}.standings[${standingIndex}]`, consortium, standing),
  );
}

/** A membership, or what a second file adds to one stated already (checked for contradictions). */
function addMember(build: SeedBuild, file: string, where: string, consortium: ConsortiumRow, member: MembershipSeed) {
  build.checkOrg(file, where, member.org);
  build.checkSources(file, where, member.sources);
  consortium.sources = union(consortium.sources, member.sources);
  const key = `${member.org}\u0000${consortium.id}`;
  const existing = build.memberships.get(key);
  if (!existing) {
    build.memberships.set(key, {
      orgId: member.org,
      consortiumId: consortium.id,
      role: member.role,
      category: orNull(member.category),
      since: orNull(member.since),
      until: orNull(member.until),
      note: orNull(member.note),
      sources: [...member.sources].sort(),
      ...provenanceOf(member),
    });
    return;
  }
  if (existing.role !== member.role) {
    build.problems.add(file, where, `role ${member.role} contradicts role ${existing.role} given elsewhere`);
  }
  if (member.category && existing.category && member.category !== existing.category) {
    build.problems.add(file, where, `category "${member.category}" contradicts "${existing.category}" given elsewhere`);
  }
  existing.category ??= orNull(member.category);
  existing.note ??= orNull(member.note);
  // Two sources may date a membership differently; it holds from the earlier date.
  if (member.since && (!existing.since || member.since < existing.since)) existing.since = member.since;
  existing.until ??= orNull(member.until);
  existing.sources = union(existing.sources, member.sources);
  mergeProvenance(existing, provenanceOf(member));
}

/** A standing of the consortium after a stage; the earliest stage it stands at starts the consortium. */
function addStanding(
  build: SeedBuild,
  file: string,
  where: string,
  consortium: ConsortiumRow,
  standing: StandingSeed,
): void {
  if (!build.stageDates.has(standing.stage)) build.problems.add(file, where, `unknown stage "${standing.stage}"`);
  build.checkSources(file, where, standing.sources);
  const key = `${consortium.id}\u0000${standing.stage}\u0000${standing.status}`;
  if (build.standingKeys.has(key)) build.problems.add(file, where, 'duplicate standing');
  build.standingKeys.add(key);
  build.graph.standings.push({
    consortiumId: consortium.id,
    stageId: standing.stage,
    status: standing.status,
    reason: orNull(standing.reason),
    sources: standing.sources,
    ...provenanceOf(standing),
  });
  const effective = build.stageDates.get(standing.stage);
  if (effective && (!consortium.startDate || effective < consortium.startDate)) consortium.startDate = effective;
  consortium.sources = union(consortium.sources, standing.sources);
}

function addFacts(build: SeedBuild, file: string, seed: SourceFile): void {
  seed.facts.forEach((fact, index) => {
    const where = `facts[${index}]`;
    if (!build.subjectExists(fact.about.type, fact.about.id)) {
      build.problems.add(file, where, `unknown ${fact.about.type} "${fact.about.id}"`);
    }
    build.checkSources(file, where, fact.sources);
    build.graph.facts.push({
      id: stableId('fact', fact.about.type, fact.about.id, fact.kind, fact.text),
      about: fact.about.type,
      aboutId: fact.about.id,
      kind: fact.kind,
      text: fact.text,
      quote: orNull(fact.quote),
      sources: fact.sources,
    });
  });
}

function addPersons(build: SeedBuild, file: string, seed: SourceFile): void {
  seed.persons.forEach((person, index) => {
    const where = `persons[${index}] (id "${person.id}")`;
    if (build.personIds.has(person.id)) build.problems.add(file, where, `duplicate person id "${person.id}"`);
    build.personIds.add(person.id);
    build.graph.persons.push({
      id: person.id,
      name: person.name,
      nameKo: orNull(person.nameKo),
      nameJa: orNull(person.nameJa),
    });
    person.positions.forEach((position, positionIndex) => {
      build.checkOrg(file, `${where}.positions[${positionIndex}]`, position.org);
      build.checkSources(file, `${where}.positions[${positionIndex}]`, position.sources);
      build.graph.positions.push({
        personId: person.id,
        orgId: position.org,
        title: position.title,
        sources: position.sources,
        ...provenanceOf(position),
      });
    });
  });
}

/** Models with who developed them and what they are based on. */
function addModels(build: SeedBuild, file: string, seed: SourceFile): void {
  seed.models.forEach((model, index) => {
    const where = `models[${index}] (id "${model.id}")`;
    if (build.graph.models.some((existing) => existing.id === model.id))
      build.problems.add(file, where, `duplicate model id "${model.id}"`);
    build.checkSources(file, where, model.sources);
    build.graph.models.push({
      id: model.id,
      name: model.name,
      description: orNull(model.description),
      parameters: orNull(model.parameters),
      openSource: orNull(model.openSource),
      sources: model.sources,
    });
    model.developers.forEach((developer, developerIndex) => {
      const developerWhere = `${where}.developers[${developerIndex}]`;
      if (!build.subjectExists(developer.type, developer.id))
        build.problems.add(file, developerWhere, `unknown ${developer.type} "${developer.id}"`);
      build.checkSources(file, developerWhere, developer.sources);
      build.graph.develops.push({
        developer: developer.type,
        developerId: developer.id,
        modelId: model.id,
        sources: developer.sources,
        ...provenanceOf(developer),
      });
    });
    model.basedOn.forEach((base, baseIndex) => {
      const baseWhere = `${where}.basedOn[${baseIndex}]`;
      if (!build.modelIds.has(base.model)) build.problems.add(file, baseWhere, `unknown model "${base.model}"`);
      build.checkSources(file, baseWhere, base.sources);
      build.graph.basedOn.push({ fromId: model.id, toId: base.model, sources: base.sources, ...provenanceOf(base) });
    });
  });
}
