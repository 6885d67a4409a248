import { WriteConflictError } from '../errors';
import type { MutationErrorCode } from '../graphql/generated/resolvers';
import { FieldError } from './validation';

/**
 * What a write that can fail in an expected way answers: its value, or a coded failure that says
 * what to fix. Expected failures leave the graph unchanged (they are found before anything is written).
 * The codes are the schema's MutationErrorCode (generated from schema/*.graphql), so a code added there is one here.
 */
export type WriteFailureCode = MutationErrorCode;

export interface WriteFailure {
  code: WriteFailureCode;
  message: string;
  /** The input field at fault, when there is one. */
  field: string | null;
}

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: WriteFailure };

export const succeeded = <T>(value: T): WriteResult<T> => ({ ok: true, value });

export const failed = <T = never>(
  code: WriteFailureCode,
  message: string,
  field: string | null = null,
): WriteResult<T> => ({
  ok: false,
  error: { code, message, field },
});

/** Thrown inside a write transaction to roll it back and answer the failure as data. */
export class WriteRejected extends Error {
  constructor(readonly failure: WriteFailure) {
    super(failure.message);
    this.name = 'WriteRejected';
  }
}

/** Runs a field check, turning its FieldError into an INVALID_INPUT rejection. */
export function validated<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof FieldError) {
      throw new WriteRejected({ code: 'INVALID_INPUT', message: error.message, field: error.field });
    }
    throw error;
  }
}

/** What a write answers when another transaction kept it from finishing (after the driver's retries). */
export const CONFLICT_MESSAGE =
  'another write changed the same organisations at the same time (an import or a merge) and this one could not ' +
  'finish; nothing was written, try again';

/**
 * Turns a WriteRejected thrown by `work` into a failed result, and a WriteConflictError (a lock held past the
 * timeout, a deadlock left after retries) into CONFLICT: both leave the graph unchanged. Anything else propagates.
 */
export async function catchRejection<T>(work: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return succeeded(await work());
  } catch (error) {
    if (error instanceof WriteRejected) return { ok: false, error: error.failure };
    if (error instanceof WriteConflictError) return failed('CONFLICT', CONFLICT_MESSAGE);
    throw error;
  }
}
