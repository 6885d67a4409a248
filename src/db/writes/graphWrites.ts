import { FACT_SUBJECTS, type FactSubject, type Provenance } from '../../model/kinds';
import type { Database, Tx } from '../database';
import { aliasTextOf } from '../reads/fragments';
import { refreshStoredCounts } from './storedCounts';

/**
 * How a relationship row is known (see ProvenanceModel); rows without it (imports, older callers) are STATED by
 * their sources, with no quote.
 */
export interface ProvenanceRow {
  provenance?: Provenance;
  quotes?: string[];
  inference?: string | null;
}

/**
 * Batched writes shared by the seed loader, the importer and the mutations. Each takes rows and
 * sends one `UNWIND` statement, inside a transaction the caller owns (so a whole load is one
 * transaction, all or nothing).
 */

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  language: string | null;
  url: string | null;
  document: string | null;
  contentHash?: string | null;
  importedAt?: string | null;
  rowCounts?: string | null;
}

export interface OrganizationRow {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
  aliases: string[];
  kind: string;
  country: string | null;
}

export interface ConsortiumRow {
  id: string;
  name: string;
  programId: string | null;
  slogan: string | null;
  sloganSources: string[];
  strategy: string | null;
  strategySources: string[];
  startDate: string | null;
  endDate: string | null;
  sources: string[];
}

export interface MembershipRow extends ProvenanceRow {
  orgId: string;
  consortiumId: string;
  role: string;
  category: string | null;
  since: string | null;
  until: string | null;
  note: string | null;
  sources: string[];
}

/** A membership to add or restate; a null role keeps the stored one (MEMBER for a new membership). */
export type MembershipMergeRow = Omit<MembershipRow, 'role'> & { role: string | null };

export interface RelationRow extends ProvenanceRow {
  fromId: string;
  toId: string;
  sources: string[];
}

export interface ProgramRow {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
  runById: string;
  runBySources: string[];
  /** How the RUN_BY link is known. */
  runBy?: ProvenanceRow;
  sources: string[];
}

export interface StageRow {
  id: string;
  programId: string;
  order: number;
  name: string;
  status: string;
  date: string | null;
  endDate: string | null;
  period: string | null;
  knownBy: string | null;
  /** Every team in the program before it gets an outcome at it (false when omitted). */
  evaluatesTeams?: boolean;
  description: string | null;
  sources: string[];
}

export interface StandingRow extends ProvenanceRow {
  consortiumId: string;
  stageId: string;
  status: string;
  reason: string | null;
  sources: string[];
}

/** An organisation write where `null` means "keep what the graph has" (for upserts). */
export interface OrganizationPatchRow {
  id: string;
  name: string;
  kind: string;
  nameKo: string | null;
  nameJa: string | null;
  /** Replaces the aliases when given. */
  aliases: string[] | null;
  country: string | null;
}

/** A consortium write where `null` means "keep what the graph has" (for upserts and imports). */
export interface ConsortiumPatchRow {
  id: string;
  name: string;
  programId: string | null;
  startDate: string | null;
  endDate: string | null;
  sources: string[];
}

export interface FactRow {
  id: string;
  about: FactSubject;
  aboutId: string;
  kind: string;
  text: string;
  quote: string | null;
  sources: string[];
}

export interface PersonRow {
  id: string;
  name: string;
  nameKo: string | null;
  nameJa: string | null;
}

export interface PositionRow extends ProvenanceRow {
  personId: string;
  orgId: string;
  title: string;
  sources: string[];
}

export interface ModelRow {
  id: string;
  name: string;
  description: string | null;
  parameters: string | null;
  openSource: boolean | null;
  sources: string[];
}

export interface DevelopsRow extends ProvenanceRow {
  developer: 'Organization' | 'Consortium';
  developerId: string;
  modelId: string;
  sources: string[];
}

/** Labels are not parameters in Cypher, so each subject label has its own constant statement. */
const FACT_BY_SUBJECT: Record<FactSubject, string> = {
  Organization: factStatement('Organization'),
  Consortium: factStatement('Consortium'),
  Program: factStatement('Program'),
  Model: factStatement('Model'),
};

function factStatement(label: FactSubject): string {
  return `UNWIND $rows AS row
    MATCH (subject:${label} {id: row.aboutId})
    MERGE (f:Fact {id: row.id})
    SET f.kind = row.kind, f.text = row.text, f.quote = row.quote, f.sources = row.sources
    MERGE (subject)-[:HAS_FACT]->(f)`;
}

const DEVELOPS_BY_DEVELOPER: Record<DevelopsRow['developer'], string> = {
  Organization: developsStatement('Organization'),
  Consortium: developsStatement('Consortium'),
};

function developsStatement(label: DevelopsRow['developer']): string {
  return `UNWIND $rows AS row
    MATCH (d:${label} {id: row.developerId})
    MATCH (m:Model {id: row.modelId})
    MERGE (d)-[r:DEVELOPS]->(m)
    SET r.sources = row.sources, r.provenance = coalesce(row.provenance, 'STATED'), r.quotes = coalesce(row.quotes, []),
        r.inference = row.inference`;
}

export class GraphWrites {
  constructor(
    private readonly db: Database,
    private readonly tx: Tx,
  ) {}

  private run(cypher: string, params: Record<string, unknown>) {
    return this.db.run(this.tx, cypher, params);
  }

  async sources(rows: SourceRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (s:Source {id: row.id})
       SET s.title = row.title, s.publisher = row.publisher, s.date = date(row.date), s.language = row.language,
           s.url = row.url, s.document = row.document, s.contentHash = row.contentHash,
           s.importedAt = datetime(row.importedAt), s.rowCounts = row.rowCounts`,
      { rows: rows.map((row) => ({ contentHash: null, importedAt: null, rowCounts: null, ...row })) },
    );
  }

  /** Creates or replaces organisations (aliases are replaced, not appended, so reloading is idempotent). */
  async organizations(rows: OrganizationRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (o:Organization {id: row.id})
       SET o.name = row.name, o.nameKo = row.nameKo, o.nameJa = row.nameJa, o.aliases = row.aliases,
           o.aliasText = ${aliasTextOf('row.aliases')},
           o.kind = row.kind, o.country = row.country, o.consortiumCount = coalesce(o.consortiumCount, 0)`,
      { rows },
    );
  }

  async consortia(rows: ConsortiumRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (c:Consortium {id: row.id})
       SET c.name = row.name, c.slogan = row.slogan, c.sloganSources = row.sloganSources,
           c.strategy = row.strategy, c.strategySources = row.strategySources,
           c.startDate = date(row.startDate), c.endDate = date(row.endDate), c.sources = row.sources,
           c.memberCount = coalesce(c.memberCount, 0)
       WITH c, row WHERE row.programId IS NOT NULL
       MATCH (p:Program {id: row.programId})
       MERGE (c)-[:IN_PROGRAM]->(p)`,
      { rows },
    );
  }

  /** Adds or updates memberships, then refreshes the member and consortium counts they change. */
  async memberships(rows: MembershipRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MATCH (o:Organization {id: row.orgId})
       MATCH (c:Consortium {id: row.consortiumId})
       MERGE (o)-[m:MEMBER_OF]->(c)
       SET m.role = row.role, m.category = row.category, m.since = date(row.since), m.until = date(row.until),
           m.note = row.note, m.sources = row.sources, m.provenance = coalesce(row.provenance, 'STATED'), m.quotes = coalesce(row.quotes, []), m.inference = row.inference`,
      { rows },
    );
    await this.refreshCounts(
      rows.map((row) => row.orgId),
      rows.map((row) => row.consortiumId),
    );
  }

  /** Recomputes the stored counts of these organisations and consortia (src/db/writes/storedCounts.ts). */
  refreshCounts(orgIds: string[], consortiumIds: string[]): Promise<void> {
    return refreshStoredCounts(this.db, this.tx, orgIds, consortiumIds);
  }

  /**
   * Creates organisations or updates the fields given (null keeps the stored value). Used by the
   * upsert mutation, where a partial input must not erase what the seed knows.
   */
  async upsertOrganizations(rows: OrganizationPatchRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (o:Organization {id: row.id})
       SET o.name = row.name, o.kind = row.kind, o.nameKo = coalesce(row.nameKo, o.nameKo),
           o.nameJa = coalesce(row.nameJa, o.nameJa), o.country = coalesce(row.country, o.country),
           o.aliases = coalesce(row.aliases, o.aliases, []), o.consortiumCount = coalesce(o.consortiumCount, 0)
       SET o.aliasText = ${aliasTextOf('o.aliases')}`,
      { rows },
    );
  }

  /** Creates consortia or updates the fields given (null keeps the stored value); sources are added. */
  async upsertConsortia(rows: ConsortiumPatchRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (c:Consortium {id: row.id})
       SET c.name = row.name, c.startDate = coalesce(date(row.startDate), c.startDate),
           c.endDate = coalesce(date(row.endDate), c.endDate),
           c.sources = coalesce(c.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(c.sources, [])],
           c.sloganSources = coalesce(c.sloganSources, []), c.strategySources = coalesce(c.strategySources, []),
           c.memberCount = coalesce(c.memberCount, 0)
       WITH c, row WHERE row.programId IS NOT NULL
       MATCH (p:Program {id: row.programId})
       MERGE (c)-[:IN_PROGRAM]->(p)`,
      { rows },
    );
  }

  /**
   * Adds memberships, or restates existing ones: the sources become the union (a fact stated by a
   * second source cites both) and a null field keeps the stored value. Counts are refreshed.
   */
  async mergeMemberships(rows: MembershipMergeRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MATCH (o:Organization {id: row.orgId})
       MATCH (c:Consortium {id: row.consortiumId})
       MERGE (o)-[m:MEMBER_OF]->(c)
       SET m.role = coalesce(row.role, m.role, 'MEMBER'), m.category = coalesce(row.category, m.category),
           m.since = coalesce(date(row.since), m.since), m.until = coalesce(date(row.until), m.until),
           m.note = coalesce(row.note, m.note),
           m.sources = coalesce(m.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(m.sources, [])],
           m.quotes = coalesce(m.quotes, []) + [q IN coalesce(row.quotes, []) WHERE NOT q IN coalesce(m.quotes, [])],
           m.provenance = CASE coalesce(row.provenance, 'STATED') WHEN 'STATED' THEN 'STATED'
                          ELSE coalesce(m.provenance, row.provenance) END,
           m.inference = coalesce(m.inference, row.inference)`,
      { rows },
    );
    await this.refreshCounts(
      rows.map((row) => row.orgId),
      rows.map((row) => row.consortiumId),
    );
  }

  /** Deletes the membership, if there is one, and refreshes both counts; answers how many it deleted (0 or 1). */
  async removeMembership(organizationId: string, consortiumId: string): Promise<number> {
    const [row] = await this.db.run<{ removed: number }>(
      this.tx,
      `OPTIONAL MATCH (:Organization {id: $organizationId})-[m:MEMBER_OF]->(:Consortium {id: $consortiumId})
       DELETE m
       RETURN count(m) AS removed`,
      { organizationId, consortiumId },
    );
    if (row!.removed > 0) await this.refreshCounts([organizationId], [consortiumId]);
    return row!.removed;
  }

  /** Creates a source a mutation cites, unless one with its id exists (then that one is kept as it is). */
  async sourceIfNew(source: {
    id: string;
    title: string;
    url: string | null;
    publisher: string | null;
    date: string | null;
  }) {
    await this.run(
      `MERGE (s:Source {id: $id})
       ON CREATE SET s.title = $title, s.url = $url, s.publisher = $publisher, s.date = date($date)`,
      { ...source },
    );
  }

  async partOf(rows: RelationRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MATCH (child:Organization {id: row.fromId})
       MATCH (parent:Organization {id: row.toId})
       MERGE (child)-[r:PART_OF]->(parent)
       SET r.sources = row.sources, r.provenance = coalesce(row.provenance, 'STATED'), r.quotes = coalesce(row.quotes, []), r.inference = row.inference`,
      { rows },
    );
  }

  async programs(rows: ProgramRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (p:Program {id: row.id})
       SET p.name = row.name, p.nameKo = row.nameKo, p.nameJa = row.nameJa, p.sources = row.sources
       WITH p, row
       MATCH (runner:Organization {id: row.runById})
       MERGE (p)-[r:RUN_BY]->(runner)
       SET r.sources = row.runBySources, r.provenance = coalesce(row.runBy.provenance, 'STATED'),
           r.quotes = coalesce(row.runBy.quotes, []), r.inference = row.runBy.inference`,
      { rows },
    );
  }

  async stages(rows: StageRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MATCH (p:Program {id: row.programId})
       MERGE (s:Stage {id: row.id})
       SET s.order = row.order, s.name = row.name, s.status = row.status, s.date = date(row.date),
           s.endDate = date(row.endDate), s.period = row.period, s.knownBy = date(row.knownBy),
           s.evaluatesTeams = coalesce(row.evaluatesTeams, false),
           s.description = row.description, s.sources = row.sources
       MERGE (p)-[:HAS_STAGE]->(s)`,
      { rows },
    );
  }

  async standings(rows: StandingRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MATCH (c:Consortium {id: row.consortiumId})
       MATCH (s:Stage {id: row.stageId})
       MERGE (c)-[r:STANDING {status: row.status}]->(s)
       SET r.reason = row.reason, r.sources = row.sources, r.provenance = coalesce(row.provenance, 'STATED'), r.quotes = coalesce(row.quotes, []), r.inference = row.inference`,
      { rows },
    );
  }

  /** Records whether a source's member list of a consortium is complete or ends in "etc.". */
  async memberLists(rows: Array<{ consortiumId: string; sourceId: string; complete: boolean; quote: string | null }>) {
    await this.run(
      `UNWIND $rows AS row
       MATCH (c:Consortium {id: row.consortiumId})
       MATCH (s:Source {id: row.sourceId})
       MERGE (c)-[r:MEMBER_LIST_IN]->(s)
       SET r.complete = row.complete, r.quote = row.quote`,
      { rows },
    );
  }

  async facts(rows: FactRow[]): Promise<void> {
    for (const label of FACT_SUBJECTS) {
      const forLabel = rows.filter((row) => row.about === label);
      if (forLabel.length > 0) await this.run(FACT_BY_SUBJECT[label], { rows: forLabel });
    }
  }

  async persons(persons: PersonRow[], positions: PositionRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (p:Person {id: row.id})
       SET p.name = row.name, p.nameKo = row.nameKo, p.nameJa = row.nameJa`,
      { rows: persons },
    );
    await this.run(
      `UNWIND $rows AS row
       MATCH (p:Person {id: row.personId})
       MATCH (o:Organization {id: row.orgId})
       MERGE (p)-[r:HOLDS_POSITION {title: row.title}]->(o)
       SET r.sources = row.sources, r.provenance = coalesce(row.provenance, 'STATED'), r.quotes = coalesce(row.quotes, []), r.inference = row.inference`,
      { rows: positions },
    );
  }

  async models(models: ModelRow[], develops: DevelopsRow[], basedOn: RelationRow[]): Promise<void> {
    await this.run(
      `UNWIND $rows AS row
       MERGE (m:Model {id: row.id})
       SET m.name = row.name, m.description = row.description, m.parameters = row.parameters,
           m.openSource = row.openSource, m.sources = row.sources`,
      { rows: models },
    );
    for (const developer of Object.keys(DEVELOPS_BY_DEVELOPER) as DevelopsRow['developer'][]) {
      const forLabel = develops.filter((row) => row.developer === developer);
      if (forLabel.length > 0) await this.run(DEVELOPS_BY_DEVELOPER[developer], { rows: forLabel });
    }
    await this.run(
      `UNWIND $rows AS row
       MATCH (m:Model {id: row.fromId})
       MATCH (base:Model {id: row.toId})
       MERGE (m)-[r:BASED_ON]->(base)
       SET r.sources = row.sources, r.provenance = coalesce(row.provenance, 'STATED'), r.quotes = coalesce(row.quotes, []), r.inference = row.inference`,
      { rows: basedOn },
    );
  }
}
