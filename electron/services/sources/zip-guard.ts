// A .docx is a zip. Before handing one to the converter, its central directory is read to see
// what it would expand to: a zip bomb dressed as a report (a few KB that inflate to gigabytes)
// is refused by its declared sizes and ratios, without inflating anything.

export const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 10_000;

export type ZipVerdict =
  { ok: true } | { ok: false; reason: 'not-zip' | 'bomb' | 'zip64' | 'too-many' };

export function inspectZip(bytes: Uint8Array): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50)
    return { ok: false, reason: 'not-zip' };
  // End of central directory: the last 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not-zip' };
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (entries > MAX_ENTRIES) return { ok: false, reason: 'too-many' };
  let pos = cdOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (pos + 46 > bytes.length || view.getUint32(pos, true) !== 0x02014b50)
      return { ok: false, reason: 'not-zip' };
    const compressed = view.getUint32(pos + 20, true);
    const size = view.getUint32(pos + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) return { ok: false, reason: 'zip64' };
    total += size;
    if (total > MAX_EXPANDED_BYTES) return { ok: false, reason: 'bomb' };
    if (size > 1024 * 1024 && size / Math.max(1, compressed) > MAX_RATIO)
      return { ok: false, reason: 'bomb' };
    pos +=
      46 +
      view.getUint16(pos + 28, true) +
      view.getUint16(pos + 30, true) +
      view.getUint16(pos + 32, true);
  }
  return { ok: true };
}
