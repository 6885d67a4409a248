import { MEMBERSHIP_ROLES, ORGANIZATION_KINDS, type MembershipRole, type OrganizationKind } from '../../model/kinds';

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

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An id: letters, digits, dot, dash, underscore; at most 200 characters. */
export function checkId(field: string, value: string): string {
  const id = value.trim();
  if (!ID_PATTERN.test(id)) {
    throw new FieldError(field, `${field} "${value}" must be 1–200 letters, digits, ".", "-" or "_"`);
  }
  return id;
}

// Control characters (tab, newline, the C0 set and DEL) have no place in a name or a label; refusing them also
// keeps the import's packed batches (see importWrites.ts) unambiguous.

export function checkName(field: string, value: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > 500) {
    throw new FieldError(field, `${field} must be 1–500 characters, got ${name.length}`);
  }
  return checkNoControlCharacters(field, name);
}

export function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Free text (a category, a short name): any characters but control characters. */
export function checkNoControlCharacters(field: string, value: string): string {
  if (hasControlCharacter(value)) {
    throw new FieldError(field, `${field} "${value}" contains a control character (tab, newline or similar)`);
  }
  return value;
}

export function checkKind(field: string, value: string): OrganizationKind {
  const kind = value.trim().toUpperCase();
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
  const parts = DAY_PATTERN.exec(day);
  // Arithmetic rather than Date parsing: an import checks two days per row, hundreds of thousands of times.
  if (parts === null || !isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
    throw new FieldError(field, `${field} "${value}" is not a day written YYYY-MM-DD`);
  }
  return day;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
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
