import type { MutationResolvers } from '../generated/resolvers';
import { addMembership, removeMembership } from '../../edits/membershipEdits';
import { mergeOrganizations } from '../../edits/mergeOrganizations';
import { linkAffiliate, upsertConsortium, upsertOrganization } from '../../edits/organizationEdits';
import type { WriteFailure, WriteResult } from '../../edits/writeResult';
import type { GraphQLContext } from '../context';
import { requireWriter } from '../auth';

type Payload<K extends string, V> = { ok: boolean; error: WriteFailure | null } & { [key in K]: V | null };

/** Maps a write result to its payload, loading what it names through the request's loaders. */
export async function payload<T, K extends string, V>(
  result: WriteResult<T>,
  key: K,
  load: (value: T) => Promise<V | undefined>,
): Promise<Payload<K, V>> {
  if (!result.ok) return { ok: false, error: result.error, [key]: null } as Payload<K, V>;
  return { ok: true, error: null, [key]: (await load(result.value)) ?? null } as Payload<K, V>;
}

/** Wraps a mutation so it runs only for a request with an allowed token. */
export function guarded<A, R>(resolve: (args: A, context: GraphQLContext) => Promise<R>) {
  return (_root: unknown, args: A, context: GraphQLContext): Promise<R> => {
    requireWriter(context);
    return resolve(args, context);
  };
}

export const Mutation: MutationResolvers = {
  // organizationKind (the enum) replaces the deprecated kind (text): either reaches the same check.
  upsertOrganization: guarded(async ({ input: { organizationKind, kind, ...input } }, { db, loaders }) =>
    payload(await upsertOrganization(db, { ...input, kind: organizationKind ?? kind ?? '' }), 'organization', (id) =>
      loaders.organization.load(id),
    ),
  ),

  upsertConsortium: guarded(async ({ input }, { db, loaders }) =>
    payload(await upsertConsortium(db, input), 'consortium', (id) => loaders.consortium.load(id)),
  ),

  addMembership: guarded(async ({ input }, { db, loaders }) =>
    payload(await addMembership(db, input), 'membership', async (key) => {
      const memberships = await loaders.membershipsOfOrganization.load({
        id: key.organizationId,
        asOf: null,
        projection: 'full',
      });
      return memberships.find((membership) => membership.consortiumId === key.consortiumId);
    }),
  ),

  removeMembership: guarded(async (key, { db, loaders }) => {
    const result = await removeMembership(db, key);
    if (!result.ok) return { ok: false, error: result.error, organization: null, consortium: null };
    const [organization, consortium] = await Promise.all([
      loaders.organization.load(key.organizationId),
      loaders.consortium.load(key.consortiumId),
    ]);
    return { ok: true, error: null, organization: organization ?? null, consortium: consortium ?? null };
  }),

  linkAffiliate: guarded(async (input, { db, loaders }) =>
    payload(await linkAffiliate(db, input), 'organization', (id) => loaders.organization.load(id)),
  ),

  mergeOrganizations: guarded(async (input, { db, loaders }) =>
    payload(await mergeOrganizations(db, input), 'organization', (id) => loaders.organization.load(id)),
  ),
};
