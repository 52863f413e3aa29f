// The recovery key: 160 random bits shown once, to print and keep, as 8 groups of 4 Crockford
// base32 characters (no I, L, O, U: nothing to misread on paper). What a user types back is
// normalised — case, spaces and dashes ignored, O read as 0 and I/L as 1 — before decoding.
import { randomBytes } from 'node:crypto';
import { failures } from '../failures';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const CHARS = (RECOVERY_KEY_BYTES * 8) / 5; // 32
const GROUP = 4;

function encode(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/** A fresh recovery key: its raw bytes (for wrapping, zero them after) and its printed form. */
export function generateRecoveryKey(): { bytes: Buffer; display: string } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  const chars = encode(bytes);
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return { bytes, display: groups.join('-') };
}

/** Decodes what the user typed; a malformed key is an input error, not a wrong key. */
export function parseRecoveryKey(typed: string): Buffer {
  const cleaned = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CHARS) throw failures.malformedRecoveryKey();
  const out = Buffer.alloc(RECOVERY_KEY_BYTES);
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const ch of cleaned) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw failures.malformedRecoveryKey();
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}
