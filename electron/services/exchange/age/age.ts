// age v1 (https://age-encryption.org/v1) with X25519 recipients, on node:crypto. The outer
// layer of a package must open with the standard `age` tool, and node's native X25519, HKDF
// and ChaCha20-Poly1305 keep sealing close to the CLI's speed (the JS library is ~6× slower).
//
//   header:  "age-encryption.org/v1\n"
//            "-> X25519 <ephemeral share>\n<wrapped file key>\n"   (one stanza per recipient)
//            "--- <HMAC-SHA256 of the header>\n"                    (header.ts, x25519.ts)
//   payload: 16-byte nonce, then STREAM: 64 KiB ChaCha20-Poly1305 chunks   (stream.ts)
//
// Files are sealed and opened streaming, 64 KiB at a time; the in-memory functions are the
// same code over a buffer, kept for small values and for tests.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { writeFileAtomicAt } from '../../files/atomic-file';
import type { WriteMode } from '../../files/atomic-file';
import {
  bufferCipherSource,
  fileCipherSource,
  sourceLength,
  type ByteSource,
  type CipherSource,
} from '../byte-source';
import { exchangeFailures } from '../failures';
import { MAX_HEADER, MAX_STANZAS, formatHeader, headerMac, parseHeader } from './header';
import { decryptPayload, encryptPayload, payloadLength, type SizedSource } from './stream';
import { loadIdentity, parseRecipient, unwrapFileKey, wrapForRecipient } from './x25519';

export {
  generateAgeIdentity,
  parseIdentity,
  parseRecipient,
  recipientOf,
  type AgeKeyPair,
} from './x25519';

/** The header for a fresh file key wrapped to every recipient. */
function sealHeader(recipients: readonly string[]): { header: Buffer; fileKey: Buffer } {
  if (recipients.length === 0 || recipients.length > MAX_STANZAS)
    throw new Error(`age: 1 to ${MAX_STANZAS} recipients`);
  const keys = recipients.map((r) => {
    const raw = parseRecipient(r);
    if (!raw) throw new Error(`age: not an X25519 recipient: ${r.slice(0, 12)}…`);
    return raw;
  });
  const fileKey = randomBytes(16);
  const header = formatHeader(
    keys.map((k) => wrapForRecipient(fileKey, k)),
    fileKey,
  );
  return { header, fileKey };
}

/** Buffers and files are measured; sized sources (lazy ones, hashed ones) pass as they are. */
const sized = (parts: readonly (ByteSource | SizedSource)[]): SizedSource[] =>
  parts.map((p) =>
    p instanceof Uint8Array || 'file' in p ? { source: p, length: sourceLength(p) } : p,
  );

/**
 * Encrypts to every recipient: any one of their identities opens the result. `plain` may be
 * given as several parts, encrypted as their concatenation without building it.
 */
export function encryptAge(
  plain: Uint8Array | readonly (ByteSource | SizedSource)[],
  recipients: readonly string[],
): Buffer {
  const sources = sized(plain instanceof Uint8Array ? [plain] : plain);
  const { header, fileKey } = sealHeader(recipients);
  const total = sources.reduce((n, s) => n + s.length, 0);
  const out = Buffer.allocUnsafe(header.length + payloadLength(total));
  header.copy(out, 0);
  encryptPayload(fileKey, sources, {
    writeAt: (parts, at) => {
      let to = header.length + at;
      for (const p of parts) to += p.copy(out, to);
    },
    file: null,
  });
  return out;
}

/**
 * Encrypts the concatenation of `parts` (buffers, files read 64 KiB at a time) into the file
 * `target`, written chunk by chunk to a temp file beside it and renamed into place ('never':
 * an existing file is refused as 'file-exists'). Memory stays at a few pieces whatever the size.
 * Each chunk is written at its place by the thread that sealed it (seal-ring.ts).
 */
export function encryptAgeToFile(
  parts: readonly (ByteSource | SizedSource)[],
  recipients: readonly string[],
  target: string,
  mode: WriteMode = 'never',
): void {
  const sources = sized(parts);
  const { header, fileKey } = sealHeader(recipients);
  writeFileAtomicAt(
    target,
    (file) => {
      file.writeAt([header], 0);
      encryptPayload(fileKey, sources, {
        writeAt: (bytes, at) => file.writeAt(bytes, header.length + at),
        reached: (end) => file.reached(header.length + end),
        file: { path: file.path, payloadAt: header.length },
      });
    },
    mode,
  );
}

/** What a streaming decryption hands on: the plaintext length first, then verified chunks. */
export interface PlainSink {
  begin(plainLength: number): void;
  data(plain: Buffer): void;
}

/**
 * Decrypts with one identity: 'package-not-for-me' when no stanza opens with it,
 * 'package-corrupt' for anything malformed, an altered header or a bad, missing or extra
 * chunk. Chunks reach `sink` as they are verified; a failure can follow earlier chunks.
 */
export function decryptAgeFrom(src: CipherSource, identity: string, sink: PlainSink): void {
  const me = loadIdentity(identity);
  // The header parser never looks past MAX_HEADER bytes; a copy, as the source reuses its buffer.
  const header = parseHeader(Buffer.from(src.read(0, Math.min(src.size, MAX_HEADER))));
  const fileKey = unwrapFileKey(header.stanzas, me);
  if (!fileKey) throw exchangeFailures.notForMe();
  if (!timingSafeEqual(headerMac(fileKey, header.macInput), header.mac))
    throw exchangeFailures.corrupt('tiêu đề bị sửa / header altered');
  decryptPayload(
    fileKey,
    src,
    header.payloadAt,
    (n) => sink.begin(n),
    (p) => sink.data(p),
  );
}

/** Decrypts a file read 64 KiB at a time (see decryptAgeFrom). */
export function decryptAgeFile(file: string, identity: string, sink: PlainSink): void {
  const fd = fs.openSync(file, 'r');
  try {
    decryptAgeFrom(fileCipherSource(fd), identity, sink);
  } finally {
    fs.closeSync(fd);
  }
}

/** The whole plaintext of an age file in memory (small values; tests). */
export function decryptAge(cipher: Uint8Array, identity: string): Buffer {
  let out = Buffer.alloc(0);
  let at = 0;
  decryptAgeFrom(bufferCipherSource(cipher), identity, {
    begin: (n) => {
      out = Buffer.allocUnsafe(n);
    },
    data: (p) => {
      at += p.copy(out, at);
    },
  });
  return out;
}
