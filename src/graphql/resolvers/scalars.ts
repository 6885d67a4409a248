import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDay, isWrittenAsDay } from '../../model/calendarDay';
import { badUserInput } from '../userInput';

/** Accepts only real calendar days written YYYY-MM-DD (so 2026-02-30 is refused). */
function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isWrittenAsDay(value)) {
    throw badUserInput(`Date must be a day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  if (!isCalendarDay(value)) throw badUserInput(`Date ${value} is not a calendar day`);
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day, written YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('Date must be a string written YYYY-MM-DD');
    return parseDay(ast.value);
  },
});
