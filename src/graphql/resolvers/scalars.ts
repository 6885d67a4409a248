import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../userInput';

/** Accepts only real calendar days written YYYY-MM-DD (so 2026-02-30 is refused). */
function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw badUserInput(`Date must be a day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`Date ${value} is not a calendar day`);
  }
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
