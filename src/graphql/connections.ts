import type { KeysetWindow, ListPosition } from '../db/reads/keyset';
import type { ConnectionModel } from '../model/connection';
import { decodeCursor, encodeCursor } from './cursor';
import { limitExceeded } from '../server/limits/limitError';
import { badUserInput, MAX_PAGE_SIZE, pageSize } from './userInput';

/** The arguments of every connection field (Relay Cursor Connections). */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page size when neither first nor last is given. */
export const DEFAULT_CONNECTION_PAGE = 20;

/**
 * The window a connection's arguments ask for: `first` items after `after`, or the `last` items before `before`
 * (both cursors may be given to read between them). first and last together are refused, as the Relay
 * specification advises; each is 1..MAX_PAGE_SIZE. `keyType` checks that a cursor comes from a list sorted by a
 * key of that type (a cursor of another ordering would cut the list in the wrong place).
 */
export function connectionWindow(
  args: ConnectionArgs,
  keyType: 'string' | 'number' = 'string',
  fallback = DEFAULT_CONNECTION_PAGE,
): KeysetWindow {
  if (args.first != null && args.last != null) {
    throw badUserInput('give first (with after) or last (with before), not both');
  }
  const backward = args.last != null;
  const size = backward ? pageSize('last', args.last, fallback) : pageSize('first', args.first, fallback);
  return {
    after: position(args.after, 'after', keyType),
    before: position(args.before, 'before', keyType),
    limit: size + 1,
    backward,
  };
}

function position(cursor: string | null | undefined, argument: 'after' | 'before', keyType: string) {
  if (cursor == null) return null;
  const decoded = decodeCursor(cursor, argument);
  if (typeof decoded.key !== keyType) {
    throw badUserInput(`${argument} is a cursor of a different ordering; restart without ${argument}`);
  }
  return decoded;
}

/**
 * A connection from the rows of a window as read (`limit` rows at most, reversed when backward). As in
 * graphql-relay-js, the reference implementation: paging forward, hasNextPage says whether more follow and
 * hasPreviousPage is false; paging backward (last), the other way round.
 */
export function connectionFrom<Row, Node>(
  rows: readonly Row[],
  window: KeysetWindow,
  item: (row: Row) => { node: Node; position: ListPosition },
  countTotal: () => Promise<number>,
): ConnectionModel<Node> {
  const size = window.limit - 1;
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (window.backward) page.reverse();
  const edges = page.map((row) => {
    const { node, position: at } = item(row);
    return { cursor: encodeCursor(at), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: !window.backward && more,
      hasPreviousPage: window.backward && more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}

/** Lexicographic order of the sort keys of `pageOfSorted`. */
const compareKeys = (a: ListPosition, b: ListPosition): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A connection over a list already in memory (a consortium's members, read whole by one batched statement for
 * every parent): sorted here by `positionOf`, then cut by the window's cursors as the database cuts a keyset page,
 * so a cursor stays valid when items before it come or go.
 */
export function pageOfSorted<Node>(
  items: readonly Node[],
  positionOf: (node: Node) => ListPosition,
  window: KeysetWindow,
): ConnectionModel<Node> {
  const sorted = items.map((node) => ({ node, position: positionOf(node) }));
  sorted.sort((a, b) => compareKeys(a.position, b.position));
  const inside = sorted.filter(
    ({ position: at }) =>
      (window.after === null || compareKeys(at, window.after) > 0) &&
      (window.before === null || compareKeys(at, window.before) < 0),
  );
  const rows = window.backward ? inside.reverse().slice(0, window.limit) : inside.slice(0, window.limit);
  return connectionFrom(
    rows,
    window,
    (row) => row,
    () => Promise.resolve(items.length),
  );
}

/** The longest answer of a plain list that can grow (`consortia`, `sources`, ...): a page of its connection. */
export const MAX_PLAIN_LIST = MAX_PAGE_SIZE;

/**
 * A plain list read with `read(MAX_PLAIN_LIST + 1)` (its first rows, never the whole graph), or QUERY_TOO_COMPLEX
 * saying what to ask `instead` when the graph holds more: a list that cannot time out by size.
 */
export async function plainList<T>(field: string, instead: string, read: (limit: number) => Promise<T[]>) {
  const rows = await read(MAX_PLAIN_LIST + 1);
  if (rows.length <= MAX_PLAIN_LIST) return rows;
  throw limitExceeded(
    { name: 'listLength', max: MAX_PLAIN_LIST, found: rows.length },
    `${field} lists at most ${MAX_PLAIN_LIST} items and this graph holds more; ${instead}.`,
  );
}

/** What a refused plain list suggests: its connection, or (without one) the field that reads one by id. */
export const pageThrough = (connection: string) => `page through ${connection} (first, after) instead`;
export const readById = (field: string) => `read them one at a time with ${field} or node(nodeId:) instead`;
