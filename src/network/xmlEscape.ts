// XML 1.0 allows tab, newline and carriage return below U+0020, and forbids U+FFFE, U+FFFF and lone surrogates.
// Everything else (Hangul, kanji, Hebrew, emoji as surrogate pairs) is kept as is.
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, so that attribute-value normalisation does not turn them into spaces when the file is read.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Makes text safe inside both XML element content and double- or single-quoted attribute values: escapes
 * `& < > " '` (and tab, newline, carriage return as character references) and drops the characters XML 1.0 cannot represent at all (most C0 controls, U+FFFE/U+FFFF, lone
 * surrogates), which a parser would otherwise reject as a fatal error.
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}
