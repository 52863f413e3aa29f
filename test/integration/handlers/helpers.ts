// Fixtures of the handler, host and CLI tests: a clock moved by hand, preferences in memory,
// a platform with a fixed "today", and desks over REAL encrypted vault files in temp folders
// (cheap Argon2 parameters: these tests are not about the KDF).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, expect } from 'vitest';
import type { Clock } from '../../../electron/services/clock';
import { createDesk, type Desk } from '../../../electron/services/desk';
import {
  DEFAULT_PREFERENCES,
  type Platform,
  type PreferenceStore,
  type Preferences,
} from '../../../electron/services/platform';
import { createVaultFactory } from '../../../electron/services/vault';
import type { VaultFactory } from '../../../electron/services/vault/types';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { AppError, Result } from '../../../shared/result';

export const PASS = 'mật khẩu thử nghiệm đủ dài';
export const ORG = 'Bộ Ngoại giao';

export const weakFactory = createVaultFactory({
  argon2: { memoryKiB: 256, iterations: 1, parallelism: 1 },
});

/** Counts how often the vault file is actually opened, to prove a refusal never touched it. */
export function countingFactory(
  inner: VaultFactory = weakFactory,
): VaultFactory & { opens: number } {
  const counted = {
    opens: 0,
    create: inner.create.bind(inner),
    restore: inner.restore.bind(inner),
    open: (p: string, s: Parameters<VaultFactory['open']>[1]) => {
      counted.opens += 1;
      return inner.open(p, s);
    },
  };
  return counted;
}

export class FakeClock implements Clock {
  private timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  constructor(public time = Date.UTC(2025, 8, 1, 8, 0, 0)) {}
  now(): number {
    return this.time;
  }
  setTimer(fn: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, fn, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }
  /** Moves time forward, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers
        .filter((t) => !t.cancelled && t.at <= end)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      due.cancelled = true;
      this.time = due.at;
      due.fn();
    }
    this.timers = this.timers.filter((t) => !t.cancelled);
    this.time = end;
  }
  pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }
}

export function memoryPreferences(
  initial: Partial<Preferences> = {},
): PreferenceStore & { writes: number } {
  let value: Preferences = { ...DEFAULT_PREFERENCES, recentVaults: [], ...initial };
  const store = {
    writes: 0,
    read: () => structuredClone(value),
    write: (next: Preferences) => {
      store.writes += 1;
      value = structuredClone(next);
    },
  };
  return store;
}

const dirs: string[] = [];
export function tempDir(prefix = 'bd-desk-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function testPlatform(over: Partial<Platform> = {}): Platform {
  return {
    host: 'browser',
    preferences: memoryPreferences(),
    defaultVaultFolder: tempDir('bd-home-'),
    keychain: null,
    chooseFile: null,
    today: () => '2025-09-15',
    ...over,
  };
}

export interface TestDesk extends Desk {
  clock: FakeClock;
  platform: Platform;
  factory: VaultFactory & { opens: number };
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
  /** The value of a call that must succeed. */
  ok<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  /** The error of a call that must fail. */
  failure(name: CallName, input: unknown): Promise<AppError>;
}

const desks: Desk[] = [];
afterEach(() => {
  for (const d of desks.splice(0)) d.session.dispose();
});

export function testDesk(platformOver: Partial<Platform> = {}): TestDesk {
  const clock = new FakeClock();
  const platform = testPlatform(platformOver);
  const factory = countingFactory();
  const desk = createDesk({ platform, factory, clock });
  desks.push(desk);
  const call = <N extends CallName>(name: N, input: CallInput<N>) =>
    desk.dispatch(name, input) as Promise<Result<CallOutput<N>>>;
  return {
    ...desk,
    clock,
    platform,
    factory,
    call,
    async ok(name, input) {
      const r = await call(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message.en}`);
      return r.value;
    },
    async failure(name, input) {
      const r = await desk.dispatch(name, input);
      expect(r.ok, `${name} should have failed`).toBe(false);
      return (r as { ok: false; error: AppError }).error;
    },
  };
}

/** Name → sha256@mtime of every file in dir: "nothing was modified" is a comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (st.isFile())
      out[name] = `${createHash('sha256').update(fs.readFileSync(p)).digest('hex')}@${st.mtimeMs}`;
  }
  return out;
}

type UnlockSecret = { passphrase: string } | { keychain: true };

/** Unlocks `file` on `desk` with `secret`, its token minted as the open dialog mints it. */
export function unlockVault(desk: TestDesk, file: string, secret: UnlockSecret) {
  return desk.ok('vault.unlock', { file: desk.session.files.mint('open-vault', file), ...secret });
}

/** The error of an unlock of `file` that must be refused (a wrong secret, a wait, no keychain). */
export function unlockRefused(desk: TestDesk, file: string, secret: UnlockSecret) {
  return desk.failure('vault.unlock', {
    file: desk.session.files.mint('open-vault', file),
    ...secret,
  });
}

/** A vault with the sample data, locked again: for a CLI process to open in its folder. */
export async function lockedSampleVault() {
  const made = await deskWithVault();
  await made.desk.ok('sample.create', {});
  made.desk.session.lock();
  return made;
}

/** Creates a vault at `file` with the tests' passphrase, as the create form does; it stays open. */
export function createVault(desk: TestDesk, file: string, organisation = ORG) {
  return desk.ok('vault.create', {
    file: desk.session.files.mint('create-vault', file),
    passphrase: PASS,
    organisation,
  });
}

/** A desk with a new vault (unlocked) of `organisation`, named `name`, in a fresh temp folder. */
export async function deskWithVault(
  platformOver: Partial<Platform> = {},
  { organisation = ORG, name = 'kho.bdvault' } = {},
) {
  const desk = testDesk(platformOver);
  const dir = tempDir();
  const file = path.join(dir, name);
  const created = await createVault(desk, file, organisation);
  return { desk, dir, file, recoveryKey: created.recoveryKey };
}

/** A desk whose vault was made and then locked: where the unlock and throttle tests start. */
export async function deskWithLockedVault(...args: Parameters<typeof deskWithVault>) {
  const made = await deskWithVault(...args);
  made.desk.session.lock();
  return made;
}
