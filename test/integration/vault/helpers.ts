// Shared fixtures of the vault tests: real encrypted vault files in a fresh temp folder, and
// the valid domain inputs of test/fixtures/records.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import { createVaultFactory } from '../../../electron/services/vault';
import { AppFailure, type ErrorCode } from '../../../shared/result';

/** Cheap Argon2 for tests that do not test the KDF (the default is 64 MiB, t = 3). */
export const weakFactory = createVaultFactory({
  argon2: { memoryKiB: 256, iterations: 1, parallelism: 1 },
});

export const PASS = 'mật khẩu thử nghiệm đủ dài';
export const ORG = 'Bộ Ngoại giao';

const dirs: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-vault-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export async function newVault(name = 'kho.bdvault') {
  const file = path.join(tempDir(), name);
  const { vault, recoveryKey } = await weakFactory.create(file, PASS, ORG);
  return { file, vault, recoveryKey };
}

/** Runs fn and returns the AppFailure code it threw (fails the test if it did not throw one). */
export async function failureCode(fn: () => unknown): Promise<ErrorCode> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppFailure) return e.error.code;
    throw e;
  }
  throw new Error('expected an AppFailure, nothing was thrown');
}

export async function failureOf(fn: () => unknown): Promise<AppFailure> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected an AppFailure, nothing was thrown');
}

/** Name → sha256 and mtime of every file in dir: "nothing was modified" is a comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    out[name] = `${createHash('sha256').update(fs.readFileSync(p)).digest('hex')}@${st.mtimeMs}`;
  }
  return out;
}

export { directive, indicator, meeting, observation } from '../../fixtures/records';
