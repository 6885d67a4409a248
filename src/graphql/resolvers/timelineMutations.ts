import { recordMembershipEnd, recordStage, recordStanding } from '../../edits/timeline';
import type { MutationResolvers } from '../generated/resolvers';
import { guarded, payload } from './mutationResolvers';

/** The program-timeline mutations (src/edits/timeline.ts): each answers the stage, standing or membership written. */
export const TimelineMutation: Pick<MutationResolvers, 'recordStage' | 'recordStanding' | 'endMembership'> = {
  recordStage: guarded(async ({ input }, { db, loaders }) =>
    payload(await recordStage(db, input), 'stage', (id) => loaders.stage.load(id)),
  ),

  recordStanding: guarded(async ({ input }, { db, loaders }) =>
    payload(await recordStanding(db, input), 'standing', async (key) =>
      (await loaders.standings.load(key.consortiumId)).find((standing) => standing.stageId === key.stageId),
    ),
  ),

  endMembership: guarded(async ({ input }, { db, loaders }) =>
    payload(await recordMembershipEnd(db, input), 'membership', async (key) => {
      const memberships = await loaders.membershipsOfOrganization.load({
        id: key.organizationId,
        asOf: null,
        projection: 'full',
      });
      return memberships.find((membership) => membership.consortiumId === key.consortiumId);
    }),
  ),
};
