/**
 * Errors are values: every fallible operation in core/app returns a Result, and only the adapter
 * layer turns an error into a notice or an exit status.
 */
export type ErrorCode =
  | 'INVALID_ID'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'HTTP'
  | 'PARSE'
  | 'EXISTS'
  | 'IO'
  /** The action is refused by a rule of the reader's (the template gate, an invalid tag or rating). */
  | 'REFUSED';

export interface PdError {
  readonly code: ErrorCode;
  /** A sentence a reader can act on; shown as is in notices and CLI output. */
  readonly message: string;
}

export type Result<T, E = PdError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
