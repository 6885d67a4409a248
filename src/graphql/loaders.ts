import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import * as consortiumReads from '../db/reads/consortiumReads';
import * as organizationReads from '../db/reads/organizationReads';
import type { Projection } from '../db/reads/fragments';
import * as sourceReads from '../db/reads/sourceReads';

/** A key of the membership loaders: whose memberships, on which day, with how much of the other end. */
export interface MembershipsKey {
  id: string;
  asOf: string | null;
  projection: Projection;
}

const membershipsKey = (key: MembershipsKey) => `${key.id}\u0000${key.asOf}\u0000${key.projection}`;

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

  /** For memberships: keys are `{id, asOf, projection}`, batched per day and projection. */
  const membershipsOnDay = <T>(
    read: (db: Database, ids: readonly string[], asOf: string | null, projection: Projection) => Promise<T[]>,
  ) =>
    new DataLoader<MembershipsKey, T, string>(
      async (keys) => {
        const groups = new Map<string, { asOf: string | null; projection: Projection; ids: Set<string> }>();
        for (const key of keys) {
          const group = `${key.asOf}\u0000${key.projection}`;
          if (!groups.has(group)) groups.set(group, { asOf: key.asOf, projection: key.projection, ids: new Set() });
          groups.get(group)!.ids.add(key.id);
        }
        const results = new Map<string, T>();
        await Promise.all(
          [...groups.values()].map(async ({ asOf, projection, ids }) => {
            const list = [...ids];
            const values = await read(db, list, asOf, projection);
            list.forEach((id, index) => results.set(membershipsKey({ id, asOf, projection }), values[index] as T));
          }),
        );
        return keys.map((key) => results.get(membershipsKey(key)) as T);
      },
      { cacheKeyFn: membershipsKey },
    );
  const organization = byIds(organizationReads.organizationsByIds);
  const consortium = byIds(consortiumReads.consortiaByIds);
  /**
   * Memberships are read with the node at their other end; full nodes prime their loader, which saves a
   * statement per level. Brief ones (a part of the node) stay attached to their membership only.
   */
  const primingConsortia = async (
    db: Database,
    ids: readonly string[],
    asOf: string | null,
    projection: Projection,
  ) => {
    const lists = await organizationReads.membershipsOfOrganizations(db, ids, asOf, projection);
    if (projection === 'full') {
      for (const list of lists)
        for (const membership of list) consortium.prime(membership.consortiumId, membership.consortium);
    }
    return lists;
  };
  const primingOrganizations = async (
    db: Database,
    ids: readonly string[],
    asOf: string | null,
    projection: Projection,
  ) => {
    const lists = await consortiumReads.membershipsOfConsortia(db, ids, asOf, projection);
    if (projection === 'full') {
      for (const list of lists)
        for (const membership of list) organization.prime(membership.orgId, membership.organization);
    }
    return lists;
  };
  return {
    organization,
    consortium,
    source: byIds(sourceReads.sourcesByIds),
    program: byIds(consortiumReads.programsByIds),
    stage: byIds(consortiumReads.stagesByIds),
    model: byIds(consortiumReads.modelsByIds),
    fact: byIds(consortiumReads.factsByIds),
    person: byIds(sourceReads.personsByIds),
    parentId: byIds(organizationReads.parentIdsOf),
    ecContributionTotal: byIds(organizationReads.ecContributionTotalsOf),
    affiliates: listsByIds(organizationReads.affiliatesOf),
    positionsAt: listsByIds(organizationReads.positionsAt),
    positionsOf: listsByIds(sourceReads.positionsOfPersons),
    // One loader per label: a fact is about the node of its label, never another that shares the id.
    factsOfOrganization: listsByIds((db, ids) => consortiumReads.factsAbout(db, 'Organization', ids)),
    factsOfConsortium: listsByIds((db, ids) => consortiumReads.factsAbout(db, 'Consortium', ids)),
    factsOfProgram: listsByIds((db, ids) => consortiumReads.factsAbout(db, 'Program', ids)),
    factsOfModel: listsByIds((db, ids) => consortiumReads.factsAbout(db, 'Model', ids)),
    memberLists: listsByIds(consortiumReads.memberListsOf),
    standings: listsByIds(consortiumReads.standingsOfConsortia),
    standingsAtStage: listsByIds(consortiumReads.standingsAtStages),
    stages: listsByIds(consortiumReads.stagesOfPrograms),
    modelsOfConsortium: listsByIds(consortiumReads.modelsOfConsortia),
    developers: listsByIds(consortiumReads.developersOfModels),
    basedOnLinks: listsByIds(consortiumReads.basedOnLinksOf),
    runByLink: byIds(consortiumReads.runByLinksOf),
    partOfLink: byIds(organizationReads.partOfLinksOf),
    membershipsOfOrganization: membershipsOnDay(primingConsortia),
    membersOfConsortium: membershipsOnDay(primingOrganizations),
    standingOnDay: byIdsOnDay(consortiumReads.standingOnDayOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
