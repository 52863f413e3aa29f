// A second, deliberately plain writer of age files for tests, straight from the spec and
// node:crypto, sharing no code with the reader under test. It lets a test write headers the
// real writer never would — odd stanzas, too many of them, huge bodies — with a correct MAC,
// so that the reader's refusal is about the header's shape and not about the MAC.
import {
  createCipheriv,
  createHmac,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { parseRecipient } from '../../../electron/services/exchange/age/age';

const key = (ikm: Uint8Array, salt: Uint8Array, info: string) =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
const raw64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/=+$/, '');

function chacha(k: Uint8Array, nonce: Uint8Array, plain: Uint8Array): Buffer {
  const c = createCipheriv('chacha20-poly1305', k, nonce, { authTagLength: 16 });
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

/** Base64 wrapped at 64 columns, always ending with a shorter (maybe empty) line. */
export function wrapBody(body: Uint8Array): string {
  const text = raw64(body);
  const lines: string[] = text.match(/.{1,64}/g) ?? [];
  if (text.length % 64 === 0) lines.push('');
  return lines.join('\n');
}

/** The text of an X25519 stanza wrapping `fileKey` for an `age1…` recipient. */
export function x25519Stanza(fileKey: Uint8Array, recipient: string): string {
  const them = Buffer.from(parseRecipient(recipient)!);
  const eph = generateKeyPairSync('x25519');
  const share = eph.publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  const shared = diffieHellman({
    privateKey: eph.privateKey,
    publicKey: createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), them]),
      format: 'der',
      type: 'spki',
    }),
  });
  const wrap = key(shared, Buffer.concat([share, them]), 'age-encryption.org/v1/X25519');
  return `-> X25519 ${raw64(share)}\n${wrapBody(chacha(wrap, Buffer.alloc(12), fileKey))}\n`;
}

/** A whole age file from stanza texts, with a correct MAC and STREAM payload. */
export function buildAgeFile(
  fileKey: Uint8Array,
  stanzas: readonly string[],
  plain: Uint8Array,
): Buffer {
  const head = Buffer.from(`age-encryption.org/v1\n${stanzas.join('')}---`, 'latin1');
  const mac = createHmac('sha256', key(fileKey, Buffer.alloc(0), 'header'))
    .update(head)
    .digest();
  const nonce = randomBytes(16);
  const payloadKey = key(fileKey, nonce, 'payload');
  const chunks: Buffer[] = [];
  const count = Math.max(1, Math.ceil(plain.length / 65536));
  for (let i = 0; i < count; i++) {
    const n = Buffer.alloc(12);
    n.writeUInt32BE(i, 7);
    n[11] = i === count - 1 ? 1 : 0;
    chunks.push(chacha(payloadKey, n, plain.subarray(i * 65536, (i + 1) * 65536)));
  }
  return Buffer.concat([head, Buffer.from(` ${raw64(mac)}\n`, 'latin1'), nonce, ...chunks]);
}
