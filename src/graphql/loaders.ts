import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import * as consortiumReads from '../db/reads/consortiumReads';
import * as organizationReads from '../db/reads/organizationReads';
import * as sourceReads from '../db/reads/sourceReads';

/**
 * Per-request loaders: every nested field resolves through one of these, so a request sends one
 * batched (UNWIND) statement per kind of field, however many parents it has. No N+1.
 */
export function createLoaders(db: Database) {
  const byIds = <T>(read: (db: Database, ids: readonly string[]) => Promise<Array<T | undefined>>) =>
    new DataLoader<string, T | undefined>((ids) => read(db, ids));
  const listsByIds = <T>(read: (db: Database, ids: readonly string[]) => Promise<T[][]>) =>
    new DataLoader<string, T[]>((ids) => read(db, ids));
  /** For reads that also take a day: keys are `{id, asOf}`, batched per distinct day. */
  const byIdsOnDay = <T>(read: (db: Database, ids: readonly string[], asOf: string | null) => Promise<T[]>) =>
    new DataLoader<{ id: string; asOf: string | null }, T, string>(
      async (keys) => {
        const days = [...new Set(keys.map((key) => key.asOf))];
        const results = new Map<string, T>();
        await Promise.all(
          days.map(async (asOf) => {
            const ids = [...new Set(keys.filter((key) => key.asOf === asOf).map((key) => key.id))];
            const values = await read(db, ids, asOf);
            ids.forEach((id, index) => results.set(`${id}\u0000${asOf}`, values[index] as T));
          }),
        );
        return keys.map((key) => results.get(`${key.id}\u0000${key.asOf}`) as T);
      },
      { cacheKeyFn: (key) => `${key.id}\u0000${key.asOf}` },
    );

  return {
    organization: byIds(organizationReads.organizationsByIds),
    consortium: byIds(consortiumReads.consortiaByIds),
    source: byIds(sourceReads.sourcesByIds),
    program: byIds(consortiumReads.programsByIds),
    stage: byIds(consortiumReads.stagesByIds),
    model: byIds(consortiumReads.modelsByIds),
    person: byIds(sourceReads.personsByIds),
    parentId: byIds(organizationReads.parentIdsOf),
    affiliates: listsByIds(organizationReads.affiliatesOf),
    positionsAt: listsByIds(organizationReads.positionsAt),
    positionsOf: listsByIds(sourceReads.positionsOfPersons),
    facts: listsByIds(consortiumReads.factsAbout),
    memberLists: listsByIds(consortiumReads.memberListsOf),
    standings: listsByIds(consortiumReads.standingsOfConsortia),
    standingsAtStage: listsByIds(consortiumReads.standingsAtStages),
    stages: listsByIds(consortiumReads.stagesOfPrograms),
    modelsOfConsortium: listsByIds(consortiumReads.modelsOfConsortia),
    developers: listsByIds(consortiumReads.developersOfModels),
    baseIds: listsByIds(consortiumReads.basesOfModels),
    membershipsOfOrganization: byIdsOnDay(organizationReads.membershipsOfOrganizations),
    membersOfConsortium: byIdsOnDay(consortiumReads.membershipsOfConsortia),
    standingOnDay: byIdsOnDay(consortiumReads.standingOnDayOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
