// The age payload (https://age-encryption.org/v1, "Payload"): a 16-byte nonce, then the
// plaintext in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under a key derived from the
// file key and that nonce; a chunk's nonce is its 11-byte big-endian counter and a flag byte
// set on the last chunk only, so reordering, dropping or appending chunks all fail. Only an
// empty payload ends in an empty chunk.
//
// Speed matters (packages run to hundreds of MB, and the target is within 3× of the age CLI):
// the output is allocated once at its exact size and each chunk's ciphertext is copied straight
// into it, and the input may be several buffers (a container's sections) read as one string,
// so nothing is concatenated first. The payload key is imported once as a KeyObject: a raw
// key would be re-imported for every chunk's cipher, ten times the cost of creating it.
import { createCipheriv, createDecipheriv, createSecretKey, randomBytes } from 'node:crypto';
import { exchangeFailures } from '../failures';
import { TAG } from './aead';
import { hkdf } from './header';

export const CHUNK = 64 * 1024;
const NONCE = 16;
const SEALED_CHUNK = CHUNK + TAG;

const chunkCount = (plainLength: number) => Math.max(1, Math.ceil(plainLength / CHUNK));

/** Bytes of the encrypted payload for a plaintext of this length. */
export const payloadLength = (plainLength: number): number =>
  NONCE + plainLength + chunkCount(plainLength) * TAG;

function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  // The 11-byte counter's top bytes stay zero: 2^32 chunks would be a 256 TiB file.
  n.writeUInt32BE(counter, 7);
  n[11] = last ? 1 : 0;
  return n;
}

/** Encrypts `parts`, read as one byte string, into `out` at `at` (payloadLength bytes). */
export function encryptPayload(
  fileKey: Uint8Array,
  parts: readonly Uint8Array[],
  out: Buffer,
  at: number,
): void {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const nonce = randomBytes(NONCE);
  at += nonce.copy(out, at);
  const key = createSecretKey(hkdf(fileKey, nonce, 'payload'));
  const chunks = chunkCount(total);
  let part = 0;
  let offset = 0;
  for (let i = 0; i < chunks; i++) {
    const c = createCipheriv('chacha20-poly1305', key, chunkNonce(i, i === chunks - 1), {
      authTagLength: TAG,
    });
    let need = Math.min(CHUNK, total - i * CHUNK);
    while (need > 0) {
      const p = parts[part]!;
      const take = Math.min(need, p.length - offset);
      if (take > 0) at += c.update(p.subarray(offset, offset + take)).copy(out, at);
      offset += take;
      need -= take;
      if (offset === p.length) {
        part++;
        offset = 0;
      }
    }
    c.final();
    at += c.getAuthTag().copy(out, at);
  }
}

/** The plaintext of a payload, all or nothing: any bad, missing or extra chunk is corrupt. */
export function decryptPayload(fileKey: Uint8Array, payload: Uint8Array): Buffer {
  const truncated = () => exchangeFailures.corrupt('dữ liệu bị cắt / truncated payload');
  if (payload.length < NONCE + TAG) throw truncated();
  const key = createSecretKey(hkdf(fileKey, payload.subarray(0, NONCE), 'payload'));
  const body = payload.subarray(NONCE);
  const chunks = Math.ceil(body.length / SEALED_CHUNK);
  const lastSealed = body.length - (chunks - 1) * SEALED_CHUNK;
  if (lastSealed < TAG) throw truncated();
  if (lastSealed === TAG && chunks > 1)
    throw exchangeFailures.corrupt('khối cuối rỗng / empty final chunk');
  const out = Buffer.allocUnsafe(body.length - chunks * TAG);
  let at = 0;
  for (let i = 0; i < chunks; i++) {
    const sealed = body.subarray(i * SEALED_CHUNK, Math.min(body.length, (i + 1) * SEALED_CHUNK));
    const d = createDecipheriv('chacha20-poly1305', key, chunkNonce(i, i === chunks - 1), {
      authTagLength: TAG,
    });
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    const plain = d.update(sealed.subarray(0, sealed.length - TAG));
    try {
      d.final();
    } catch {
      throw exchangeFailures.corrupt(
        'dữ liệu bị sửa, bị cắt hoặc thừa / payload altered, truncated or extended',
      );
    }
    at += plain.copy(out, at);
  }
  return out;
}
