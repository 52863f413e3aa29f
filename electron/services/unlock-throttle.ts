// A growing delay between unlock attempts on one vault (security.md: "a growing delay between
// attempts"). After the n-th failure in a row the next attempt waits 1 s, 2 s, 4 s … capped at
// 60 s; an attempt inside the delay is refused before the vault's key slots are tried, so
// guessing costs time. The count belongs to the VAULT, not to a process or a path (issue 11):
// it is keyed by the vault id read from the keys file and stored beside the keys
// (`X.bdvault.attempts`), so the CLI, the browser host and Electron share it, and a symlink, a
// `..` spelling or a restart do not reset it. One attempt at a time per vault in a process.
import fs from 'node:fs';
import { z } from 'zod';
import { AppFailure } from '../../shared/result';
import type { Clock } from './clock';
import { writeFileAtomic } from './files/atomic-file';
import { realPathOf } from './files/same-file';
import { keysPathOf, readKeysFile } from './vault/storage/key-slots';

export interface ThrottlePolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { baseMs: 1000, maxMs: 60_000 };

interface Attempts {
  failures: number;
  nextAllowedAt: number;
}

const stored = z.object({
  vaultId: z.string().max(64),
  failures: z.number().int().min(0).max(1_000_000),
  nextAllowedAt: z.number().finite(),
});

/** The failure count's file, beside the keys of the vault at this real path. */
export const attemptsPathOf = (realVaultPath: string) => `${realVaultPath}.attempts`;

export function throttledFailure(retryAfterMs: number): AppFailure {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return AppFailure.of(
    'unlock-throttled',
    `Đã nhập sai nhiều lần. Hãy chờ ${seconds} giây rồi thử lại.`,
    `Too many wrong attempts. Wait ${seconds} seconds and try again.`,
    { retryAfterMs },
  );
}

/** Which vault a path names: its id from the keys file, else (no keys) its real path. */
function identify(vaultPath: string): { key: string; file: string | null } {
  const real = realPathOf(vaultPath);
  try {
    return { key: readKeysFile(keysPathOf(real)).vaultId, file: attemptsPathOf(real) };
  } catch {
    // Not openable anyway ('cannot-open', which does not count): nothing to store.
    return { key: `path:${real}`, file: null };
  }
}

function readStored(file: string, vaultId: string): Attempts | null {
  try {
    if (fs.statSync(file).size > 4096) return null;
    const parsed = stored.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success && parsed.data.vaultId === vaultId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Best effort: a read-only folder keeps the count in this process only. */
function writeStored(file: string, vaultId: string, a: Attempts | null): void {
  try {
    if (a === null) fs.rmSync(file, { force: true });
    else writeFileAtomic(file, JSON.stringify({ vaultId, ...a }), 'replace');
  } catch {
    // The in-memory count still holds for this process.
  }
}

export class UnlockThrottle {
  private readonly memory = new Map<string, Attempts>();
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /** Milliseconds until the next attempt on this vault is accepted (0 = now). */
  retryAfterMs(vaultPath: string): number {
    const { key, file } = identify(vaultPath);
    return Math.max(0, this.current(key, file).nextAllowedAt - this.clock.now());
  }

  /**
   * Runs one attempt if the delay has passed; a failure whose code is `wrong-passphrase`
   * lengthens the delay (and carries it in retryAfterMs), a success clears it. Any other
   * failure (file missing, damaged) says nothing about the secret and leaves the count alone.
   */
  async attempt<T>(vaultPath: string, work: () => Promise<T>): Promise<T> {
    const { key, file } = identify(vaultPath);
    const a = this.current(key, file);
    const wait = Math.max(0, a.nextAllowedAt - this.clock.now());
    if (this.inFlight.has(key)) throw throttledFailure(Math.max(wait, this.policy.baseMs));
    if (wait > 0) throw throttledFailure(wait);
    this.inFlight.add(key);
    try {
      const value = await work();
      this.memory.delete(key);
      if (file) writeStored(file, key, null);
      return value;
    } catch (e) {
      if (e instanceof AppFailure && e.error.code === 'wrong-passphrase') {
        // Re-read: another process may have counted failures while this attempt ran.
        const latest = this.current(key, file);
        const failures = latest.failures + 1;
        const delay = Math.min(
          this.policy.maxMs,
          this.policy.baseMs * 2 ** Math.min(failures - 1, 30),
        );
        const next = { failures, nextAllowedAt: this.clock.now() + delay };
        this.memory.set(key, next);
        if (file) writeStored(file, key, next);
        throw new AppFailure({ ...e.error, retryAfterMs: delay });
      }
      throw e;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** The larger of what this process counted and what is stored beside the keys. */
  private current(key: string, file: string | null): Attempts {
    const mine = this.memory.get(key) ?? { failures: 0, nextAllowedAt: 0 };
    const theirs = file ? readStored(file, key) : null;
    if (!theirs) return mine;
    return {
      failures: Math.max(mine.failures, theirs.failures),
      nextAllowedAt: Math.max(mine.nextAllowedAt, theirs.nextAllowedAt),
    };
  }
}
