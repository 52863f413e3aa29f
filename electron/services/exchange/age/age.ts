// age v1 (https://age-encryption.org/v1) with X25519 recipients, on node:crypto. The outer
// layer of a package must open with the standard `age` tool, and node's native X25519, HKDF
// and ChaCha20-Poly1305 keep sealing close to the CLI's speed (the JS library is ~6× slower).
//
//   header:  "age-encryption.org/v1\n"
//            "-> X25519 <ephemeral share>\n<wrapped file key>\n"   (one stanza per recipient)
//            "--- <HMAC-SHA256 of the header>\n"
//   payload: 16-byte nonce, then STREAM: 64 KiB chunks of ChaCha20-Poly1305, the nonce of each
//            an 11-byte big-endian counter and a last-chunk flag.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { exchangeFailures } from '../failures';
import { bech32Decode, bech32Encode } from './bech32';

const VERSION_LINE = 'age-encryption.org/v1';
const CHUNK = 64 * 1024;
const TAG = 16;
const MAX_HEADER = 64 * 1024;
const MAX_STANZAS = 200;
const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'age-secret-key-';
const X25519_INFO = 'age-encryption.org/v1/X25519';

// DER wrappings of raw 32-byte X25519 keys, so node:crypto can use them as KeyObjects.
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

/** Standard base64 without padding, as age writes it; refuses padding and non-canonical ends. */
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64').replace(/=+$/, '');
function unb64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64');
  return b64(bytes) === text ? bytes : null;
}

const hkdf = (ikm: Uint8Array, salt: Uint8Array, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));

function seal(key: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Buffer {
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG) return null;
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    return null;
  }
}

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

/** The 32 public bytes of an `age1…` recipient, or null. */
export function parseRecipient(recipient: string): Uint8Array | null {
  const d = bech32Decode(recipient);
  return d &&
    d.hrp === RECIPIENT_HRP &&
    d.data.length === 32 &&
    recipient === recipient.toLowerCase()
    ? d.data
    : null;
}

function parseIdentity(identity: string): Uint8Array | null {
  const d = bech32Decode(identity);
  return d && d.hrp === IDENTITY_HRP && d.data.length === 32 && identity === identity.toUpperCase()
    ? d.data
    : null;
}

/** The recipient of an identity (the public key of the private one). */
export function recipientOf(identity: string): string {
  const raw = parseIdentity(identity);
  if (!raw) throw new Error('not an age identity');
  return bech32Encode(RECIPIENT_HRP, rawPublic(createPublicKey(privateKeyOf(raw))));
}

function x25519Stanza(fileKey: Uint8Array, recipient: Uint8Array): string {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const share = rawPublic(publicKey);
  const shared = diffieHellman({ privateKey, publicKey: publicKeyOf(recipient) });
  const wrapKey = hkdf(shared, Buffer.concat([share, recipient]), X25519_INFO);
  const body = seal(wrapKey, Buffer.alloc(12), fileKey);
  return `-> X25519 ${b64(share)}\n${b64(body)}\n`;
}

const headerMacKey = (fileKey: Uint8Array) => hkdf(fileKey, Buffer.alloc(0), 'header');

function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(counter, 5, 6); // 11-byte counter; 2^48 chunks is far beyond any package
  n[11] = last ? 1 : 0;
  return n;
}

/** Encrypts to every recipient: any one of their identities opens the result. */
export function encryptAge(plain: Uint8Array, recipients: readonly string[]): Buffer {
  if (recipients.length === 0 || recipients.length > MAX_STANZAS)
    throw new Error('age: 1 to 200 recipients');
  const keys = recipients.map((r) => {
    const raw = parseRecipient(r);
    if (!raw) throw new Error(`age: not an X25519 recipient: ${r.slice(0, 12)}…`);
    return raw;
  });
  const fileKey = randomBytes(16);
  const head = `${VERSION_LINE}\n${keys.map((k) => x25519Stanza(fileKey, k)).join('')}---`;
  const mac = createHmac('sha256', headerMacKey(fileKey)).update(head).digest();
  const nonce = randomBytes(16);
  const payloadKey = hkdf(fileKey, nonce, 'payload');
  const chunks = Math.max(1, Math.ceil(plain.length / CHUNK));
  const out: Buffer[] = [Buffer.from(`${head} ${b64(mac)}\n`, 'latin1'), nonce];
  for (let i = 0; i < chunks; i++) {
    const part = plain.subarray(i * CHUNK, Math.min(plain.length, (i + 1) * CHUNK));
    out.push(seal(payloadKey, chunkNonce(i, i === chunks - 1), part));
  }
  return Buffer.concat(out);
}

interface Stanza {
  type: string;
  args: string[];
  body: Buffer;
}

/** The header's stanzas, its MAC and where the payload starts; strict, bounded. */
function parseHeader(bytes: Uint8Array): {
  stanzas: Stanza[];
  macInput: Buffer;
  mac: Buffer;
  payloadAt: number;
} {
  const corrupt = exchangeFailures.corrupt;
  const limit = Math.min(bytes.length, MAX_HEADER);
  let at = 0;
  const line = (): string => {
    const end = Buffer.from(bytes.buffer, bytes.byteOffset, limit).indexOf(0x0a, at);
    if (end < 0) throw corrupt('tiêu đề không kết thúc / unterminated header');
    const text = Buffer.from(bytes.subarray(at, end)).toString('latin1');
    if (!/^[\x20-\x7e]*$/.test(text))
      throw corrupt('ký tự lạ trong tiêu đề / bad header character');
    at = end + 1;
    return text;
  };
  if (line() !== VERSION_LINE) throw corrupt('không phải định dạng age v1 / not age v1');
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = at;
    const l = line();
    if (l.startsWith('--- ')) {
      const mac = unb64(l.slice(4));
      if (!mac || mac.length !== 32) throw corrupt('mã xác thực tiêu đề sai / bad header MAC');
      return { stanzas, macInput: Buffer.from(bytes.subarray(0, start + 3)), mac, payloadAt: at };
    }
    if (!l.startsWith('-> ')) throw corrupt('dòng tiêu đề sai / bad header line');
    const args = l.slice(3).split(' ');
    if (args.some((a) => a.length === 0)) throw corrupt('tham số rỗng / empty stanza argument');
    const parts: Buffer[] = [];
    for (;;) {
      const b = line();
      const decoded = unb64(b);
      if (b.length > 64 || !decoded) throw corrupt('thân khối khóa sai / bad stanza body');
      parts.push(decoded);
      if (b.length < 64) break;
    }
    if (stanzas.length >= MAX_STANZAS) throw corrupt('quá nhiều người nhận / too many stanzas');
    stanzas.push({ type: args[0]!, args: args.slice(1), body: Buffer.concat(parts) });
  }
}

function unwrapX25519(stanza: Stanza, identity: KeyObject, identityPublic: Buffer): Buffer | null {
  if (stanza.type !== 'X25519') return null;
  const share = stanza.args.length === 1 ? unb64(stanza.args[0]!) : null;
  if (!share || share.length !== 32 || stanza.body.length !== 32)
    throw exchangeFailures.corrupt('khối X25519 sai / bad X25519 stanza');
  const shared = diffieHellman({ privateKey: identity, publicKey: publicKeyOf(share) });
  if (shared.every((b) => b === 0))
    throw exchangeFailures.corrupt('khóa chung bằng 0 / all-zero shared secret');
  const wrapKey = hkdf(shared, Buffer.concat([share, identityPublic]), X25519_INFO);
  return open(wrapKey, Buffer.alloc(12), stanza.body);
}

/** Decrypts with one identity; 'package-not-for-me' when no stanza is addressed to it. */
export function decryptAge(cipher: Uint8Array, identity: string): Buffer {
  const raw = parseIdentity(identity);
  if (!raw) throw new Error('age: not an X25519 identity');
  const priv = privateKeyOf(raw);
  const pub = rawPublic(createPublicKey(priv));
  const { stanzas, macInput, mac, payloadAt } = parseHeader(cipher);
  let fileKey: Buffer | null = null;
  for (const s of stanzas) {
    fileKey = unwrapX25519(s, priv, pub);
    if (fileKey) break;
  }
  if (!fileKey || fileKey.length !== 16) throw exchangeFailures.notForMe();
  const expected = createHmac('sha256', headerMacKey(fileKey)).update(macInput).digest();
  if (!timingSafeEqual(expected, mac))
    throw exchangeFailures.corrupt('tiêu đề bị sửa / header altered');
  if (cipher.length < payloadAt + 16 + TAG)
    throw exchangeFailures.corrupt('thiếu dữ liệu / truncated');
  const payloadKey = hkdf(fileKey, cipher.subarray(payloadAt, payloadAt + 16), 'payload');
  const body = cipher.subarray(payloadAt + 16);
  const sealedChunk = CHUNK + TAG;
  const chunks = Math.max(1, Math.ceil(body.length / sealedChunk));
  const out: Buffer[] = [];
  for (let i = 0; i < chunks; i++) {
    const part = body.subarray(i * sealedChunk, Math.min(body.length, (i + 1) * sealedChunk));
    const last = i === chunks - 1;
    const plain = open(payloadKey, chunkNonce(i, last), part);
    if (!plain)
      throw exchangeFailures.corrupt('dữ liệu bị sửa hoặc bị cắt / payload altered or truncated');
    // Only an empty file may end in an empty chunk (the spec forbids a trailing empty chunk).
    if (last && plain.length === 0 && i > 0)
      throw exchangeFailures.corrupt('khối cuối rỗng / empty final chunk');
    out.push(plain);
  }
  return Buffer.concat(out);
}
