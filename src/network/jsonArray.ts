/**
 * Writes the items of a JSON array one per line, each serialised on its own, so a large array never becomes one
 * string. The caller writes the surrounding `[` and `]`.
 */
export async function* jsonArrayItems<T>(
  items: Iterable<T> | AsyncIterable<T>,
  toJson: (item: T) => unknown,
): AsyncGenerator<string> {
  let first = true;
  for await (const item of items) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(toJson(item))}`;
    first = false;
  }
}
