import { isCalendarDay } from '../model/calendarDay';
import { MEMBERSHIP_ROLES, ORGANIZATION_KINDS, type MembershipRole, type OrganizationKind } from '../model/kinds';

/**
 * Field checks shared by the mutations and the importer, so a value refused by one is refused by
 * the other with the same words. Each returns the normalised value, or throws a FieldError.
 */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldError';
  }
}

/**
 * The longest value each kind of text field may hold, in characters: one table for every mutation input and every
 * importer column. Names cover organisations, consortia, aliases, short names and source titles and publishers.
 */
export const TEXT_LIMITS = {
  id: 200,
  name: 500,
  category: 200,
  note: 2000,
  url: 2048,
} as const;

/** Bounds on lists in mutation inputs, so one request stays one small transaction. */
export const LIST_LIMITS = {
  aliases: 100,
  mergeIds: 100,
} as const;

const ID_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]{0,${TEXT_LIMITS.id - 1}}$`);
/** How much of a refused value a message quotes: enough to find it, never the whole of a huge one. */
const QUOTED_CHARACTERS = 60;

/** A value for a message: quoted, and cut short when long. */
function quoted(value: string): string {
  return JSON.stringify(value.length > QUOTED_CHARACTERS ? `${value.slice(0, QUOTED_CHARACTERS)}…` : value);
}

/** An id: letters, digits, dot, dash, underscore; at most 200 characters. */
export function checkId(field: string, value: string): string {
  const id = value.trim();
  if (!ID_PATTERN.test(id)) {
    const found = id.length > TEXT_LIMITS.id ? `${id.length} characters` : quoted(value);
    throw new FieldError(field, `${field} must be 1–${TEXT_LIMITS.id} letters, digits, ".", "-" or "_", got ${found}`);
  }
  return id;
}

/** At most `max` ids in a list. */
export function checkCount(field: keyof typeof LIST_LIMITS, values: readonly unknown[]): void {
  const max = LIST_LIMITS[field];
  if (values.length > max) throw new FieldError(field, `${field} may hold at most ${max} values, got ${values.length}`);
}

// Control characters (tab, newline, the C0 set and DEL) have no place in a name, a label or a note; refusing them
// also keeps the import's packed batches (see src/db/writes/importWrites.ts) unambiguous.

/** A required name (trimmed): 1–500 characters, no control characters. */
export function checkName(field: string, value: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > TEXT_LIMITS.name) {
    throw new FieldError(field, `${field} must be 1–${TEXT_LIMITS.name} characters, got ${name.length}`);
  }
  return checkNoControlCharacters(field, name);
}

/**
 * Optional free text (trimmed; blank is null): at most the limit of its kind, no control characters. For a
 * category, a note, a publisher.
 */
export function checkText(field: string, value: string | null | undefined, kind: keyof typeof TEXT_LIMITS) {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const max = TEXT_LIMITS[kind];
  if (text.length > max) throw new FieldError(field, `${field} must be at most ${max} characters, got ${text.length}`);
  return checkNoControlCharacters(field, text);
}

/** An optional web address (blank is null): http or https with a host, at most 2,048 characters. */
export function checkUrl(field: string, value: string | null | undefined): string | null {
  const text = checkText(field, value, 'url');
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FieldError(field, `${field} ${quoted(text)} is not an absolute URL; write it as https://host/path`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FieldError(field, `${field} must be an http or https URL, got a ${url.protocol} URL`);
  }
  if (url.hostname === '') throw new FieldError(field, `${field} ${quoted(text)} has no host`);
  return text;
}

/** The index of the first control character of `value`, or -1. */
function firstControlCharacter(value: string): number {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return index;
  }
  return -1;
}

export function hasControlCharacter(value: string): boolean {
  return firstControlCharacter(value) !== -1;
}

/** Free text (a category, a short name): any characters but control characters. */
export function checkNoControlCharacters(field: string, value: string): string {
  const index = firstControlCharacter(value);
  if (index !== -1) {
    const character = `U+${value.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new FieldError(
      field,
      `${field} ${quoted(value)} contains a control character (${character} at position ${index + 1}); tabs, ` +
        'newlines and other control characters are not allowed',
    );
  }
  return value;
}

export function checkKind(field: string, value: string): OrganizationKind {
  const kind = value.trim().toUpperCase();
  if (kind === '') throw new FieldError(field, `${field} is required: one of ${ORGANIZATION_KINDS.join(', ')}`);
  if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
    throw new FieldError(field, `${field} "${value}" is not one of ${ORGANIZATION_KINDS.join(', ')}`);
  }
  return kind as OrganizationKind;
}

export function checkRole(field: string, value: string): MembershipRole {
  const role = value.trim().toUpperCase();
  if (!(MEMBERSHIP_ROLES as readonly string[]).includes(role)) {
    throw new FieldError(field, `${field} "${value}" is not one of ${MEMBERSHIP_ROLES.join(', ')}`);
  }
  return role as MembershipRole;
}

/** ISO 3166-1 alpha-2, upper-cased. */
export function checkCountry(field: string, value: string): string {
  const country = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new FieldError(field, `${field} "${value}" is not a two-letter country code`);
  return country;
}

/** A calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function checkDay(field: string, value: string): string {
  const day = value.trim();
  if (!isCalendarDay(day)) throw new FieldError(field, `${field} "${value}" is not a day written YYYY-MM-DD`);
  return day;
}

/** A membership cannot end before it starts. */
export function checkPeriod(since: string | null, until: string | null): void {
  if (since !== null && until !== null && until < since) {
    throw new FieldError('until', `until ${until} is before since ${since}`);
  }
}

/** A readable id from a name: "Seoul National University" → "seoul-national-university". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
