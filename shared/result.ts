// Errors cross the IPC boundary as values, never as thrown exceptions (Signal's rule), and
// every message a user can see comes in Vietnamese and English.
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-call'
  | 'forbidden'
  | 'locked'
  | 'no-vault'
  | 'vault-exists'
  | 'vault-not-found'
  | 'wrong-passphrase'
  | 'unlock-throttled'
  | 'vault-too-new'
  | 'vault-corrupt'
  | 'not-found'
  | 'conflict'
  | 'disk-full'
  | 'read-only'
  | 'io'
  // The window cannot reach its host (stopped, restarting): nothing was done, try again.
  | 'host-unreachable'
  | 'unsupported'
  | 'internal'
  // Packages between ministries (issue 4): each refusal has its own code and reason.
  | 'card-invalid'
  | 'package-too-large'
  | 'package-not-for-me'
  | 'package-corrupt'
  | 'package-unknown-sender'
  | 'package-revoked-sender'
  | 'package-bad-signature'
  | 'package-forwarded'
  | 'package-hash-mismatch'
  | 'package-replay'
  | 'package-expired'
  // Issue 11: a file the user chose is not replaced; one answer for every failure before the key.
  | 'file-exists'
  | 'cannot-open'
  | 'busy'
  // Issue 11: what a package claims must be what was verified.
  | 'package-sender-mismatch'
  | 'package-unsafe-attachment';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface AppError {
  code: ErrorCode;
  message: Bilingual;
  /** Field-level problems of a rejected input, for showing beside the field. */
  issues?: { path: string; message: string }[];
  /** For unlock-throttled: how long until the next attempt is accepted. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  vi: string,
  en: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message: { vi, en }, ...extra },
});

/** Thrown inside services, turned into a Result at the contract boundary. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message.en);
    this.name = 'AppFailure';
  }
  static of(
    code: ErrorCode,
    vi: string,
    en: string,
    extra: Omit<AppError, 'code' | 'message'> = {},
  ) {
    return new AppFailure({ code, message: { vi, en }, ...extra });
  }
}
