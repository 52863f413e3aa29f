// age v1 (https://age-encryption.org/v1) with X25519 recipients, on node:crypto. The outer
// layer of a package must open with the standard `age` tool, and node's native X25519, HKDF
// and ChaCha20-Poly1305 keep sealing close to the CLI's speed (the JS library is ~6× slower).
//
//   header:  "age-encryption.org/v1\n"
//            "-> X25519 <ephemeral share>\n<wrapped file key>\n"   (one stanza per recipient)
//            "--- <HMAC-SHA256 of the header>\n"                    (header.ts, x25519.ts)
//   payload: 16-byte nonce, then STREAM: 64 KiB ChaCha20-Poly1305 chunks   (stream.ts)
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { exchangeFailures } from '../failures';
import { MAX_STANZAS, formatHeader, headerMac, parseHeader } from './header';
import { decryptPayload, encryptPayload, payloadLength } from './stream';
import { loadIdentity, parseRecipient, unwrapFileKey, wrapForRecipient } from './x25519';

export {
  generateAgeIdentity,
  parseIdentity,
  parseRecipient,
  recipientOf,
  type AgeKeyPair,
} from './x25519';

/**
 * Encrypts to every recipient: any one of their identities opens the result. `plain` may be
 * given as several buffers, encrypted as their concatenation without building it.
 */
export function encryptAge(
  plain: Uint8Array | readonly Uint8Array[],
  recipients: readonly string[],
): Buffer {
  if (recipients.length === 0 || recipients.length > MAX_STANZAS)
    throw new Error(`age: 1 to ${MAX_STANZAS} recipients`);
  const keys = recipients.map((r) => {
    const raw = parseRecipient(r);
    if (!raw) throw new Error(`age: not an X25519 recipient: ${r.slice(0, 12)}…`);
    return raw;
  });
  const parts = plain instanceof Uint8Array ? [plain] : plain;
  const fileKey = randomBytes(16);
  const header = formatHeader(
    keys.map((k) => wrapForRecipient(fileKey, k)),
    fileKey,
  );
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = Buffer.allocUnsafe(header.length + payloadLength(total));
  header.copy(out, 0);
  encryptPayload(fileKey, parts, out, header.length);
  return out;
}

/**
 * Decrypts with one identity: 'package-not-for-me' when no stanza opens with it,
 * 'package-corrupt' for anything malformed, an altered header or a bad, missing or extra chunk.
 */
export function decryptAge(cipher: Uint8Array, identity: string): Buffer {
  const me = loadIdentity(identity);
  const header = parseHeader(cipher);
  const fileKey = unwrapFileKey(header.stanzas, me);
  if (!fileKey) throw exchangeFailures.notForMe();
  if (!timingSafeEqual(headerMac(fileKey, header.macInput), header.mac))
    throw exchangeFailures.corrupt('tiêu đề bị sửa / header altered');
  return decryptPayload(fileKey, cipher.subarray(header.payloadAt));
}
