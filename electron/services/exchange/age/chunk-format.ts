// The age STREAM's chunking (https://age-encryption.org/v1, "Payload"), shared by the sealer,
// its second lane and the opener: 64 KiB of plaintext a chunk, each sealed with
// ChaCha20-Poly1305 under a nonce that is the chunk's 11-byte big-endian counter and a flag
// byte set on the last chunk only.
import { createDecipheriv, type KeyObject } from 'node:crypto';
import { TAG } from './aead';

export const CHUNK = 64 * 1024;
export const SEALED_CHUNK = CHUNK + TAG;

/** Chunks for a plaintext of this length (an empty one is one empty chunk). */
export const chunkCount = (plainLength: number) => Math.max(1, Math.ceil(plainLength / CHUNK));

export function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  // The 11-byte counter's top bytes stay zero: 2^32 chunks would be a 256 TiB file.
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/**
 * The plaintext of one sealed chunk (ciphertext then tag) under the payload key, or null when
 * its tag does not verify. The one opener of a chunk on this side of the lane (stream.ts, and
 * open-ring.ts when it decrypts a chunk itself).
 */
export function openChunk(key: KeyObject, nonce: Buffer, sealed: Buffer): Buffer | null {
  const body = sealed.length - TAG;
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(body));
  const plain = d.update(sealed.subarray(0, body));
  try {
    d.final();
  } catch {
    return null;
  }
  return plain;
}
