/** A day written YYYY-MM-DD: the shape every date of the API, the importer and the exports takes. */
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `text` is written YYYY-MM-DD, whether or not it is a real day. */
export const isWrittenAsDay = (text: string): boolean => DAY_PATTERN.test(text);

/**
 * Whether `text` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). The one check of the Date scalar,
 * the mutations, the importer and the network options. Arithmetic rather than Date parsing: an import checks two
 * days per row, hundreds of thousands of times.
 */
export function isCalendarDay(text: string): boolean {
  const parts = DAY_PATTERN.exec(text);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}
