// The inner container of a package, inside the age layer: no ZIP (no paths, no links, no
// compression bombs), just a magic, a version and length-prefixed sections:
//
//   "BDPK" | version u8 | section count u32 BE | (length u32 BE | bytes) × count
//
// the sections being the manifest, its Ed25519 signature, then each item's bytes in manifest
// order. It is read streaming (container-reader.ts): every count and length is checked against
// fixed limits and against what remains before it is used, nothing is allocated from a length
// field but the bounded manifest, and trailing bytes are an error.
import {
  CONTAINER_HEAD,
  CONTAINER_VERSION,
  ContainerReader,
  SIGNATURE_BYTES,
  containerMagic,
} from './container-reader';

import type { SizedSource } from './age/stream';

export { SIGNATURE_BYTES };

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
 * The container as a list of sources to encrypt: large items (and files) are not copied;
 * small sections (length prefixes, the manifest, records of a few KB) are gathered into shared
 * buffers, so that encrypting a thousand records is not a thousand tiny cipher calls.
 */
export function containerSources(
  manifest: Uint8Array,
  signature: Uint8Array,
  items: readonly SizedSource[],
): SizedSource[] {
  const sections: SizedSource[] = [
    { source: manifest, length: manifest.length },
    { source: signature, length: signature.length },
    ...items,
  ];
  const head = Buffer.alloc(CONTAINER_HEAD);
  containerMagic().copy(head, 0);
  head[4] = CONTAINER_VERSION;
  head.writeUInt32BE(sections.length, 5);
  const parts: SizedSource[] = [];
  let small: Uint8Array[] = [head];
  const gathered = () => {
    const b = Buffer.concat(small);
    small = [];
    return { source: b, length: b.length };
  };
  for (const s of sections) {
    small.push(u32(s.length));
    if (s.source instanceof Uint8Array && s.length < VIEW_FROM) small.push(s.source);
    else parts.push(gathered(), s);
  }
  if (small.length > 0) parts.push(gathered());
  return parts;
}

/** The container as buffers (see containerSources), for items already in memory. */
export const containerParts = (c: Container): Uint8Array[] =>
  containerSources(
    c.manifest,
    c.signature,
    c.items.map((b) => ({ source: b, length: b.length })),
  ).map((p) => p.source as Uint8Array);

export const encodeContainer = (c: Container): Buffer => Buffer.concat(containerParts(c));

/**
 * The whole container in memory (tests, small values): the streaming reader over one piece, so
 * both read the same way. Pushed in one piece, each item arrives as one view of the input.
 */
export function decodeContainer(bytes: Uint8Array): Container {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const items: Buffer[] = [];
  const reader = new ContainerReader(buf.length, {
    start: (i) => {
      items[i] = Buffer.alloc(0);
    },
    data: (i, piece) => {
      items[i] = items[i]!.length === 0 ? piece : Buffer.concat([items[i]!, piece]);
    },
    end: () => {},
  });
  reader.push(buf);
  reader.finish();
  return { manifest: reader.manifest!, signature: reader.signature!, items };
}
