// The inner container of a package, inside the age layer: no ZIP (no paths, no links, no
// compression bombs), just a magic, a version and length-prefixed sections. Version 2, what is
// sealed now, puts the items first and the signed manifest last:
//
//   "BDPK" | 2 | item count u32 BE
//   | (kind u8 | length u32 BE | bytes) × count          the items, in manifest order
//   | manifest length u32 BE | manifest                  canonical JSON with every item's SHA-256
//   | signature (64 bytes)                              Ed25519 over the manifest
//
// so that sealing reads each item once: its hash is taken as it is encrypted, and the manifest
// holding the hashes is written after the items. Its length is known from the start (a hash is
// always 64 hex digits), which the age layer needs for its last chunk. Version 1 put the
// manifest and signature first ("BDPK" | 1 | section count u32 | (length u32 | bytes) × count,
// the sections being the manifest, the signature, then the items), which read every item twice
// when sealing; it is still opened, never written (test/fixtures/container-v1.ts writes it).
//
// Either is read streaming (container-reader.ts): every count and length is checked against
// fixed limits and against what remains before it is used, nothing is allocated from a length
// field but the bounded manifest, and trailing bytes are an error. An item's kind byte only
// chooses where the opener keeps it until the signed manifest is checked, which must say the same.
import { createHash } from 'node:crypto';
import type { ItemKind } from '../../../shared/exchange/manifest';
import {
  CONTAINER_HEAD,
  CONTAINER_V2,
  ContainerReader,
  ITEM_PREFIX,
  SIGNATURE_BYTES,
  containerMagic,
  kindCode,
} from './container-reader';

import type { SizedSource } from './age/stream';

export { SIGNATURE_BYTES };

/** A version 2 container in memory: each item with its kind. */
export interface Container {
  manifest: Uint8Array;
  signature: Uint8Array;
  items: readonly Uint8Array[];
  kinds: readonly ItemKind[];
}

/** A container as read: version 1 has no kinds (null). */
export interface DecodedContainer extends Omit<Container, 'kinds'> {
  version: number;
  kinds: readonly (ItemKind | null)[];
}

/** An item to seal: its kind, and its bytes as measured when sealing starts. */
export interface ContainerItem extends SizedSource {
  kind: ItemKind;
}

/** The manifest and signature, made once every item's hash is known. */
export type SignedManifest = (sha256: readonly Buffer[]) => { manifest: Buffer; signature: Buffer };

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n, 0);
  return b;
};

/** Items at least this large are hashed as the cipher reads them; smaller ones up front. */
const HASHED_AS_READ_FROM = 64 * 1024;

/** Whether an item is hashed on the pieces the cipher reads (files, large buffers). */
const hashedAsRead = (item: SizedSource): boolean =>
  !(item.source instanceof Uint8Array) || item.length >= HASHED_AS_READ_FROM;

/**
 * The version 2 container as a list of sources to encrypt, each item read once and none
 * copied: the cipher's ring (age/seal-ring.ts) gathers small sources (length prefixes, records
 * of a few KB) into its 64 KiB chunks itself, so a thousand records are still not a thousand
 * tiny cipher calls. Large items and files are hashed on the pieces the cipher reads, small
 * ones where they lie. `sign` is called after the last item has passed, with their hashes; its
 * manifest must be `manifestLength` bytes.
 */
export function containerSources(
  items: readonly ContainerItem[],
  manifestLength: number,
  sign: SignedManifest,
): SizedSource[] {
  const head = Buffer.alloc(CONTAINER_HEAD);
  containerMagic().copy(head, 0);
  head[4] = CONTAINER_V2;
  head.writeUInt32BE(items.length, 5);
  const parts: SizedSource[] = [{ source: head, length: head.length }];
  const digests: (() => Buffer)[] = [];
  for (const item of items) {
    const prefix = Buffer.allocUnsafe(ITEM_PREFIX);
    prefix[0] = kindCode(item.kind);
    prefix.writeUInt32BE(item.length, 1);
    parts.push({ source: prefix, length: ITEM_PREFIX });
    if (!hashedAsRead(item)) {
      const bytes = item.source as Uint8Array;
      const digest = createHash('sha256').update(bytes).digest();
      digests.push(() => digest);
      parts.push({ source: bytes, length: bytes.length });
    } else {
      const hash = createHash('sha256');
      digests.push(() => hash.digest());
      parts.push({ ...item, seen: (piece) => hash.update(piece) });
    }
  }
  parts.push({
    length: 4 + manifestLength + SIGNATURE_BYTES,
    source: {
      later: () => {
        const { manifest, signature } = sign(digests.map((d) => d()));
        if (manifest.length !== manifestLength || signature.length !== SIGNATURE_BYTES)
          throw new Error('container: the manifest is not the length it was measured at');
        return Buffer.concat([u32(manifest.length), manifest, signature]);
      },
    },
  });
  return parts;
}

/** A version 2 container as buffers, for items already in memory (tests, forged packages). */
export function containerParts(c: Container): SizedSource[] {
  return containerSources(
    c.items.map((b, i) => ({ kind: c.kinds[i]!, source: b, length: b.length })),
    c.manifest.length,
    () => ({ manifest: Buffer.from(c.manifest), signature: Buffer.from(c.signature) }),
  );
}

/** Sources in memory (buffers, later ones) as one buffer, each seen as the cipher would. */
function flatten(parts: readonly SizedSource[]): Buffer {
  return Buffer.concat(
    parts.map(({ source, seen }) => {
      if (!(source instanceof Uint8Array) && 'file' in source)
        throw new Error('container: a file is not flattened');
      const bytes = Buffer.from(source instanceof Uint8Array ? source : source.later());
      seen?.(bytes);
      return bytes;
    }),
  );
}

export const encodeContainer = (c: Container): Buffer => flatten(containerParts(c));

/**
 * The whole container in memory (tests, small values), either version: the streaming reader over
 * one piece, so both read the same way. Pushed in one piece, each item is one view of the input.
 */
export function decodeContainer(bytes: Uint8Array): DecodedContainer {
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
  return {
    version: reader.containerVersion,
    manifest: reader.manifest!,
    signature: reader.signature!,
    items,
    kinds: items.map((_, i) => reader.itemKinds[i] ?? null),
  };
}
