import { ACTIVE_STATUSES, NO_REPORTED_RESULT, UNKNOWN_STANDING, type FactSubject } from '../../model/kinds';
import type {
  ConsortiumModel,
  FactModel,
  LinkModel,
  MemberListModel,
  MembershipModel,
  OrganizationModel,
  ModelDeveloperModel,
  ModelModel,
  ProgramModel,
  StageModel,
  StandingModel,
  UnresolvedStageModel,
} from '../../model/models';
import type { Database } from '../database';
import {
  consortiumActive,
  consortiumFields,
  membershipBrief,
  membershipFields,
  membershipHeld,
  organizationBrief,
  linkFields,
  organizationFields,
  provenanceFields,
  standingOnDay,
  type Projection,
} from './fragments';
import { groupBy, inOrderOf } from './ordering';

export async function consortiaByIds(
  db: Database,
  ids: readonly string[],
): Promise<Array<ConsortiumModel | undefined>> {
  const rows = await db.read<{ consortium: ConsortiumModel }>(
    `UNWIND $ids AS id MATCH (c:Consortium {id: id}) RETURN ${consortiumFields('c')} AS consortium`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.consortium),
    'id',
  );
}

/** The first `limit` consortia (of one program if given), by name: the caller refuses a list longer than it asks. */
export async function allConsortia(db: Database, programId: string | null, limit: number): Promise<ConsortiumModel[]> {
  const rows = await db.read<{ consortium: ConsortiumModel }>(
    `MATCH (c:Consortium)
     WHERE $programId IS NULL OR EXISTS { (c)-[:IN_PROGRAM]->(:Program {id: $programId}) }
     WITH c ORDER BY c.name, c.id LIMIT $limit
     RETURN ${consortiumFields('c')} AS consortium`,
    { programId, limit },
  );
  return rows.map((row) => row.consortium);
}

/** A membership read with the organisation at its other end (of the projection asked for) and its kind. */
export type MembershipWithOrganization = MembershipModel & { kind: string; organization: OrganizationModel };

const membershipsOfConsortiaStatement = (membership: string, organization: string) => `UNWIND $ids AS id
     MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: id})
     WHERE ${membershipHeld('m', 'c')}
     RETURN ${membership} AS membership, ${organization} AS organization
     ORDER BY CASE m.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.name, o.id`;

const MEMBERSHIPS_OF_CONSORTIA: Record<Projection, string> = {
  full: membershipsOfConsortiaStatement(membershipFields('m', 'o', 'c'), organizationFields('o')),
  brief: membershipsOfConsortiaStatement(membershipBrief('m', 'o', 'c'), organizationBrief('o')),
};

/**
 * Members of each consortium (held on `asOf` if given), lead first, grouped in the order asked. With `brief`,
 * each membership carries only its ends, role and dates, and its organisation only its id, name and kind (typed as
 * the models: the caller asked for nothing else).
 */
export async function membershipsOfConsortia(
  db: Database,
  consortiumIds: readonly string[],
  asOf: string | null,
  projection: Projection = 'full',
): Promise<MembershipWithOrganization[][]> {
  const rows = await db.read<{ membership: MembershipModel; organization: OrganizationModel }>(
    MEMBERSHIPS_OF_CONSORTIA[projection],
    { ids: consortiumIds, asOf },
  );
  // The member comes along so that a large consortium's members need no second statement.
  const members = rows.map((row) => withOrganization(row.membership, row.organization));
  return groupBy(consortiumIds, members, (membership) => membership.consortiumId);
}

const withOrganization = (membership: MembershipModel, organization: OrganizationModel) => ({
  ...membership,
  kind: organization.kind,
  organization,
});

const consortiumWithMembersStatement = (membership: string, organization: string) => `MATCH (c:Consortium {id: $id})
     RETURN ${consortiumFields('c')} AS consortium,
            COLLECT {
              MATCH (o:Organization)-[m:MEMBER_OF]->(c)
              WHERE ${membershipHeld('m', 'c')}
              WITH m, o, c ORDER BY CASE m.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.name, o.id
              RETURN { membership: ${membership}, organization: ${organization} }
            } AS members`;

const CONSORTIUM_WITH_MEMBERS: Record<Projection, string> = {
  full: consortiumWithMembersStatement(membershipFields('m', 'o', 'c'), organizationFields('o')),
  brief: consortiumWithMembersStatement(membershipBrief('m', 'o', 'c'), organizationBrief('o')),
};

/**
 * One consortium and its members (as `membershipsOfConsortia` reads them) in one statement, for a request that
 * asks for both; `undefined` if there is no such consortium.
 */
export async function consortiumWithMembers(
  db: Database,
  id: string,
  asOf: string | null,
  projection: Projection,
): Promise<{ consortium: ConsortiumModel; members: MembershipWithOrganization[] } | undefined> {
  const [row] = await db.read<{
    consortium: ConsortiumModel;
    members: Array<{ membership: MembershipModel; organization: OrganizationModel }>;
  }>(CONSORTIUM_WITH_MEMBERS[projection], { id, asOf });
  if (!row) return undefined;
  return {
    consortium: row.consortium,
    members: row.members.map((item) => withOrganization(item.membership, item.organization)),
  };
}

/**
 * Labels are not parameters in Cypher, so each subject label has its own constant statement: an organisation and
 * a team may share an id (`upstage`), and a fact belongs to the node of its label only.
 */
const FACTS_OF: Record<FactSubject, string> = {
  Organization: factsOfStatement('Organization'),
  Consortium: factsOfStatement('Consortium'),
  Program: factsOfStatement('Program'),
  Model: factsOfStatement('Model'),
};

function factsOfStatement(label: FactSubject): string {
  return `UNWIND $ids AS id
     MATCH (:${label} {id: id})-[:HAS_FACT]->(f:Fact)
     RETURN { id: f.id, subjectId: id, kind: f.kind, text: f.text, quote: f.quote, sources: coalesce(f.sources, []) } AS fact
     ORDER BY f.kind, f.text`;
}

/** Facts about each node of `label` (an organisation, consortium, program or model), grouped by its id. */
export async function factsAbout(
  db: Database,
  label: FactSubject,
  subjectIds: readonly string[],
): Promise<FactModel[][]> {
  const rows = await db.read<{ fact: FactModel }>(FACTS_OF[label], { ids: subjectIds });
  return groupBy(
    subjectIds,
    rows.map((row) => row.fact),
    (fact) => fact.subjectId,
  );
}

/** Facts by id, in the order asked, `undefined` where none exists (for node(nodeId:)). */
export async function factsByIds(db: Database, ids: readonly string[]): Promise<Array<FactModel | undefined>> {
  const rows = await db.read<{ fact: FactModel }>(
    `UNWIND $ids AS id
     MATCH (s)-[:HAS_FACT]->(f:Fact {id: id})
     RETURN { id: f.id, subjectId: s.id, kind: f.kind, text: f.text, quote: f.quote, sources: coalesce(f.sources, []) } AS fact`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.fact.id, row.fact]));
  return ids.map((id) => byId.get(id));
}

export async function memberListsOf(db: Database, consortiumIds: readonly string[]): Promise<MemberListModel[][]> {
  const rows = await db.read<MemberListModel>(
    `UNWIND $ids AS id
     MATCH (c:Consortium {id: id})-[r:MEMBER_LIST_IN]->(s:Source)
     RETURN id AS consortiumId, s.id AS sourceId, r.complete AS complete, r.quote AS quote ORDER BY s.id`,
    { ids: consortiumIds },
  );
  return groupBy(consortiumIds, rows, (row) => row.consortiumId);
}

/**
 * Each consortium's official member count: how many organisations the sources that state its complete member list
 * (MEMBER_LIST_IN with `complete`) name as members, counted per such source. `undefined` when no source states a
 * complete list, or when two that do disagree on the count (the graph cannot say which is right).
 */
export async function officialMemberCountsOf(
  db: Database,
  consortiumIds: readonly string[],
): Promise<Array<number | undefined>> {
  const rows = await db.read<{ id: string; counts: number[] }>(
    `UNWIND $ids AS id
     MATCH (c:Consortium {id: id})-[:MEMBER_LIST_IN {complete: true}]->(s:Source)
     WITH id, c, s, COUNT { MATCH (:Organization)-[m:MEMBER_OF]->(c) WHERE s.id IN coalesce(m.sources, []) } AS count
     RETURN id, collect(DISTINCT count) AS counts`,
    { ids: consortiumIds },
  );
  const byId = new Map(rows.map((row) => [row.id, row.counts.length === 1 ? row.counts[0] : undefined]));
  return consortiumIds.map((id) => byId.get(id));
}

const STANDING_FIELDS = `{ consortiumId: c.id, stageId: st.id, status: s.status,
  date: toString(coalesce(st.date, st.knownBy)), reason: s.reason, ${provenanceFields('s')} }`;

/** Every standing of each consortium, in stage order. */
export async function standingsOfConsortia(db: Database, consortiumIds: readonly string[]): Promise<StandingModel[][]> {
  const rows = await db.read<{ standing: StandingModel }>(
    `UNWIND $ids AS id
     MATCH (c:Consortium {id: id})-[s:STANDING]->(st:Stage)
     RETURN ${STANDING_FIELDS} AS standing ORDER BY st.order`,
    { ids: consortiumIds },
  );
  return groupBy(
    consortiumIds,
    rows.map((row) => row.standing),
    (standing) => standing.consortiumId,
  );
}

/** A standing read for a day: the recorded one, and the stage after it with no reported result, if any. */
interface StandingOnDayRow {
  standing: StandingModel;
  unresolved: { stageId: string; date: string | null; sources: string[] } | null;
}

/**
 * After `standingOnDay('c')` (and whatever filter the caller adds): the recorded standing it names and the
 * unresolved stage after it, as StandingOnDayRow.
 */
const STANDING_ON_DAY_RETURN = `MATCH (c)-[s:STANDING {status: standingStatus}]->(st:Stage {id: standingStageId})
     OPTIONAL MATCH (u:Stage {id: unresolvedStageId})
     RETURN ${STANDING_FIELDS} AS standing,
            CASE WHEN u IS NULL THEN null ELSE { stageId: u.id, date: toString(coalesce(u.date, u.knownBy)),
                 sources: coalesce(u.sources, []) } END AS unresolved`;

/**
 * The standing answered for a day: the recorded one, or UNKNOWN at the first unresolved stage after it, inferred
 * from the stage's sources (it was to happen) and the silence of every source since, with the recorded one as
 * `lastKnown`.
 */
function standingAnswered(row: StandingOnDayRow): StandingModel {
  if (!row.unresolved) return row.standing;
  return {
    consortiumId: row.standing.consortiumId,
    stageId: row.unresolved.stageId,
    status: UNKNOWN_STANDING,
    date: row.unresolved.date,
    reason: NO_REPORTED_RESULT,
    provenance: 'INFERRED',
    quotes: [],
    inference: `The stage's day has passed and ${NO_REPORTED_RESULT}; the last reported standing is ${row.standing.status}.`,
    sources: row.unresolved.sources,
    lastKnown: row.standing,
  };
}

/** The standing of each consortium on `asOf` (today if null), by the rule of `standingOnDay`. */
export async function standingOnDayOf(
  db: Database,
  consortiumIds: readonly string[],
  asOf: string | null,
): Promise<Array<StandingModel | undefined>> {
  const rows = await db.read<StandingOnDayRow>(
    `UNWIND $ids AS id
     MATCH (c:Consortium {id: id})
     ${standingOnDay('c')}
     WITH c, standingStatus, standingStageId, unresolvedStageId WHERE standingStageId IS NOT NULL
     ${STANDING_ON_DAY_RETURN}`,
    { ids: consortiumIds, asOf, activeStatuses: ACTIVE_STATUSES },
  );
  return inOrderOf(consortiumIds, rows.map(standingAnswered), 'consortiumId');
}

export async function standingsAtStages(db: Database, stageIds: readonly string[]): Promise<StandingModel[][]> {
  const rows = await db.read<{ standing: StandingModel }>(
    `UNWIND $ids AS id
     MATCH (c:Consortium)-[s:STANDING]->(st:Stage {id: id})
     RETURN ${STANDING_FIELDS} AS standing ORDER BY c.name`,
    { ids: stageIds },
  );
  return groupBy(
    stageIds,
    rows.map((row) => row.standing),
    (standing) => standing.stageId,
  );
}

/**
 * The teams of each program (in the order asked): each consortium with its standing on the day (by `standingOnDay`,
 * so UNKNOWN after a stage no source reports); `activeOnly` keeps those known to be in it as of their last standing.
 */
export async function teamsOfPrograms(
  db: Database,
  programIds: readonly string[],
  asOf: string | null,
  activeOnly: boolean,
): Promise<StandingModel[][]> {
  const rows = await db.read<StandingOnDayRow & { programId: string }>(
    `UNWIND $ids AS programId
     MATCH (c:Consortium)-[:IN_PROGRAM]->(:Program {id: programId})
     ${standingOnDay('c')}
     WITH programId, c, standingStatus, standingStageId, unresolvedStageId
     WHERE standingStatus IS NOT NULL AND (NOT $activeOnly OR ${consortiumActive('c')})
     ${STANDING_ON_DAY_RETURN}, programId ORDER BY c.name`,
    { ids: programIds, asOf, activeOnly, activeStatuses: ACTIVE_STATUSES },
  );
  return groupBy(programIds, rows, (row) => row.programId).map((teams) => teams.map(standingAnswered));
}

/** A program's stages unresolved on a day, and the day its standings are known as of (see unresolvedStagesOn). */
export interface UnresolvedProgramRow {
  programId: string;
  unresolved: UnresolvedStageModel[];
  knownAsOf: string | null;
}

// Given programs are found through the id index (`$programIds IS NULL OR p.id IN $programIds` would scan them).
const unresolvedStages = (anchor: string) =>
  `${anchor}
     ${standingOnDay('c')}
     WITH p, c, unresolvedStageId WHERE unresolvedStageId IS NOT NULL
     MATCH (p)-[:HAS_STAGE]->(u:Stage {id: unresolvedStageId})
     WITH p, u, collect(c.id) AS consortiumIds ORDER BY u.order
     WITH p, collect({ stageId: u.id, consortiumIds: consortiumIds }) AS unresolved, min(u.order) AS firstOrder
     CALL (p, firstOrder) {
       OPTIONAL MATCH (p)-[:HAS_STAGE]->(st:Stage)
       WHERE st.order < firstOrder AND coalesce(st.date, st.knownBy) <= coalesce(date($asOf), date())
         AND EXISTS { (:Consortium)-[:STANDING]->(st) }
       RETURN max(coalesce(st.date, st.knownBy)) AS knownAsOf
     }
     RETURN p.id AS programId, unresolved, toString(knownAsOf) AS knownAsOf ORDER BY p.id`;
const UNRESOLVED_STAGES = {
  all: unresolvedStages('MATCH (c:Consortium)-[:IN_PROGRAM]->(p:Program)'),
  some: unresolvedStages('MATCH (p:Program) WHERE p.id IN $programIds MATCH (c:Consortium)-[:IN_PROGRAM]->(p)'),
};

/**
 * The stages of some programs (`null`: of every program) that are unresolved on `asOf` for some team, with those
 * teams, and the day the standings are known as of: the day of the last stage with a reported result before the
 * first unresolved one. No row for a program whose standings are all known.
 */
export async function unresolvedStagesOn(
  db: Database,
  programIds: readonly string[] | null,
  asOf: string | null,
): Promise<UnresolvedProgramRow[]> {
  return db.read(programIds === null ? UNRESOLVED_STAGES.all : UNRESOLVED_STAGES.some, {
    programIds,
    asOf,
    activeStatuses: ACTIVE_STATUSES,
  });
}

/** unresolvedStagesOn for each of `programIds`, in their order: an empty list for a program with all known. */
export async function unresolvedStagesOfPrograms(
  db: Database,
  programIds: readonly string[],
  asOf: string | null,
): Promise<UnresolvedProgramRow[][]> {
  return groupBy(programIds, await unresolvedStagesOn(db, programIds, asOf), (row) => row.programId);
}

const PROGRAM_FIELDS = `{ id: p.id, name: p.name, nameKo: p.nameKo, nameJa: p.nameJa,
  runById: [(p)-[:RUN_BY]->(o) | o.id][0], sources: coalesce(p.sources, []) }`;

export async function programsByIds(db: Database, ids: readonly string[]): Promise<Array<ProgramModel | undefined>> {
  const rows = await db.read<{ program: ProgramModel }>(
    `UNWIND $ids AS id MATCH (p:Program {id: id}) RETURN ${PROGRAM_FIELDS} AS program`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.program),
    'id',
  );
}

/** The first `limit` programs by name. */
export async function allPrograms(db: Database, limit: number): Promise<ProgramModel[]> {
  const rows = await db.read<{ program: ProgramModel }>(
    `MATCH (p:Program) WITH p ORDER BY p.name LIMIT $limit RETURN ${PROGRAM_FIELDS} AS program`,
    { limit },
  );
  return rows.map((row) => row.program);
}

const STAGE_FIELDS = `{ id: st.id, programId: p.id, order: st.order, name: st.name, status: st.status,
  date: toString(st.date), endDate: toString(st.endDate), period: st.period, knownBy: toString(st.knownBy),
  evaluatesTeams: coalesce(st.evaluatesTeams, false), description: st.description, sources: coalesce(st.sources, []) }`;

export async function stagesOfPrograms(db: Database, programIds: readonly string[]): Promise<StageModel[][]> {
  const rows = await db.read<{ stage: StageModel }>(
    `UNWIND $ids AS id
     MATCH (p:Program {id: id})-[:HAS_STAGE]->(st:Stage)
     RETURN ${STAGE_FIELDS} AS stage ORDER BY st.order`,
    { ids: programIds },
  );
  return groupBy(
    programIds,
    rows.map((row) => row.stage),
    (stage) => stage.programId,
  );
}

/**
 * The stages of every program held and in effect after `from` and on or before `to` (a loosely dated stage on the
 * day it is known to be over by, as standings count it), in program and stage order.
 */
export async function stagesBetween(db: Database, from: string, to: string): Promise<StageModel[]> {
  const rows = await db.read<{ stage: StageModel }>(
    `MATCH (p:Program)-[:HAS_STAGE]->(st:Stage)
     WHERE st.status = 'HELD' AND date($from) < coalesce(st.date, st.knownBy) <= date($to)
     RETURN ${STAGE_FIELDS} AS stage ORDER BY p.id, st.order`,
    { from, to },
  );
  return rows.map((row) => row.stage);
}

/** The consortia of these programs that have standings. */
export async function rankedTeamIds(db: Database, programIds: readonly string[]): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    `MATCH (c:Consortium)-[:IN_PROGRAM]->(p:Program) WHERE p.id IN $programIds AND EXISTS { (c)-[:STANDING]->() }
     RETURN c.id AS id ORDER BY c.name, c.id`,
    { programIds },
  );
  return rows.map((row) => row.id);
}

export async function stagesByIds(db: Database, ids: readonly string[]): Promise<Array<StageModel | undefined>> {
  const rows = await db.read<{ stage: StageModel }>(
    `UNWIND $ids AS id MATCH (p:Program)-[:HAS_STAGE]->(st:Stage {id: id}) RETURN ${STAGE_FIELDS} AS stage`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.stage),
    'id',
  );
}

const MODEL_FIELDS = `{ id: m.id, name: m.name, description: m.description, parameters: m.parameters,
  openSource: m.openSource, sources: coalesce(m.sources, []) }`;

export async function modelsByIds(db: Database, ids: readonly string[]): Promise<Array<ModelModel | undefined>> {
  const rows = await db.read<{ model: ModelModel }>(
    `UNWIND $ids AS id MATCH (m:Model {id: id}) RETURN ${MODEL_FIELDS} AS model`,
    { ids },
  );
  return inOrderOf(
    ids,
    rows.map((row) => row.model),
    'id',
  );
}

/** The first `limit` models by name. */
export async function allModels(db: Database, limit: number): Promise<ModelModel[]> {
  const rows = await db.read<{ model: ModelModel }>(
    `MATCH (m:Model) WITH m ORDER BY m.name LIMIT $limit RETURN ${MODEL_FIELDS} AS model`,
    { limit },
  );
  return rows.map((row) => row.model);
}

/** Models developed by each consortium. */
export async function modelsOfConsortia(db: Database, consortiumIds: readonly string[]): Promise<ModelModel[][]> {
  const rows = await db.read<{ id: string; model: ModelModel }>(
    `UNWIND $ids AS id
     MATCH (:Consortium {id: id})-[:DEVELOPS]->(m:Model)
     RETURN id, ${MODEL_FIELDS} AS model ORDER BY m.name`,
    { ids: consortiumIds },
  );
  return groupBy(consortiumIds, rows, (row) => row.id).map((group) => group.map((row) => row.model));
}

export async function developersOfModels(db: Database, modelIds: readonly string[]): Promise<ModelDeveloperModel[][]> {
  const rows = await db.read<{ developer: ModelDeveloperModel }>(
    `UNWIND $ids AS id
     MATCH (d)-[r:DEVELOPS]->(m:Model {id: id})
     RETURN { modelId: id, orgId: CASE WHEN d:Organization THEN d.id END,
              consortiumId: CASE WHEN d:Consortium THEN d.id END, ${provenanceFields('r')} } AS developer`,
    { ids: modelIds },
  );
  return groupBy(
    modelIds,
    rows.map((row) => row.developer),
    (developer) => developer.modelId,
  );
}

const BASED_ON_LINK = linkFields('r', 'm', 'b');
const RUN_BY_LINK = linkFields('r', 'p', 'o');

/** The BASED_ON links of each model (to the models it builds on), with how each is known. */
export async function basedOnLinksOf(db: Database, modelIds: readonly string[]): Promise<LinkModel[][]> {
  const rows = await db.read<{ link: LinkModel }>(
    `UNWIND $ids AS id MATCH (m:Model {id: id})-[r:BASED_ON]->(b:Model) RETURN ${BASED_ON_LINK} AS link
     ORDER BY b.name`,
    { ids: modelIds },
  );
  return groupBy(
    modelIds,
    rows.map((row) => row.link),
    (link) => link.fromId,
  );
}

/** The RUN_BY link of each program, or undefined. */
export async function runByLinksOf(db: Database, programIds: readonly string[]): Promise<Array<LinkModel | undefined>> {
  const rows = await db.read<{ link: LinkModel }>(
    `UNWIND $ids AS id MATCH (p:Program {id: id})-[r:RUN_BY]->(o:Organization) RETURN ${RUN_BY_LINK} AS link`,
    { ids: programIds },
  );
  const byId = new Map(rows.map((row) => [row.link.fromId, row.link]));
  return programIds.map((id) => byId.get(id));
}
