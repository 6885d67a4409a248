/** Loads ids through a loader and drops the ones that do not exist. */
export async function loadExisting<T>(
  loader: { loadMany: (ids: readonly string[]) => Promise<Array<T | undefined | Error>> },
  ids: readonly string[],
): Promise<T[]> {
  const loaded = await loader.loadMany(ids);
  return loaded.filter((value): value is T => value !== undefined && !(value instanceof Error));
}
