// The inner container of a package, inside the age layer: no ZIP (no paths, no links, no
// compression bombs), just a magic, a version and length-prefixed sections — the manifest,
// its signature, then each item's bytes in manifest order. Every length is checked against
// what remains before anything is allocated; trailing bytes are an error.
import { exchangeFailures } from './failures';

const MAGIC = Buffer.from('BDPK', 'latin1');
const VERSION = 1;
const MAX_MANIFEST = 8 * 1024 * 1024;
const MAX_SECTIONS = 20_002;

export interface Container {
  manifest: Buffer;
  signature: Buffer;
  items: Buffer[];
}

export function encodeContainer(c: Container): Buffer {
  const sections = [c.manifest, c.signature, ...c.items];
  const head = Buffer.alloc(MAGIC.length + 1 + 4);
  MAGIC.copy(head, 0);
  head[4] = VERSION;
  head.writeUInt32BE(sections.length, 5);
  const parts: Buffer[] = [head];
  for (const s of sections) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(s.length, 0);
    parts.push(len, s);
  }
  return Buffer.concat(parts);
}

export function decodeContainer(bytes: Buffer): Container {
  const bad = (why: string) =>
    exchangeFailures.corrupt(`gói bên trong: ${why} / inner container: ${why}`);
  if (bytes.length < 9 || !bytes.subarray(0, 4).equals(MAGIC)) throw bad('sai định dạng');
  if (bytes[4] !== VERSION) throw bad(`phiên bản ${bytes[4]} chưa hỗ trợ`);
  const count = bytes.readUInt32BE(5);
  if (count < 2 || count > MAX_SECTIONS) throw bad('số phần sai');
  let at = 9;
  const sections: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 4 > bytes.length) throw bad('bị cắt');
    const len = bytes.readUInt32BE(at);
    at += 4;
    if (len > bytes.length - at) throw bad('độ dài vượt quá dữ liệu');
    if (i === 0 && len > MAX_MANIFEST) throw bad('bản kê quá lớn');
    sections.push(bytes.subarray(at, at + len));
    at += len;
  }
  if (at !== bytes.length) throw bad('thừa dữ liệu ở cuối');
  return { manifest: sections[0]!, signature: sections[1]!, items: sections.slice(2) };
}
