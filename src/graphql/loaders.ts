import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import * as consortiumReads from '../db/reads/consortiumReads';
import type { Projection } from '../db/reads/fragments';
import * as organizationReads from '../db/reads/organizationReads';
import * as sourceReads from '../db/reads/sourceReads';

/** A key of the membership loaders: whose memberships, on which day, with how much of the other end. */
export interface MembershipsKey {
  id: string;
  asOf: string | null;
  projection: Projection;
}

/** A key of the loaders that also take a day. */
export interface OnDayKey {
  id: string;
  asOf: string | null;
}

/** A key of the teams of a program: on which day, and whether only the teams still in it. */
export interface TeamsKey extends OnDayKey {
  activeOnly: boolean;
}

/** A read of one value (or list) per id, in the order of the ids. */
type ReadByIds<T> = (db: Database, ids: readonly string[]) => Promise<T[]>;

/**
 * A loader of keys that are an id with options (a day, a projection): one read per distinct options, of all the
 * ids asked with them. `optionsOf` names the options (the key without its id), so equal options batch together.
 */
function batchedPerOptions<K extends { id: string }, T>(
  read: (ids: string[], options: K) => Promise<T[]>,
  optionsOf: (key: K) => string,
): DataLoader<K, T, string> {
  const cacheKey = (key: K) => `${key.id}\u0000${optionsOf(key)}`;
  return new DataLoader<K, T, string>(
    async (keys) => {
      const groups = new Map<string, { options: K; ids: Set<string> }>();
      for (const key of keys) {
        const group = groups.get(optionsOf(key)) ?? { options: key, ids: new Set<string>() };
        group.ids.add(key.id);
        groups.set(optionsOf(key), group);
      }
      const results = new Map<string, T>();
      await Promise.all(
        [...groups.values()].map(async ({ options, ids }) => {
          const list = [...ids];
          const values = await read(list, options);
          list.forEach((id, index) => results.set(cacheKey({ ...options, id }), values[index] as T));
        }),
      );
      return keys.map((key) => results.get(cacheKey(key)) as T);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** The loaders of one node per id (`undefined` for an unknown id). */
function nodeLoaders(db: Database) {
  const byIds = <T>(read: ReadByIds<T | undefined>) => new DataLoader<string, T | undefined>((ids) => read(db, ids));
  return {
    organization: byIds(organizationReads.organizationsByIds),
    consortium: byIds(consortiumReads.consortiaByIds),
    source: byIds(sourceReads.sourcesByIds),
    program: byIds(consortiumReads.programsByIds),
    stage: byIds(consortiumReads.stagesByIds),
    model: byIds(consortiumReads.modelsByIds),
    fact: byIds(consortiumReads.factsByIds),
    person: byIds(sourceReads.personsByIds),
    parentId: byIds(organizationReads.parentIdsOf),
    ecContributionTotal: byIds(organizationReads.ecContributionTotalsOf),
    officialMemberCount: byIds(consortiumReads.officialMemberCountsOf),
    runByLink: byIds(consortiumReads.runByLinksOf),
    partOfLink: byIds(organizationReads.partOfLinksOf),
  };
}

/** The loaders of one list per id (empty for an id with none). */
function listLoaders(db: Database) {
  const listsByIds = <T>(read: ReadByIds<T[]>) => new DataLoader<string, T[]>((ids) => read(db, ids));
  return {
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
  };
}

/**
 * The loaders of memberships, read with the node at their other end. Full nodes prime that node's loader, which
 * saves a statement per level; brief ones (a part of the node) stay attached to their membership only.
 */
function membershipLoaders(db: Database, nodes: ReturnType<typeof nodeLoaders>) {
  const options = (key: MembershipsKey) => JSON.stringify([key.asOf, key.projection]);
  return {
    membershipsOfOrganization: batchedPerOptions(async (ids, { asOf, projection }: MembershipsKey) => {
      const lists = await organizationReads.membershipsOfOrganizations(db, ids, asOf, projection);
      if (projection === 'full') {
        for (const membership of lists.flat()) nodes.consortium.prime(membership.consortiumId, membership.consortium);
      }
      return lists;
    }, options),
    membersOfConsortium: batchedPerOptions(async (ids, { asOf, projection }: MembershipsKey) => {
      const lists = await consortiumReads.membershipsOfConsortia(db, ids, asOf, projection);
      if (projection === 'full') {
        for (const membership of lists.flat()) nodes.organization.prime(membership.orgId, membership.organization);
      }
      return lists;
    }, options),
  };
}

/** The loaders of what holds on a day: a consortium's standing, a program's teams and unresolved stages. */
function dayLoaders(db: Database) {
  return {
    standingOnDay: batchedPerOptions(
      (ids, { asOf }: OnDayKey) => consortiumReads.standingOnDayOf(db, ids, asOf),
      (key) => JSON.stringify([key.asOf]),
    ),
    teamsOfProgram: batchedPerOptions(
      (ids, { asOf, activeOnly }: TeamsKey) => consortiumReads.teamsOfPrograms(db, ids, asOf, activeOnly),
      (key) => JSON.stringify([key.asOf, key.activeOnly]),
    ),
    unresolvedStagesOfProgram: batchedPerOptions(
      (ids, { asOf }: OnDayKey) => consortiumReads.unresolvedStagesOfPrograms(db, ids, asOf),
      (key) => JSON.stringify([key.asOf]),
    ),
  };
}

/**
 * Per-request loaders: every nested field resolves through one of these, so a request sends one
 * batched (UNWIND) statement per kind of field, however many parents it has. No N+1.
 */
export function createLoaders(db: Database) {
  const nodes = nodeLoaders(db);
  return { ...nodes, ...listLoaders(db), ...membershipLoaders(db, nodes), ...dayLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
