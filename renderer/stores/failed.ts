// A store action's answer to a failed call, written once: the error goes to the store's `error`,
// where the page's ErrorMessage shows it, and the action stops there
// (`if (failed(r, set)) return false;`); past that line the call's value is at hand.
import type { AppError, Result } from '../../shared/result';

export function failed<T>(
  r: Result<T>,
  set: (patch: { error: AppError }) => void,
): r is { ok: false; error: AppError } {
  if (!r.ok) set({ error: r.error });
  return !r.ok;
}
