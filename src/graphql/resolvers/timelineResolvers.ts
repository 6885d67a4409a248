import { unresolvedStagesOn, type UnresolvedProgramRow } from '../../db/reads/consortiumReads';
import type { Database } from '../../db/database';
import type { StandingKnowledgeModel } from '../../model/models';
import type { Loaders } from '../loaders';
import type { StandingKnowledgeResolvers, UnresolvedStageResolvers } from '../generated/resolvers';
import { NO_REPORTED_RESULT } from '../../model/kinds';
import { loadExisting } from './loadAll';

/** Today as Neo4j's `date()` reads it (UTC), the day an answer without `asOf` is for. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * What is known of the standings on `asOf` over one program or all: complete, or known as of the earliest day any
 * program's standings are known as of, with every unresolved stage.
 */
export async function standingKnowledge(
  db: Database,
  programId: string | null,
  asOf: string | null,
): Promise<StandingKnowledgeModel> {
  const day = asOf ?? todayUtc();
  return knowledgeOf(day, await unresolvedStagesOn(db, programId === null ? null : [programId], day));
}

/** standingKnowledge of one program, batched with the other programs of the request (no statement per program). */
export async function programStandingKnowledge(
  loaders: Loaders,
  programId: string,
  asOf: string | null,
): Promise<StandingKnowledgeModel> {
  const day = asOf ?? todayUtc();
  return knowledgeOf(day, await loaders.unresolvedStagesOfProgram.load({ id: programId, asOf: day }));
}

function knowledgeOf(day: string, programs: readonly UnresolvedProgramRow[]): StandingKnowledgeModel {
  const knownAsOf = programs.map((program) => program.knownAsOf).filter((known): known is string => known !== null);
  return {
    asOf: day,
    standingKnownAsOf: programs.length === 0 ? day : (knownAsOf.sort()[0] ?? null),
    unresolvedStages: programs.flatMap((program) => program.unresolved),
  };
}

export const StandingKnowledge: StandingKnowledgeResolvers = {
  complete: (knowledge) => knowledge.unresolvedStages.length === 0,
};

export const UnresolvedStage: UnresolvedStageResolvers = {
  stage: async (unresolved, _args, { loaders }) => (await loaders.stage.load(unresolved.stageId))!,
  teams: (unresolved, _args, { loaders }) => loadExisting(loaders.consortium, unresolved.consortiumIds),
  reason: () => NO_REPORTED_RESULT,
};
