/**
 * Loads ids through a loader and drops the ones that do not exist. A failed load (the database is down or timed
 * out) fails the field: dropping it would answer "none" where the truth is "unknown".
 */
export async function loadExisting<T>(
  loader: { loadMany: (ids: readonly string[]) => Promise<Array<T | undefined | Error>> },
  ids: readonly string[],
): Promise<T[]> {
  const loaded = await loader.loadMany(ids);
  const failure = loaded.find((value): value is Error => value instanceof Error);
  if (failure) throw failure;
  return loaded.filter((value): value is T => value !== undefined);
}
