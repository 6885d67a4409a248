import { checkDay, FieldError } from '../../src/edits/validation';
import { isCalendarDay } from '../../src/model/calendarDay';
import { parseNetworkOptions } from '../../src/network/networkOptions';
import { DateScalar } from '../../src/graphql/resolvers/scalars';

/** Every YYYY-MM-DD text of a year, valid or not (months 00–13, days 00–32). */
function candidateDays(year: number): string[] {
  const two = (n: number) => String(n).padStart(2, '0');
  const texts: string[] = [];
  for (let month = 0; month <= 13; month += 1) {
    for (let day = 0; day <= 32; day += 1) texts.push(`${year}-${two(month)}-${two(day)}`);
  }
  return texts;
}

/** The calendar's answer, from the platform's Date (the code under test does its own arithmetic). */
function isRealDay(text: string): boolean {
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

describe('checkDay', () => {
  it.each([1999, 2000, 2024, 2025, 2026, 2100])('accepts exactly the real days of %i', (year) => {
    for (const text of candidateDays(year)) {
      if (isRealDay(text)) expect(checkDay('since', text)).toBe(text);
      else expect(() => checkDay('since', text)).toThrow(FieldError);
    }
  });

  it('refuses what is not written YYYY-MM-DD, naming the field', () => {
    for (const text of ['2026-1-05', '26-01-05', '2026/01/05', '2026-01-05T00:00', 'tomorrow']) {
      expect(() => checkDay('until', text)).toThrow(`until "${text}" is not a day written YYYY-MM-DD`);
    }
  });
});

describe('isCalendarDay, the one day check of the Date scalar, the mutations, the importer and the network options', () => {
  it.each([1900, 2000, 2024, 2026])('answers as the calendar does for every YYYY-MM-DD text of %i', (year) => {
    for (const text of candidateDays(year)) expect(isCalendarDay(text)).toBe(isRealDay(text));
  });

  it('is what the Date scalar and the asOf option accept', () => {
    for (const text of candidateDays(2024)) {
      const scalar = () => DateScalar.parseValue(text);
      const option = () => parseNetworkOptions({ asOf: text });
      if (isRealDay(text)) {
        expect(scalar()).toBe(text);
        expect(option().asOf).toBe(text);
      } else {
        expect(scalar).toThrow(`Date ${text} is not a calendar day`);
        expect(option).toThrow(`asOf must be a calendar day written YYYY-MM-DD, got ${text}`);
      }
    }
  });
});
