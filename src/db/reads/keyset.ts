/**
 * Keyset pagination in Cypher: a list ordered by one sort key and then the node's id (unique), cut at the
 * positions of two cursors. Each function returns constant text for the variable names chosen in code; the cursor
 * values reach Neo4j as the parameters `$afterKey`, `$afterId`, `$beforeKey` and `$beforeId` (null: no bound).
 */

/** Where a list is cut: the sort key and id of the node a cursor was given for. */
export type ListPosition = { key: string | number; id: string };

/** Which way a list is sorted by its key (the id breaks ties in ascending order either way). */
export type SortDirection = 'ASC' | 'DESC';

/** The window of a list a connection asks for: after/before cut it, `backward` reads its end first (last). */
export interface KeysetWindow {
  after: ListPosition | null;
  before: ListPosition | null;
  /** How many rows to read: the page size plus one, which tells whether more follow. */
  limit: number;
  backward: boolean;
}

/** Nodes strictly after `$after…` and strictly before `$before…` in the list's order (key, then id ascending). */
export function keysetBounds(key: string, id: string, direction: SortDirection): string {
  const [later, earlier] = direction === 'ASC' ? ['>', '<'] : ['<', '>'];
  return `($afterId IS NULL OR ${key} ${later} $afterKey OR (${key} = $afterKey AND ${id} > $afterId))
      AND ($beforeId IS NULL OR ${key} ${earlier} $beforeKey OR (${key} = $beforeKey AND ${id} < $beforeId))`;
}

/** The ORDER BY of a page: the list's order, or its reverse when a page is read from the end (`last`). */
export function keysetOrder(key: string, id: string, direction: SortDirection, backward: boolean): string {
  if (!backward) return `${key} ${direction}, ${id} ASC`;
  return `${key} ${direction === 'ASC' ? 'DESC' : 'ASC'}, ${id} DESC`;
}

/** The parameters of `keysetBounds` and the LIMIT (`$limit`) of a window. */
export function keysetParams(window: KeysetWindow) {
  return {
    afterKey: window.after?.key ?? null,
    afterId: window.after?.id ?? null,
    beforeKey: window.before?.key ?? null,
    beforeId: window.before?.id ?? null,
    limit: window.limit,
  };
}
