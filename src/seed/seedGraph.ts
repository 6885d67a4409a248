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

/**
 * Merges the entity registry and the per-source files into one graph: a membership stated in two
 * files becomes one membership citing both. Throws a SeedError naming every dangling reference,
 * duplicate id or contradiction.
 */
export function buildSeedGraph(files: SeedFiles): SeedGraph {
  const problems = new Problems();
  const graph: SeedGraph = {
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

  const sourceIds = new Set<string>();
  for (const [file, seed] of files.sources) {
    seed.sources.forEach((source, index) => {
      if (sourceIds.has(source.id)) problems.add(file, `sources[${index}]`, `duplicate source id "${source.id}"`);
      sourceIds.add(source.id);
      graph.sources.push({
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
  const checkSources = (file: string, where: string, cited: string[]) => {
    for (const id of cited) if (!sourceIds.has(id)) problems.add(file, where, `cites unknown source "${id}"`);
  };

  const orgIds = new Set<string>();
  files.entities.organizations.forEach((org, index) => {
    if (orgIds.has(org.id))
      problems.add(ENTITIES_FILE, `organizations[${index}]`, `duplicate organization id "${org.id}"`);
    orgIds.add(org.id);
    graph.organizations.push({
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
    if (!orgIds.has(org.partOf.org)) problems.add(ENTITIES_FILE, where, `unknown organization "${org.partOf.org}"`);
    checkSources(ENTITIES_FILE, where, org.partOf.sources);
    graph.partOf.push({
      fromId: org.id,
      toId: org.partOf.org,
      sources: org.partOf.sources,
      ...provenanceOf(org.partOf),
    });
  });
  const checkOrg = (file: string, where: string, id: string) => {
    if (!orgIds.has(id)) problems.add(file, where, `unknown organization "${id}"`);
  };

  const programIds = new Set<string>();
  const stageDates = new Map<string, string | null>();
  for (const [file, seed] of files.sources) {
    seed.programs.forEach((program, index) => {
      const where = `programs[${index}] (id "${program.id}")`;
      if (programIds.has(program.id)) problems.add(file, where, `duplicate program id "${program.id}"`);
      programIds.add(program.id);
      checkOrg(file, `${where}.runBy`, program.runBy.org);
      checkSources(file, where, [...program.sources, ...program.runBy.sources]);
      graph.programs.push({
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
  for (const [file, seed] of files.sources) {
    seed.stages.forEach((stage, index) => {
      const where = `stages[${index}] (id "${stage.id}")`;
      if (stageDates.has(stage.id)) problems.add(file, where, `duplicate stage id "${stage.id}"`);
      if (!programIds.has(stage.program)) problems.add(file, where, `unknown program "${stage.program}"`);
      checkSources(file, where, stage.sources);
      stageDates.set(stage.id, stage.date ?? stage.knownBy ?? null);
      graph.stages.push({
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

  const consortia = new Map<string, ConsortiumRow>();
  files.entities.consortia.forEach((consortium, index) => {
    const where = `consortia[${index}] (id "${consortium.id}")`;
    if (consortia.has(consortium.id)) problems.add(ENTITIES_FILE, where, `duplicate consortium id "${consortium.id}"`);
    if (!programIds.has(consortium.program))
      problems.add(ENTITIES_FILE, where, `unknown program "${consortium.program}"`);
    consortia.set(consortium.id, {
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

  const memberships = new Map<string, MembershipRow>();
  const standingKeys = new Set<string>();
  for (const [file, seed] of files.sources) {
    seed.consortia.forEach((facts, index) => {
      const where = `consortia[${index}] (id "${facts.id}")`;
      const consortium = consortia.get(facts.id);
      if (!consortium) {
        problems.add(file, where, `unknown consortium "${facts.id}" (add it to ${ENTITIES_FILE})`);
        return;
      }
      if (facts.slogan) {
        checkSources(file, `${where}.slogan`, facts.slogan.sources);
        if (consortium.slogan && consortium.slogan !== facts.slogan.text) {
          problems.add(file, `${where}.slogan`, `contradicts the slogan given elsewhere ("${consortium.slogan}")`);
        }
        consortium.slogan = facts.slogan.text;
        consortium.sloganSources = union(consortium.sloganSources, facts.slogan.sources);
      }
      if (facts.strategy) {
        checkSources(file, `${where}.strategy`, facts.strategy.sources);
        if (consortium.strategy && consortium.strategy !== facts.strategy.value) {
          problems.add(file, `${where}.strategy`, `contradicts the strategy given elsewhere (${consortium.strategy})`);
        }
        consortium.strategy = facts.strategy.value;
        consortium.strategySources = union(consortium.strategySources, facts.strategy.sources);
      }
      if (facts.memberList) {
        checkSources(file, `${where}.memberList`, facts.memberList.sources);
        for (const sourceId of facts.memberList.sources) {
          graph.memberLists.push({
            consortiumId: facts.id,
            sourceId,
            complete: facts.memberList.complete,
            quote: orNull(facts.memberList.quote),
          });
        }
      }
      facts.members.forEach((member, memberIndex) => {
        const memberWhere = `${where}.members[${memberIndex}] (org "${member.org}")`;
        checkOrg(file, memberWhere, member.org);
        checkSources(file, memberWhere, member.sources);
        consortium.sources = union(consortium.sources, member.sources);
        const key = `${member.org}\u0000${facts.id}`;
        const existing = memberships.get(key);
        if (!existing) {
          memberships.set(key, {
            orgId: member.org,
            consortiumId: facts.id,
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
          problems.add(file, memberWhere, `role ${member.role} contradicts role ${existing.role} given elsewhere`);
        }
        if (member.category && existing.category && member.category !== existing.category) {
          problems.add(
            file,
            memberWhere,
            `category "${member.category}" contradicts "${existing.category}" given elsewhere`,
          );
        }
        existing.category ??= orNull(member.category);
        existing.note ??= orNull(member.note);
        // Two sources may date a membership differently; it holds from the earlier date.
        if (member.since && (!existing.since || member.since < existing.since)) existing.since = member.since;
        existing.until ??= orNull(member.until);
        existing.sources = union(existing.sources, member.sources);
        mergeProvenance(existing, provenanceOf(member));
      });
      facts.standings.forEach((standing, standingIndex) => {
        const standingWhere = `${where}.standings[${standingIndex}]`;
        if (!stageDates.has(standing.stage)) problems.add(file, standingWhere, `unknown stage "${standing.stage}"`);
        checkSources(file, standingWhere, standing.sources);
        const key = `${facts.id}\u0000${standing.stage}\u0000${standing.status}`;
        if (standingKeys.has(key)) problems.add(file, standingWhere, 'duplicate standing');
        standingKeys.add(key);
        graph.standings.push({
          consortiumId: facts.id,
          stageId: standing.stage,
          status: standing.status,
          reason: orNull(standing.reason),
          sources: standing.sources,
          ...provenanceOf(standing),
        });
        const effective = stageDates.get(standing.stage);
        if (effective && (!consortium.startDate || effective < consortium.startDate)) consortium.startDate = effective;
        consortium.sources = union(consortium.sources, standing.sources);
      });
    });
  }
  graph.consortia = [...consortia.values()];
  graph.memberships = [...memberships.values()];

  const personIds = new Set<string>();
  const modelIds = new Set<string>();
  for (const [, seed] of files.sources) seed.models.forEach((model) => modelIds.add(model.id));
  const subjectExists = (type: string, id: string) =>
    (type === 'Organization' && orgIds.has(id)) ||
    (type === 'Consortium' && consortia.has(id)) ||
    (type === 'Program' && programIds.has(id)) ||
    (type === 'Model' && modelIds.has(id));

  for (const [file, seed] of files.sources) {
    seed.facts.forEach((fact, index) => {
      const where = `facts[${index}]`;
      if (!subjectExists(fact.about.type, fact.about.id)) {
        problems.add(file, where, `unknown ${fact.about.type} "${fact.about.id}"`);
      }
      checkSources(file, where, fact.sources);
      graph.facts.push({
        id: stableId('fact', fact.about.type, fact.about.id, fact.kind, fact.text),
        about: fact.about.type,
        aboutId: fact.about.id,
        kind: fact.kind,
        text: fact.text,
        quote: orNull(fact.quote),
        sources: fact.sources,
      });
    });
    seed.persons.forEach((person, index) => {
      const where = `persons[${index}] (id "${person.id}")`;
      if (personIds.has(person.id)) problems.add(file, where, `duplicate person id "${person.id}"`);
      personIds.add(person.id);
      graph.persons.push({
        id: person.id,
        name: person.name,
        nameKo: orNull(person.nameKo),
        nameJa: orNull(person.nameJa),
      });
      person.positions.forEach((position, positionIndex) => {
        checkOrg(file, `${where}.positions[${positionIndex}]`, position.org);
        checkSources(file, `${where}.positions[${positionIndex}]`, position.sources);
        graph.positions.push({
          personId: person.id,
          orgId: position.org,
          title: position.title,
          sources: position.sources,
          ...provenanceOf(position),
        });
      });
    });
    seed.models.forEach((model, index) => {
      const where = `models[${index}] (id "${model.id}")`;
      if (graph.models.some((existing) => existing.id === model.id))
        problems.add(file, where, `duplicate model id "${model.id}"`);
      checkSources(file, where, model.sources);
      graph.models.push({
        id: model.id,
        name: model.name,
        description: orNull(model.description),
        parameters: orNull(model.parameters),
        openSource: orNull(model.openSource),
        sources: model.sources,
      });
      model.developers.forEach((developer, developerIndex) => {
        const developerWhere = `${where}.developers[${developerIndex}]`;
        if (!subjectExists(developer.type, developer.id))
          problems.add(file, developerWhere, `unknown ${developer.type} "${developer.id}"`);
        checkSources(file, developerWhere, developer.sources);
        graph.develops.push({
          developer: developer.type,
          developerId: developer.id,
          modelId: model.id,
          sources: developer.sources,
        });
      });
      model.basedOn.forEach((base, baseIndex) => {
        const baseWhere = `${where}.basedOn[${baseIndex}]`;
        if (!modelIds.has(base.model)) problems.add(file, baseWhere, `unknown model "${base.model}"`);
        checkSources(file, baseWhere, base.sources);
        graph.basedOn.push({ fromId: model.id, toId: base.model, sources: base.sources, ...provenanceOf(base) });
      });
    });
  }

  if (problems.list.length > 0) throw new SeedError(problems.list);
  return graph;
}
