// The age STREAM's chunking (https://age-encryption.org/v1, "Payload"), shared by the sealer,
// its second lane and the opener: 64 KiB of plaintext a chunk, each sealed with
// ChaCha20-Poly1305 under a nonce that is the chunk's 11-byte big-endian counter and a flag
// byte set on the last chunk only.
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
