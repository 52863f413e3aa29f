// Pass one of opening a package: what the age layer decrypts goes straight into the container
// reader, and each item's bytes are hashed as they pass and kept — records (small JSON) in
// memory within a bound, renderings and anything larger in files in a private temp folder —
// so a 200 MB package never sits in memory. Nothing kept here is handed to anyone until
// package.ts has verified everything, and the temp folder goes on any failure.
//
// The container's refusals wait for the age layer to finish: a package damaged in its last
// chunk is refused for that (the outer layer first) even when its inner bytes were also wrong,
// exactly as when the whole plaintext was decrypted before it was parsed.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ItemKind } from '../../../shared/exchange/manifest';
import { PRIVATE_FILE_MODE } from '../files/atomic-file';
import type { PlainSink } from './age/age';
import { ContainerReader } from './container-reader';

/** An item's bytes once received: in memory, or in a temp file that the opener owns. */
export type ItemBody = { bytes: Buffer } | { file: string };

/** The bytes of a received item (a record spilled past the memory bound is read back). */
export const itemBytes = (body: ItemBody): Buffer =>
  'bytes' in body ? body.bytes : fs.readFileSync(body.file);

export interface ReceivedItem {
  size: number;
  sha256: string;
  body: ItemBody;
}

interface Writer {
  write(bytes: Buffer): void;
  close(): ItemBody;
  abort(): void;
}

/** Where received items are kept. */
export interface ItemStore {
  open(index: number, length: number, kind: ItemKind | null): Writer;
  /** Removes whatever was kept (temp files); safe to call twice. */
  dispose(): void;
}

function memoryWriter(length: number): Writer {
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  return {
    write: (b) => {
      at += b.copy(bytes, at);
    },
    close: () => ({ bytes }),
    abort: () => {},
  };
}

/** Every item in memory: the in-memory opener (small packages, tests). */
export const memoryItemStore = (): ItemStore => ({
  open: (_i, length) => memoryWriter(length),
  dispose: () => {},
});

/** Records up to this much in total stay in memory; beyond it they are spilled to files too. */
export const MAX_ITEMS_IN_MEMORY = 16 * 1024 * 1024;

/**
 * Renderings, and records past the memory bound, go to files in a private (0700) temp folder
 * under `root`, made on first use. The folder and everything in it go with dispose().
 */
export function tempItemStore(
  root: string = os.tmpdir(),
): ItemStore & { readonly dir: string | null } {
  let dir: string | null = null;
  let inMemory = 0;
  return {
    get dir() {
      return dir;
    },
    open(index, length, kind) {
      if (kind !== 'rendering' && inMemory + length <= MAX_ITEMS_IN_MEMORY) {
        inMemory += length;
        return memoryWriter(length);
      }
      dir ??= fs.mkdtempSync(path.join(root, 'bd-open-'));
      const file = path.join(dir, `item-${index}`);
      const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
      let open = true;
      const closeFd = () => {
        if (open) fs.closeSync(fd);
        open = false;
      };
      return {
        write: (b) => {
          let done = 0;
          while (done < b.length) done += fs.writeSync(fd, b, done, b.length - done);
        },
        close: () => {
          closeFd();
          return { file };
        },
        abort: closeFd,
      };
    },
    dispose() {
      if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}

/**
 * The container as received: its version, manifest and signature bytes, each item's size, hash
 * and body, and (version 2) the kind each item's prefix claimed, to be checked against the manifest.
 */
export interface Received {
  version: number;
  manifest: Buffer;
  signature: Buffer;
  items: ReceivedItem[];
  kinds: readonly (ItemKind | null)[];
}

/**
 * Version 1: the kinds the manifest claims, read with JSON.parse alone: only to choose memory or
 * a temp file for each item, never trusted (the strict read, schema and canonical bytes, comes after
 * the age layer is done, and is most of the opening time of a thousand records: not paid twice).
 */
function advisoryKinds(manifest: Buffer): ItemKind[] | null {
  try {
    const items = (JSON.parse(manifest.toString('utf8')) as { items?: unknown }).items;
    return Array.isArray(items)
      ? items.map((i) => ((i as { kind?: unknown } | null)?.kind ?? null) as ItemKind)
      : null;
  } catch {
    return null;
  }
}

export class PackageReceiver implements PlainSink {
  private reader: ContainerReader | null = null;
  private failure: unknown = null;
  /**
   * Version 1: the manifest read ahead only to choose where items go; verified later, not
   * trusted here. Version 2 items come before the manifest, each with its kind in its prefix.
   */
  private kinds: ItemKind[] | null = null;
  private readonly hashes: Hash[] = [];
  private readonly writers: Writer[] = [];
  private readonly items: ReceivedItem[] = [];

  constructor(private readonly store: ItemStore) {}

  begin(plainLength: number): void {
    this.guard(() => {
      this.reader = new ContainerReader(
        plainLength,
        {
          start: (i, length, kind) => {
            this.hashes[i] = createHash('sha256');
            this.writers[i] = this.store.open(i, length, kind ?? this.kinds?.[i] ?? null);
            this.items[i] = { size: length, sha256: '', body: { bytes: Buffer.alloc(0) } };
          },
          data: (i, bytes) => {
            this.hashes[i]!.update(bytes);
            this.writers[i]!.write(bytes);
          },
          end: (i) => {
            this.items[i]!.sha256 = this.hashes[i]!.digest('hex');
            this.items[i]!.body = this.writers[i]!.close();
          },
        },
        (manifest) => {
          this.kinds = advisoryKinds(manifest);
        },
      );
    });
  }

  data(plain: Buffer): void {
    if (this.failure === null) this.guard(() => this.reader!.push(plain));
  }

  /** After the age layer verified every chunk: the container's own refusal, if it had one. */
  finish(): Received {
    if (this.failure !== null) throw this.failure;
    const reader = this.reader!;
    reader.finish();
    return {
      version: reader.containerVersion,
      manifest: reader.manifest!,
      signature: reader.signature!,
      items: this.items,
      kinds: reader.itemKinds,
    };
  }

  /** Closes any item file left open (the temp folder itself is the store's to remove). */
  abort(): void {
    for (const w of this.writers) w?.abort();
  }

  private guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      this.failure = e;
      this.abort();
    }
  }
}
