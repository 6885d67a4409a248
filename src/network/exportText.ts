import type { NetworkSource } from './networkTypes';

// C0 controls other than tab, line feed and carriage return, and DEL: XML 1.0 cannot carry the C0 ones at all, and
// in CSV or JSON a NUL or form feed in a label breaks the tools that open the file (C strings end at NUL).
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Code points no UTF-8 file can hold (lone surrogates) or that XML forbids (U+FFFE, U+FFFF).
const NOT_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Unicode's visible stand-ins for C0 controls (U+2400 ␀ ... U+241F) and DEL (U+2421 ␡). */
const controlPicture = (char: string): string => {
  const code = char.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
};

/**
 * The text an export writes for a stored string, the same in every format: a control character other than tab, line
 * feed and carriage return becomes its visible Control Picture (NUL → ␀, VT → ␋, FF → ␌), so the value stays
 * readable and distinct, and does not break the reader; a lone surrogate, U+FFFE or U+FFFF becomes U+FFFD.
 * Everything else (Hangul, kanji, right-to-left text and marks, emoji) is kept as is.
 */
export function exportText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(CONTROL, controlPicture).replace(NOT_TEXT, '\uFFFD');
}

/** `item` with {@link exportText} applied to each of its string fields; the same object when none changes. */
function withExportText<T extends object>(item: T): T {
  let cleaned: T | undefined;
  for (const key in item) {
    const value = item[key];
    if (typeof value !== 'string' || !NEEDS_CLEANING.test(value)) continue;
    (cleaned ??= { ...item })[key] = exportText(value) as T[typeof key];
  }
  return cleaned ?? item;
}

function* eachWithExportText<T extends object>(items: Iterable<T>): Generator<T> {
  for (const item of items) yield withExportText(item);
}

async function* eachArrivingWithExportText<T extends object>(items: AsyncIterable<T>): AsyncGenerator<T> {
  for await (const item of items) yield withExportText(item);
}

// A network in memory stays synchronous: an async step per node and edge would cost more than the cleaning.
const cleanedItems = <T extends object>(items: Iterable<T> | AsyncIterable<T>) =>
  Symbol.asyncIterator in items ? eachArrivingWithExportText(items) : eachWithExportText(items);

/**
 * The network as every writer receives it: each text field of each node and edge through {@link exportText}, as the
 * nodes and edges arrive (ids and edge ends alike, so an edge still names its nodes).
 */
export function withExportTexts(network: NetworkSource): NetworkSource {
  return { ...network, nodes: cleanedItems(network.nodes), edges: cleanedItems(network.edges) };
}
