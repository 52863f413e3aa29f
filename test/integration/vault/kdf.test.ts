// The passphrase KDF has two implementations (node:crypto's argon2, hash-wasm in a worker for
// runtimes whose crypto lacks it). A vault made under one must open under the other.
import crypto, { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  argon2idNative,
  deriveArgon2id,
  DEFAULT_ARGON2,
  nativeArgon2Available,
} from '../../../electron/services/vault/storage/kdf';
import { argon2idWasm } from '../../../electron/services/vault/storage/argon2-wasm';
import { createVaultFactory } from '../../../electron/services/vault';
import path from 'node:path';
import { tempDir } from './helpers';

const password = Buffer.from('mật khẩu', 'utf8');

describe('Argon2id', () => {
  it('gives the same key natively and in the WASM worker at the default cost', async () => {
    const salt = randomBytes(16);
    const native = await argon2idNative(password, salt, DEFAULT_ARGON2);
    const wasm = await argon2idWasm(password, salt, DEFAULT_ARGON2);
    expect(native).toHaveLength(32);
    expect(wasm.equals(native)).toBe(true);
  });

  it('depends on the salt and the password', async () => {
    const params = { memoryKiB: 1024, iterations: 2, parallelism: 1 };
    const salt = randomBytes(16);
    const a = await deriveArgon2id(password, salt, params);
    expect((await deriveArgon2id(password, randomBytes(16), params)).equals(a)).toBe(false);
    expect((await deriveArgon2id(Buffer.from('mật khẩU'), salt, params)).equals(a)).toBe(false);
    expect((await deriveArgon2id(password, salt, params, 'wasm')).equals(a)).toBe(true);
  });

  it('opens with the WASM engine a vault created with the native one', async () => {
    const params = { memoryKiB: 1024, iterations: 2, parallelism: 1 };
    const file = path.join(tempDir(), 'kdf.bdvault');
    const { vault } = await createVaultFactory({ argon2: params, engine: 'native' }).create(
      file,
      'một hai ba',
      'Bộ Y tế',
    );
    vault.close();
    const reopened = await createVaultFactory({ argon2: params, engine: 'wasm' }).open(file, {
      passphrase: 'một hai ba',
    });
    expect(reopened.organisation).toBe('Bộ Y tế');
    reopened.close();
  });

  // Last in this file: the fallback, once taken, stays taken for the process.
  it('falls back to the worker when the runtime crypto refuses Argon2 (Electron BoringSSL)', async () => {
    const params = { memoryKiB: 1024, iterations: 2, parallelism: 1 };
    const salt = randomBytes(16);
    const expected = await argon2idNative(password, salt, params);
    const holder = crypto as unknown as { argon2: unknown };
    const original = holder.argon2;
    holder.argon2 = (_a: unknown, _p: unknown, cb: (e: Error) => void) =>
      cb(new Error('Unsupported algorithm'));
    try {
      expect(nativeArgon2Available()).toBe(true);
      expect((await deriveArgon2id(password, salt, params)).equals(expected)).toBe(true);
      expect(nativeArgon2Available()).toBe(false);
    } finally {
      holder.argon2 = original;
    }
  });
});
