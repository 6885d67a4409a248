// Loaders answer in the order of the keys they were given: a batched read answers in the order Neo4j found the
// rows, and these put it back.

/** One value per key of `keys`, in that order (its `key` property), `undefined` where no value has that key. */
export function inOrderOf<T extends Record<K, string>, K extends keyof T>(
  keys: readonly string[],
  values: readonly T[],
  key: K,
): Array<T | undefined> {
  const byKey = new Map<string, T>(values.map((value) => [value[key], value]));
  return keys.map((wanted) => byKey.get(wanted));
}

/** Groups rows by key into one list per key of `keys`, in that order. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
