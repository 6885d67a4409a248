import type { ListPosition } from '../db/reads/keyset';
import { badUserInput } from './userInput';

/** Cursors are opaque to clients: base64url of the sort key and id of a node. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor of `encodeCursor` names; BAD_USER_INPUT naming `argument` for anything else. */
export function decodeCursor(cursor: string, argument: 'after' | 'before' = 'after'): ListPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || typeof decoded[0] === 'number') &&
      typeof decoded[1] === 'string'
    ) {
      return { key: decoded[0], id: decoded[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(
    `${argument} is not a cursor returned by this API; pass an edge cursor, pageInfo.startCursor or pageInfo.endCursor`,
  );
}
