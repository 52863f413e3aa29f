// Passphrase → key-encryption key with Argon2id. node:crypto's argon2 (Node ≥ 24.7) runs in
// libuv's thread pool; where it is missing or refuses (Electron's BoringSSL build), the same
// function is computed by hash-wasm in a worker. Both give identical bytes for identical
// inputs (tested), so a vault made under one opens under the other.
import crypto from 'node:crypto';
import { argon2idWasm } from './argon2-wasm';

export interface Argon2Params {
  /** Memory cost in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** security.md: at least 64 MiB, t = 3. Stored per slot, so a later release can raise it. */
export const DEFAULT_ARGON2: Readonly<Argon2Params> = Object.freeze({
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 1,
});

export type KdfEngine = 'native' | 'wasm';

type NativeArgon2 = (
  algorithm: 'argon2id',
  parameters: {
    message: Uint8Array;
    nonce: Uint8Array;
    parallelism: number;
    tagLength: number;
    memory: number;
    passes: number;
  },
  callback: (err: Error | null, key: Buffer) => void,
) => void;

const nativeArgon2 = (): NativeArgon2 | null => {
  const fn = (crypto as unknown as { argon2?: unknown }).argon2;
  return typeof fn === 'function' ? (fn as NativeArgon2) : null;
};

/** Set once native argon2 has failed at run time, so later derivations go straight to WASM. */
let nativeBroken = false;

export function nativeArgon2Available(): boolean {
  return !nativeBroken && nativeArgon2() !== null;
}

export function argon2idNative(
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Buffer> {
  const argon2 = nativeArgon2();
  if (!argon2) return Promise.reject(new Error('crypto.argon2 is not available in this runtime'));
  return new Promise((resolve, reject) => {
    argon2(
      'argon2id',
      {
        message: password,
        nonce: salt,
        parallelism: params.parallelism,
        tagLength: 32,
        memory: params.memoryKiB,
        passes: params.iterations,
      },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** A 32-byte Argon2id key; engine forces one implementation (tests compare the two). */
export async function deriveArgon2id(
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2Params,
  engine?: KdfEngine,
): Promise<Buffer> {
  if (engine === 'wasm') return argon2idWasm(password, salt, params);
  if (engine === 'native') return argon2idNative(password, salt, params);
  if (nativeArgon2Available()) {
    try {
      return await argon2idNative(password, salt, params);
    } catch {
      // The parameters are ours and valid, so a failure here means the runtime's crypto
      // cannot do Argon2 (BoringSSL stubs): fall back for good.
      nativeBroken = true;
    }
  }
  return argon2idWasm(password, salt, params);
}
