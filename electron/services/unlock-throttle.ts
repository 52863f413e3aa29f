// A growing delay between unlock attempts on one vault (security.md: "a growing delay between
// attempts"). After the n-th failure in a row the next attempt waits 1 s, 2 s, 4 s … capped at
// 60 s; an attempt inside the delay is refused before the vault file is even read, so guessing
// costs time and never touches the vault. One attempt at a time per vault: two parallel
// guesses must not both slip through the same gap.
import path from 'node:path';
import { AppFailure } from '../../shared/result';
import type { Clock } from './clock';

export interface ThrottlePolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { baseMs: 1000, maxMs: 60_000 };

interface Attempts {
  failures: number;
  nextAllowedAt: number;
  inFlight: boolean;
}

/** Vault paths remembered at most; enough for any real desk, bounded against a hostile caller. */
const MAX_TRACKED = 256;

export function throttledFailure(retryAfterMs: number): AppFailure {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return AppFailure.of(
    'unlock-throttled',
    `Đã nhập sai nhiều lần. Hãy chờ ${seconds} giây rồi thử lại.`,
    `Too many wrong attempts. Wait ${seconds} seconds and try again.`,
    { retryAfterMs },
  );
}

export class UnlockThrottle {
  private readonly attempts = new Map<string, Attempts>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /** Milliseconds until the next attempt on this vault is accepted (0 = now). */
  retryAfterMs(vaultPath: string): number {
    const a = this.attempts.get(path.resolve(vaultPath));
    if (!a) return 0;
    return Math.max(0, a.nextAllowedAt - this.clock.now());
  }

  /**
   * Runs one attempt if the delay has passed; a failure whose code is `wrong-passphrase`
   * lengthens the delay (and carries it in retryAfterMs), a success clears it. Any other
   * failure (file missing, damaged) says nothing about the secret and leaves the count alone.
   */
  async attempt<T>(vaultPath: string, work: () => Promise<T>): Promise<T> {
    const key = path.resolve(vaultPath);
    const a = this.entry(key);
    const wait = Math.max(0, a.nextAllowedAt - this.clock.now());
    if (a.inFlight) throw throttledFailure(Math.max(wait, this.policy.baseMs));
    if (wait > 0) throw throttledFailure(wait);
    a.inFlight = true;
    try {
      const value = await work();
      this.attempts.delete(key);
      return value;
    } catch (e) {
      if (e instanceof AppFailure && e.error.code === 'wrong-passphrase') {
        a.failures += 1;
        const delay = Math.min(this.policy.maxMs, this.policy.baseMs * 2 ** (a.failures - 1));
        a.nextAllowedAt = this.clock.now() + delay;
        throw new AppFailure({ ...e.error, retryAfterMs: delay });
      }
      throw e;
    } finally {
      a.inFlight = false;
    }
  }

  private entry(key: string): Attempts {
    let a = this.attempts.get(key);
    if (!a) {
      if (this.attempts.size >= MAX_TRACKED) {
        const oldest = this.attempts.keys().next().value;
        if (oldest !== undefined) this.attempts.delete(oldest);
      }
      a = { failures: 0, nextAllowedAt: 0, inFlight: false };
      this.attempts.set(key, a);
    }
    return a;
  }
}
