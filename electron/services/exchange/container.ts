// The inner container of a package, inside the age layer: no ZIP (no paths, no links, no
// compression bombs), just a magic, a version and length-prefixed sections:
//
//   "BDPK" | version u8 | section count u32 BE | (length u32 BE | bytes) × count
//
// the sections being the manifest, its Ed25519 signature, then each item's bytes in manifest
// order. The decoder allocates nothing: every count and length is checked against fixed limits
// and against what remains before it is used, sections are views of the input, and trailing
// bytes are an error.
import { MAX_ITEMS } from '../../../shared/exchange/manifest';
import { exchangeFailures } from './failures';
import { MAX_MANIFEST_BYTES } from './manifest';

const MAGIC = Buffer.from('BDPK', 'latin1');
const VERSION = 1;
const HEAD = MAGIC.length + 1 + 4;
export const SIGNATURE_BYTES = 64;
const MAX_SECTIONS = MAX_ITEMS + 2;

export interface Container {
  manifest: Uint8Array;
  signature: Uint8Array;
  items: readonly Uint8Array[];
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
};

/** Sections at least this large stay views of the caller's bytes; smaller ones are copied together. */
const VIEW_FROM = 64 * 1024;

/**
 * The container as a list of buffers to encrypt or concatenate. Large items are not copied;
 * small sections (length prefixes, the manifest, records of a few KB) are gathered into shared
 * buffers, so that encrypting a thousand records is not a thousand tiny cipher calls.
 */
export function containerParts(c: Container): Uint8Array[] {
  const sections = [c.manifest, c.signature, ...c.items];
  const head = Buffer.alloc(HEAD);
  MAGIC.copy(head, 0);
  head[4] = VERSION;
  head.writeUInt32BE(sections.length, 5);
  const parts: Uint8Array[] = [];
  let small: Uint8Array[] = [head];
  for (const s of sections) {
    small.push(u32(s.length));
    if (s.length < VIEW_FROM) small.push(s);
    else {
      parts.push(Buffer.concat(small), s);
      small = [];
    }
  }
  if (small.length > 0) parts.push(Buffer.concat(small));
  return parts;
}

export const encodeContainer = (c: Container): Buffer => Buffer.concat(containerParts(c));

export function decodeContainer(bytes: Uint8Array): Container {
  const bad = (vi: string, en: string) =>
    exchangeFailures.corrupt(`gói bên trong: ${vi} / inner container: ${en}`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HEAD || !buf.subarray(0, 4).equals(MAGIC))
    throw bad('sai định dạng', 'not a package');
  if (buf[4] !== VERSION)
    throw bad(`phiên bản ${buf[4]} chưa hỗ trợ`, `version ${buf[4]} is not supported`);
  const count = buf.readUInt32BE(5);
  if (count < 2 || count > MAX_SECTIONS) throw bad('số phần sai', 'bad section count');
  // Each section needs at least its 4-byte length: a count the bytes cannot hold is refused
  // before the loop runs.
  if (count * 4 > buf.length - HEAD) throw bad('bị cắt', 'truncated');
  let at = HEAD;
  const sections: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 4 > buf.length) throw bad('bị cắt', 'truncated');
    const len = buf.readUInt32BE(at);
    at += 4;
    if (len > buf.length - at) throw bad('độ dài vượt quá dữ liệu', 'length beyond the data');
    if (i === 0 && len > MAX_MANIFEST_BYTES) throw bad('bản kê quá lớn', 'manifest too large');
    if (i === 1 && len !== SIGNATURE_BYTES) throw bad('chữ ký sai độ dài', 'bad signature length');
    sections.push(buf.subarray(at, at + len));
    at += len;
  }
  if (at !== buf.length) throw bad('thừa dữ liệu ở cuối', 'trailing bytes');
  return { manifest: sections[0]!, signature: sections[1]!, items: sections.slice(2) };
}
