// age's X25519 recipient type (https://age-encryption.org/v1, "The X25519 recipient type"):
// keys as Bech32 (`age1…` recipients, `AGE-SECRET-KEY-1…` identities, upper case), and the
// stanza that wraps a file key for one recipient with an ephemeral key agreement. node:crypto
// does the curve work; the raw 32-byte keys are wrapped in fixed DER prefixes to become
// KeyObjects.
import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { exchangeFailures } from '../failures';
import { bech32Decode, bech32Encode } from './bech32';
import { aeadOpen, aeadSeal } from './aead';
import { b64, hkdf, unb64, type Stanza } from './header';

const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'age-secret-key-';
const STANZA_TYPE = 'X25519';
const INFO = 'age-encryption.org/v1/X25519';
const ZERO_NONCE = Buffer.alloc(12);

const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');

const publicKeyOf = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
const privateKeyOf = (raw: Uint8Array): KeyObject =>
  createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
const rawPublic = (k: KeyObject): Buffer =>
  k.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
const rawPrivate = (k: KeyObject): Buffer =>
  k.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);

export interface AgeKeyPair {
  /** `AGE-SECRET-KEY-1…`: the private half, kept only inside the encrypted vault. */
  identity: string;
  /** `age1…`: the public half, printed on the identity card. */
  recipient: string;
}

export function generateAgeIdentity(): AgeKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  return {
    identity: bech32Encode(IDENTITY_HRP, rawPrivate(privateKey)).toUpperCase(),
    recipient: bech32Encode(RECIPIENT_HRP, rawPublic(publicKey)),
  };
}

/** The 32 public bytes of an `age1…` recipient (lower case, as age prints it), or null. */
export function parseRecipient(recipient: string): Uint8Array | null {
  const d = bech32Decode(recipient);
  return d &&
    d.hrp === RECIPIENT_HRP &&
    d.data.length === 32 &&
    recipient === recipient.toLowerCase()
    ? d.data
    : null;
}

/** The 32 secret bytes of an `AGE-SECRET-KEY-1…` identity (upper case), or null. */
export function parseIdentity(identity: string): Uint8Array | null {
  const d = bech32Decode(identity);
  return d && d.hrp === IDENTITY_HRP && d.data.length === 32 && identity === identity.toUpperCase()
    ? d.data
    : null;
}

/** The recipient of an identity (the public key of the private one). */
export function recipientOf(identity: string): string {
  const raw = parseIdentity(identity);
  if (!raw) throw new Error('not an age X25519 identity');
  return bech32Encode(RECIPIENT_HRP, rawPublic(createPublicKey(privateKeyOf(raw))));
}

/** One stanza: a fresh ephemeral key for every recipient of every file, as the spec demands. */
export function wrapForRecipient(fileKey: Uint8Array, recipient: Uint8Array): Stanza {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const share = rawPublic(publicKey);
  const shared = diffieHellman({ privateKey, publicKey: publicKeyOf(recipient) });
  const wrapKey = hkdf(shared, Buffer.concat([share, recipient]), INFO);
  return { args: [STANZA_TYPE, b64(share)], body: aeadSeal(wrapKey, ZERO_NONCE, fileKey) };
}

/** An identity ready to try against stanzas (the key is decoded once per file, not per stanza). */
export interface X25519Identity {
  key: KeyObject;
  publicRaw: Buffer;
}

export function loadIdentity(identity: string): X25519Identity {
  const raw = parseIdentity(identity);
  if (!raw) throw new Error('not an age X25519 identity');
  const key = privateKeyOf(raw);
  return { key, publicRaw: rawPublic(createPublicKey(key)) };
}

/**
 * The file key from the first X25519 stanza this identity opens, or null when none does.
 * Stanzas of other types are skipped; a malformed X25519 stanza makes the whole file corrupt
 * (the spec's MUST: wrong argument count, non-canonical or wrong-size share, body not 32
 * bytes, an all-zero shared secret).
 */
export function unwrapFileKey(stanzas: readonly Stanza[], me: X25519Identity): Buffer | null {
  const corrupt = () => exchangeFailures.corrupt('khối X25519 sai / bad X25519 stanza');
  for (const s of stanzas) {
    if (s.args[0] !== STANZA_TYPE) continue;
    const share = s.args.length === 2 ? unb64(s.args[1]!) : null;
    if (!share || share.length !== 32 || s.body.length !== 32) throw corrupt();
    let shared: Buffer;
    try {
      shared = diffieHellman({ privateKey: me.key, publicKey: publicKeyOf(share) });
    } catch {
      // OpenSSL refuses low-order points itself (the all-zero result) — same refusal as below.
      throw corrupt();
    }
    if (shared.every((b) => b === 0)) throw corrupt();
    const wrapKey = hkdf(shared, Buffer.concat([share, me.publicRaw]), INFO);
    const fileKey = aeadOpen(wrapKey, ZERO_NONCE, s.body);
    if (fileKey) return fileKey;
  }
  return null;
}
