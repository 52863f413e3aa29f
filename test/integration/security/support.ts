// What the security proofs share: temp folders cleaned up afterwards (mounts first), a vault
// factory with a cheap Argon2 for tests that do not test the KDF, the failure a call threw,
// "nothing was modified" as a comparison of file hashes, and byte scans for secrets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, expect } from 'vitest';
import { createVaultFactory, keysPathOf } from '../../../electron/services/vault';
import { readKeysFile, unwrapDek } from '../../../electron/services/vault/storage/key-slots';
import { AppFailure } from '../../../shared/result';

export const weakFactory = createVaultFactory({
  argon2: { memoryKiB: 256, iterations: 1, parallelism: 1 },
});
export const PASS = 'Mật khẩu kiểm thử an ninh – đủ dài 2025';
export const ORG = 'Bộ Ngoại giao';

const cleanups: (() => void)[] = [];
/** Runs at the end of the file, last registered first (so a mount goes before its folder). */
export const onCleanup = (fn: () => void) => cleanups.push(fn);
afterAll(() => {
  const errors: unknown[] = [];
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length > 0) throw errors[0];
});

export function tempDir(prefix = 'bd-sec-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function newVault(dir = tempDir(), name = 'kho.bdvault') {
  const file = path.join(dir, name);
  const { vault, recoveryKey } = await weakFactory.create(file, PASS, ORG);
  return { file, dir, vault, recoveryKey };
}

/** The AppFailure fn threw; fails the test if it threw something else or nothing. */
export async function failureOf(fn: () => unknown): Promise<AppFailure> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw new Error(`expected an AppFailure, got: ${String(e)}`, { cause: e });
  }
  throw new Error('expected an AppFailure, nothing was thrown');
}

/** A failure a user can read: a code and a message in both languages. */
export function expectBilingual(f: AppFailure): void {
  expect(f.error.message.vi.trim().length).toBeGreaterThan(0);
  expect(f.error.message.en.trim().length).toBeGreaterThan(0);
  expect(f.error.message.vi).not.toBe(f.error.message.en);
}

/** Name → sha256 of every file in dir (mtime too when asked). */
export function snapshot(dir: string, withTimes = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (!st.isFile()) continue;
    const hash = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    out[name] = withTimes ? `${hash}@${st.mtimeMs}` : hash;
  }
  return out;
}

/** The raw database key of a vault, for proving it is written nowhere. */
export async function dekOf(file: string, recoveryKey: string): Promise<Buffer> {
  return unwrapDek(readKeysFile(keysPathOf(file)), { recoveryKey });
}

/** The encodings a secret could take in a file: UTF-8 and UTF-16LE of each form given. */
export function encodings(...forms: string[]): { label: string; bytes: Buffer }[] {
  return [...new Set(forms)].flatMap((form) => [
    { label: `utf8:${form}`, bytes: Buffer.from(form, 'utf8') },
    { label: `utf16le:${form}`, bytes: Buffer.from(form, 'utf16le') },
  ]);
}

/** Every needle found in the bytes of file, as "file: label". */
export function hitsIn(file: string, needles: { label: string; bytes: Buffer }[]): string[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return []; // removed meanwhile (another test's temp file)
  }
  return needles.filter((n) => bytes.includes(n.bytes)).map((n) => `${file}: ${n.label}`);
}

/** Every regular file under dir (recursively); missing or unreadable entries are skipped. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Secret forms that must never appear in a message, a log line or a file name. */
export function containsAny(text: string, secrets: string[]): string[] {
  const lower = text.toLowerCase();
  return secrets.filter((s) => s.length > 0 && lower.includes(s.toLowerCase()));
}
