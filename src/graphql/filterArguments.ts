import { badUserInput } from './userInput';

/** The most values one filter list takes (kinds, countries, consortia, sources): a client cannot push past it. */
export const MAX_FILTER_VALUES = 1000;

/**
 * A filter list as the data layer takes it: `null` when omitted, each value once. An empty list is refused (it
 * would answer nothing, which is never what was meant), and so is one longer than MAX_FILTER_VALUES.
 */
export function filterList<T>(name: string, values: readonly T[] | null | undefined): readonly T[] | null {
  if (values == null) return null;
  if (values.length === 0) throw badUserInput(`${name} must name at least one value; omit it to keep every one`);
  if (values.length > MAX_FILTER_VALUES) {
    throw badUserInput(`${name} takes at most ${MAX_FILTER_VALUES} values, got ${values.length}`);
  }
  return [...new Set(values)];
}

/** A `countries` list: ISO 3166-1 alpha-2 codes, as organisations store them (src/seed/seedSchema.ts, edits). */
export function countryList(name: string, values: readonly string[] | null | undefined): readonly string[] | null {
  const countries = filterList(name, values);
  const wrong = countries?.filter((country) => !/^[A-Z]{2}$/.test(country)) ?? [];
  if (wrong.length > 0) {
    throw badUserInput(
      `${name}: ${wrong.map((country) => JSON.stringify(country)).join(', ')} ` +
        `${wrong.length === 1 ? 'is not an ISO 3166-1 alpha-2 code' : 'are not ISO 3166-1 alpha-2 codes'}` +
        ' (two capital letters, such as KR)',
    );
  }
  return countries;
}

/**
 * A list of ids that must all exist (`consortia`, `sources`), checked through the request's loader (one batched
 * read): one BAD_USER_INPUT naming every unknown id and the query that lists the known ones. A failed load fails
 * the request rather than passing the id as unknown.
 */
export async function existingIdList(
  name: string,
  values: readonly string[] | null | undefined,
  loader: { loadMany: (ids: readonly string[]) => Promise<unknown[]> },
  listedBy: string,
): Promise<readonly string[] | null> {
  const ids = filterList(name, values);
  if (ids === null) return null;
  const loaded = await loader.loadMany(ids);
  const failure = loaded.find((value) => value instanceof Error);
  if (failure) throw failure;
  const unknown = ids.filter((_, index) => loaded[index] === undefined);
  if (unknown.length > 0) {
    throw badUserInput(
      `${name}: no such id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; ${listedBy} lists the ids`,
    );
  }
  return ids;
}
