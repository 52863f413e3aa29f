// The age payload (https://age-encryption.org/v1, "Payload"): a 16-byte nonce, then the
// plaintext in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under a key derived from the
// file key and that nonce; a chunk's nonce is its 11-byte big-endian counter and a flag byte
// set on the last chunk only, so reordering, dropping or appending chunks all fail. Only an
// empty payload ends in an empty chunk.
//
// Both directions stream (issue: bounded resources): encryption takes the plaintext as a
// sequence of sources (buffers, files) and writes each sealed chunk at its place; decryption
// reads sealed chunks by offset and hands each one's plaintext on, in order, only once its tag
// has been verified. Which chunk is the last follows from the sizes, known before the first byte:
// the plaintext's when sealing, the file's when opening. The payload key is imported once as
// a KeyObject: a raw key would be re-imported for every chunk's cipher, ten times the cost of
// creating it. Dead chunk buffers are collected every 4 MiB (young-garbage.ts). A large
// payload is encrypted (seal-ring.ts) and decrypted (open-ring.ts) on two threads.
import { createSecretKey, randomBytes } from 'node:crypto';
import { exchangeFailures } from '../failures';
import {
  asBuffer,
  forEachPiece,
  readFileInto,
  type ByteSource,
  type CipherSource,
} from '../byte-source';
import { TAG } from './aead';
import { hkdf } from './header';
import { SEALED_CHUNK, chunkCount, chunkNonce, openChunk } from './chunk-format';
import { OpenRing, payloadAltered } from './open-ring';
import { leaseLane } from './seal-lane';
import { LANE_FROM_BYTES, SealRing, type PayloadSink } from './seal-ring';

export type { PayloadSink } from './seal-ring';
import { CHUNKS_BETWEEN_COLLECTIONS, collectDeadChunks } from './young-garbage';

export { CHUNK } from './chunk-format';
const NONCE = 16;

/** Bytes of the encrypted payload for a plaintext of this length. */
export const payloadLength = (plainLength: number): number =>
  NONCE + plainLength + chunkCount(plainLength) * TAG;

/**
 * Bytes known only once everything before them was encrypted (the package's manifest, which
 * holds the hashes of the items that precede it), whose length is known from the start: the
 * last chunk's flag depends on the total. A `later` that returns another length is refused.
 */
export interface Later {
  later: () => Uint8Array;
}

/** A source with the length it was measured at (what the manifest says of it). */
export interface SizedSource {
  source: ByteSource | Later;
  length: number;
  /** Sees every piece as it is encrypted (an item's hash, computed on the one read of it). */
  seen?: (piece: Buffer) => void;
}

function laterBytes({ later }: Later, length: number): Uint8Array {
  const bytes = later();
  if (bytes.length !== length)
    throw new Error(`age: a later source gave ${bytes.length} bytes, ${length} were announced`);
  return bytes;
}

/**
 * Encrypts the sources, read as one byte string, into `sink`: the nonce at offset 0, then each
 * chunk's ciphertext and tag at its place. Holds a ring of 64 KiB chunks; each source is read
 * once, and its `seen` sees the pieces on that one read, in order.
 */
export function encryptPayload(
  fileKey: Uint8Array,
  sources: readonly SizedSource[],
  sink: PayloadSink,
): void {
  const total = sources.reduce((n, s) => n + s.length, 0);
  const nonce = randomBytes(NONCE);
  sink.writeAt([nonce], 0);
  const rawKey = hkdf(fileKey, nonce, 'payload');
  const ring = new SealRing(createSecretKey(rawKey), rawKey, chunkCount(total), total, sink, NONCE);
  rawKey.fill(0);
  try {
    for (const { source, length, seen } of sources) {
      if (!(source instanceof Uint8Array) && 'file' in source) {
        // Read straight into the ring's slots, seen there.
        readFileInto(
          source.file,
          length,
          (max) => ring.room(max),
          (read) => {
            ring.took(read.length);
            if (seen) forEachPiece(read, seen);
          },
        );
        continue;
      }
      const bytes = asBuffer('later' in source ? laterBytes(source, length) : source);
      if (bytes.length !== length)
        throw new Error('age: a source is not the length it was measured at');
      forEachPiece(bytes, (piece) => {
        seen?.(piece);
        ring.add(piece);
      });
    }
    ring.finish();
  } finally {
    ring.releaseLane();
  }
}

/** The plaintext length of a payload of this many bytes, or null if no payload has that size. */
export function plainLengthOf(payloadBytes: number): number | null {
  if (payloadBytes < NONCE + TAG) return null;
  const body = payloadBytes - NONCE;
  const chunks = Math.ceil(body / SEALED_CHUNK);
  const lastSealed = body - (chunks - 1) * SEALED_CHUNK;
  if (lastSealed < TAG) return null;
  return body - chunks * TAG;
}

/**
 * Decrypts the payload that starts at `at` in `src`, calling `begin` with the plaintext length
 * and then `each` with every chunk's plaintext once that chunk's tag has been verified. Any
 * bad, missing or extra chunk is 'package-corrupt' — and may come after earlier chunks were
 * handed on, so a caller keeps nothing it was given until this returns.
 */
export function decryptPayload(
  fileKey: Uint8Array,
  src: CipherSource,
  at: number,
  begin: (plainLength: number) => void,
  each: (plain: Buffer) => void,
): void {
  const truncated = () => exchangeFailures.corrupt('dữ liệu bị cắt / truncated payload');
  const plainLength = plainLengthOf(src.size - at);
  if (plainLength === null) throw truncated();
  const body = src.size - at - NONCE;
  const chunks = Math.ceil(body / SEALED_CHUNK);
  if (body - (chunks - 1) * SEALED_CHUNK === TAG && chunks > 1)
    throw exchangeFailures.corrupt('khối cuối rỗng / empty final chunk');
  const nonce = Buffer.from(src.read(at, NONCE));
  if (nonce.length < NONCE) throw truncated();
  const rawKey = hkdf(fileKey, nonce, 'payload');
  const key = createSecretKey(rawKey);
  // A large payload is decrypted on two threads (open-ring.ts), handed on in order all the same.
  const lane = plainLength >= LANE_FROM_BYTES ? leaseLane(rawKey, null, true) : null;
  rawKey.fill(0);
  begin(plainLength);
  let pos = at + NONCE;
  if (lane) {
    new OpenRing(key, lane, src, pos, chunks).run(each);
    if (src.longerThanSize()) throw payloadAltered();
    return;
  }
  for (let i = 0; i < chunks; i++) {
    const want = Math.min(SEALED_CHUNK, src.size - pos);
    const sealed = src.read(pos, want);
    // A file that shrank while it was read.
    if (sealed.length < want) throw payloadAltered();
    pos += want;
    const plain = openChunk(key, chunkNonce(i, i === chunks - 1), sealed);
    if (plain === null) throw payloadAltered();
    each(plain);
    if ((i + 1) % CHUNKS_BETWEEN_COLLECTIONS === 0) collectDeadChunks();
  }
  // A file that grew while it was read: the flagged last chunk is no longer the end.
  if (src.longerThanSize()) throw payloadAltered();
}
