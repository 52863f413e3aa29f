// The manifest inside a package, as bytes: canonical JSON (UTF-8) on the way out, and on the
// way in a bounded, strict read — valid UTF-8, JSON, the schema with no extra keys, and the
// very bytes canonicalJson would write, so exactly one byte string is ever signed for a
// manifest and no reader can see fields another reader ignores.
import { canonicalJson } from '../../../shared/exchange/canonical';
import { manifest as manifestSchema, type Manifest } from '../../../shared/exchange/manifest';
import { exchangeFailures } from './failures';

/** 20,000 items of ~400 bytes fit; anything larger is not a manifest we wrote. */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

export const encodeManifest = (m: Manifest): Buffer => Buffer.from(canonicalJson(m), 'utf8');

/**
 * Where each item's `"sha256":"…"` value starts in canonical manifest bytes, in item order.
 * Nothing else can spell that key unescaped (a quote inside a string is written \"), so the
 * sealer writes the hashes into the bytes it measured instead of serialising 20,000 items again.
 */
export function hashPlaces(bytes: Buffer, items: number): number[] {
  const key = Buffer.from('"sha256":"');
  const places: number[] = [];
  for (let at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1))
    places.push(at + key.length);
  if (places.length !== items) throw new Error('manifest: the hashes are not where expected');
  return places;
}

export function readManifest(bytes: Uint8Array): Manifest {
  const bad = (why: string) => exchangeFailures.corrupt(`bản kê ${why}`);
  if (bytes.length > MAX_MANIFEST_BYTES) throw bad('quá lớn / manifest too large');
  let text: string;
  let raw: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    raw = JSON.parse(text);
  } catch {
    throw bad('không đọc được / unreadable manifest');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw bad(`sai cấu trúc / malformed manifest${where ? ` (${where})` : ''}`);
  }
  if (canonicalJson(parsed.data) !== text) throw bad('không chuẩn / non-canonical manifest');
  return parsed.data;
}
