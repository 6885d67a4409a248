import type { ChangesResolvers, QueryResolvers, StandingChangeResolvers } from '../generated/resolvers';
import { changesBetween } from '../../questions/changes';
import { decodeCursor, encodeCursor } from '../cursor';
import { badUserInput, pageSize } from '../userInput';

const windowKey = (from: string, to: string) => `changes\u0000${from}\u0000${to}`;

export const changes: NonNullable<QueryResolvers['changes']> = (_root, { from, to, first, after }, { db }) => {
  if (from > to) throw badUserInput(`from (${from}) must not be after to (${to})`);
  const size = pageSize('first', first, 100);
  let offset = 0;
  if (after) {
    const position = decodeCursor(after);
    if (typeof position.key !== 'number' || position.id !== windowKey(from, to)) {
      throw badUserInput('after is a cursor of changes between other days; restart without after');
    }
    offset = position.key;
  }
  return changesBetween(db, { from, to }, { offset, first: size });
};

export const Changes: ChangesResolvers = {
  membershipsHasNextPage: (page) => page.hasMoreMemberships,
  membershipsEndCursor: (page) =>
    page.memberships.length === 0
      ? null
      : encodeCursor({ key: page.offset + page.memberships.length, id: windowKey(page.from, page.to) }),
};

export const StandingChange: StandingChangeResolvers = {
  consortium: async (change, _args, { loaders }) => (await loaders.consortium.load(change.consortiumId))!,
};
