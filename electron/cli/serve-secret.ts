// `serve` keeps running for hours, and a process's environment stays readable in
// /proc/<pid>/environ for its whole life: BRIEFING_DESK_PASSPHRASE must not (issue 11). When
// it is set, serve re-executes itself (same pid, same terminal, same signals) with an
// environment that no longer has it. The passphrase crosses the exec sealed: AES-256-GCM under
// a one-time key written to a private file in memory-backed /dev/shm (else the temp folder);
// the new image reads the key, deletes the file, opens the seal and drops both variables. What
// is left in the environment is a ciphertext whose key no longer exists.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { writeFileAtomic } from '../services/files/atomic-file';
import { PASSPHRASE_ENV } from './passphrase';

const SEALED_ENV = 'BRIEFING_DESK_SEALED_PASSPHRASE';
const KEY_FILE_ENV = 'BRIEFING_DESK_SEALED_KEY_FILE';

const privateFolder = () => {
  const shm = '/dev/shm';
  const base = fs.existsSync(shm) ? shm : os.tmpdir();
  return fs.mkdtempSync(path.join(base, 'briefing-desk-'));
};

/**
 * If the passphrase is in the environment, replaces this process by itself without it (does
 * not return). Where the runtime cannot re-exec, the variable is at least deleted from
 * process.env, and the caller reads it first.
 */
export function reexecWithoutPassphrase(): void {
  const passphrase = process.env[PASSPHRASE_ENV];
  if (passphrase === undefined || typeof process.execve !== 'function') return;
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([
    iv,
    cipher.update(passphrase, 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  const folder = privateFolder();
  const keyFile = path.join(folder, 'key');
  writeFileAtomic(keyFile, key, 'never');
  key.fill(0);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && k !== PASSPHRASE_ENV) env[k] = v;
  env[SEALED_ENV] = sealed.toString('base64');
  env[KEY_FILE_ENV] = keyFile;
  try {
    process.execve(
      process.execPath,
      [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      env,
    );
  } catch {
    // The exec failed: nothing was replaced; fall back to reading the variable here.
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The passphrase handed over by reexecWithoutPassphrase, once; null if there is none. */
export function takeSealedPassphrase(): string | null {
  const sealedText = process.env[SEALED_ENV];
  const keyFile = process.env[KEY_FILE_ENV];
  delete process.env[SEALED_ENV];
  delete process.env[KEY_FILE_ENV];
  if (!sealedText || !keyFile) return null;
  let key: Buffer | null = null;
  try {
    key = fs.readFileSync(keyFile);
    const sealed = Buffer.from(sealedText, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(12, sealed.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  } finally {
    key?.fill(0);
    fs.rmSync(path.dirname(keyFile), { recursive: true, force: true });
  }
}
