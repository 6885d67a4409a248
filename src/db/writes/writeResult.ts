/**
 * What a write that can fail in an expected way answers: its value, or a coded failure that says
 * what to fix. Expected failures leave the graph unchanged (they are found before anything is written).
 */
export type WriteFailureCode = 'NOT_FOUND' | 'ALREADY_EXISTS' | 'INVALID_INPUT' | 'CONFLICT';

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

/** Turns a WriteRejected thrown by `work` into a failed result; anything else propagates. */
export async function catchRejection<T>(work: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return succeeded(await work());
  } catch (error) {
    if (error instanceof WriteRejected) return { ok: false, error: error.failure };
    throw error;
  }
}
