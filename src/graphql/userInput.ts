import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

export const MAX_PAGE_SIZE = 1000;

/** A client mistake: BAD_USER_INPUT with a message that says what is allowed. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/** Checks a page size argument against 1..MAX_PAGE_SIZE. */
export function pageSize(name: string, value: number | null | undefined, fallback: number): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** Checks a count argument is at least `min`. */
export function atLeast(name: string, value: number | null | undefined, min: number, fallback: number): number {
  const count = value ?? fallback;
  if (!Number.isInteger(count) || count < min) throw badUserInput(`${name} must be at least ${min}, got ${count}`);
  return count;
}
