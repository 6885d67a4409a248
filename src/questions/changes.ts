import { membershipChanges, type MembershipChangeModel } from '../db/reads/changeReads';
import { rankedTeamIds, standingOnDayOf, stagesBetween } from '../db/reads/consortiumReads';
import type { Database } from '../db/database';
import type { StageModel, StandingModel } from '../model/models';

/** A consortium whose standing in force on `from` differs from the one on `to`. */
export interface StandingChangeModel {
  consortiumId: string;
  before: StandingModel | null;
  after: StandingModel | null;
}

export interface ChangesModel {
  from: string;
  to: string;
  offset: number;
  memberships: MembershipChangeModel[];
  hasMoreMemberships: boolean;
  standings: StandingChangeModel[];
  stages: StageModel[];
}

/**
 * What changed between two days: the stages that took effect, every team of their programs whose standing in
 * force differs between the days (read through standingOnDayOf, the one rule of a day's standing), and one page
 * of the memberships that started or ended.
 */
export async function changesBetween(
  db: Database,
  window: { from: string; to: string },
  page: { offset: number; first: number },
): Promise<ChangesModel> {
  const [stages, rows] = await Promise.all([
    stagesBetween(db, window.from, window.to),
    membershipChanges(db, window, page.offset, page.first + 1),
  ]);
  const teamIds = await rankedTeamIds(db, [...new Set(stages.map((stage) => stage.programId))]);
  const [before, after] = await Promise.all([
    standingOnDayOf(db, teamIds, window.from),
    standingOnDayOf(db, teamIds, window.to),
  ]);
  const standings = teamIds
    .map((consortiumId, index) => ({ consortiumId, before: before[index] ?? null, after: after[index] ?? null }))
    .filter((change) => !sameStanding(change.before, change.after));
  return {
    ...window,
    offset: page.offset,
    memberships: rows.slice(0, page.first),
    hasMoreMemberships: rows.length > page.first,
    standings,
    stages,
  };
}

const sameStanding = (a: StandingModel | null, b: StandingModel | null): boolean =>
  a?.stageId === b?.stageId && a?.status === b?.status;
