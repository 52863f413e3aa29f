// The textual header of an age v1 file (https://age-encryption.org/v1, "Header"), written and
// read exactly as the spec's ABNF says: a version line, one or more stanzas
// ("-> arg arg…" then a base64 body wrapped at 64 columns, ending with a shorter line), and a
// MAC line. The reader is strict and bounded: it looks at no more than MAX_HEADER bytes, holds
// at most MAX_STANZAS stanzas, and refuses padding, non-canonical base64, CR, empty arguments
// and anything outside printable ASCII — a lenient reader is how two implementations end up
// disagreeing about what a file says.
import { createHmac, hkdfSync } from 'node:crypto';
import { exchangeFailures } from '../failures';

export const VERSION_LINE = 'age-encryption.org/v1';
export const MAX_HEADER = 64 * 1024;
export const MAX_STANZAS = 200;
const COLUMNS = 64;

export interface Stanza {
  /** The arguments of the `->` line; the first names the recipient type. */
  args: string[];
  body: Buffer;
}

export interface ParsedHeader {
  stanzas: Stanza[];
  /** The bytes the MAC covers: everything up to and including `---`. */
  macInput: Buffer;
  mac: Buffer;
  /** Where the binary payload starts. */
  payloadAt: number;
}

/** Standard base64 without padding, as age writes it. */
export const b64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('base64')
    .replace(/=+$/, '');

/** Canonical unpadded base64 only (the spec says decoders MUST refuse anything else), or null. */
export function unb64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64');
  return b64(bytes) === text ? bytes : null;
}

export const hkdf = (ikm: Uint8Array, salt: Uint8Array, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));

export const headerMac = (fileKey: Uint8Array, macInput: Uint8Array): Buffer =>
  createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
    .update(macInput)
    .digest();

function stanzaText(s: Stanza): string {
  const body = b64(s.body);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += COLUMNS) lines.push(body.slice(i, i + COLUMNS));
  // The body always ends with a line shorter than 64 columns, empty if need be.
  if (body.length % COLUMNS === 0) lines.push('');
  return `-> ${s.args.join(' ')}\n${lines.join('\n')}\n`;
}

/** The complete header, MAC line included, for stanzas that wrap `fileKey`. */
export function formatHeader(stanzas: readonly Stanza[], fileKey: Uint8Array): Buffer {
  const head = Buffer.from(`${VERSION_LINE}\n${stanzas.map(stanzaText).join('')}---`, 'latin1');
  return Buffer.concat([head, Buffer.from(` ${b64(headerMac(fileKey, head))}\n`, 'latin1')]);
}

const PRINTABLE = /^[\x20-\x7e]*$/;

/** Parses the header at the start of `bytes`; anything off-spec is 'package-corrupt'. */
export function parseHeader(bytes: Uint8Array): ParsedHeader {
  const corrupt = exchangeFailures.corrupt;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MAX_HEADER));
  let at = 0;
  const line = (): string => {
    const end = view.indexOf(0x0a, at);
    if (end < 0)
      throw corrupt(
        view.length === MAX_HEADER
          ? 'tiêu đề quá dài / header too long'
          : 'tiêu đề không kết thúc / unterminated header',
      );
    const text = view.toString('latin1', at, end);
    if (!PRINTABLE.test(text)) throw corrupt('ký tự lạ trong tiêu đề / bad header character');
    at = end + 1;
    return text;
  };

  if (line() !== VERSION_LINE) throw corrupt('không phải định dạng age v1 / not age v1');
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = at;
    const l = line();
    if (l.startsWith('---')) {
      if (stanzas.length === 0) throw corrupt('không có người nhận / no recipient stanza');
      const mac = l.startsWith('--- ') ? unb64(l.slice(4)) : null;
      if (!mac || mac.length !== 32) throw corrupt('mã xác thực tiêu đề sai / bad header MAC');
      return { stanzas, macInput: Buffer.from(view.subarray(0, start + 3)), mac, payloadAt: at };
    }
    if (!l.startsWith('-> ')) throw corrupt('dòng tiêu đề sai / bad header line');
    const args = l.slice(3).split(' ');
    if (args.some((a) => a.length === 0)) throw corrupt('tham số rỗng / empty stanza argument');
    if (stanzas.length >= MAX_STANZAS) throw corrupt('quá nhiều người nhận / too many stanzas');
    const parts: Buffer[] = [];
    for (;;) {
      const b = line();
      const decoded = b.length <= COLUMNS ? unb64(b) : null;
      if (!decoded) throw corrupt('thân khối khóa sai / bad stanza body');
      parts.push(decoded);
      if (b.length < COLUMNS) break;
    }
    stanzas.push({ args, body: Buffer.concat(parts) });
  }
}
