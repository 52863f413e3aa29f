// The inner container read as it streams out of the age layer (container.ts has both formats).
// Bytes are pushed in pieces of any size; the reader keeps only the manifest (checked against
// its 8 MiB bound before anything is allocated) and the 64-byte signature, and hands each item's
// bytes on as they pass. The total length is known before the first byte (age tells it from
// the file's size), so every count and length is checked against what remains exactly as the
// in-memory decoder does: the same refusals, in the same order, for the same bytes.
//
// Version 1 reads manifest, signature, items; version 2 reads items (each with a one-byte kind),
// then the manifest, then the signature. The order of the sections is the version's: a
// version 2 package whose sections were moved around is refused for its lengths or its end.
import { MAX_ITEMS, itemKind, type ItemKind } from '../../../shared/exchange/manifest';
import { exchangeFailures } from './failures';
import { MAX_MANIFEST_BYTES } from './manifest';

const MAGIC = Buffer.from('BDPK', 'latin1');
/** Manifest first: what the app sealed until container version 2. Read, never written. */
export const CONTAINER_V1 = 1;
/** Items first, the signed manifest with their hashes last: what the app seals. */
export const CONTAINER_V2 = 2;
export const CONTAINER_HEAD = MAGIC.length + 1 + 4;
export const SIGNATURE_BYTES = 64;
const MAX_SECTIONS = MAX_ITEMS + 2;
/** A version 2 item's prefix: its kind's code, then its length. */
export const ITEM_PREFIX = 1 + 4;

/** The one-byte code of a kind in a version 2 item prefix (its place in the manifest's enum). */
export const kindCode = (kind: ItemKind): number => itemKind.options.indexOf(kind);

export const containerMagic = (): Buffer => Buffer.from(MAGIC);

const bad = (vi: string, en: string) =>
  exchangeFailures.corrupt(`gói bên trong: ${vi} / inner container: ${en}`);
const truncated = () => bad('bị cắt', 'truncated');
const trailing = () => bad('thừa dữ liệu ở cuối', 'trailing bytes');

/**
 * Where the items go: one call to start each (with its length, and in version 2 the kind its
 * prefix claims — unverified until the signed manifest says the same), its bytes, one to end it.
 */
export interface ItemReceiver {
  start(index: number, length: number, kind: ItemKind | null): void;
  data(index: number, bytes: Buffer): void;
  end(index: number): void;
}

type Role = { is: 'manifest' } | { is: 'signature' } | { is: 'item'; index: number };

export class ContainerReader {
  private at = 0;
  private version = 0;
  /** Sections announced (items, manifest, signature), -1 until the head is read. */
  private count = -1;
  /** The section being read, its length (-1 until its prefix is read) and bytes read. */
  private section = 0;
  private sectionLength = -1;
  private sectionRead = 0;
  /** Bytes of the head or of a section's prefix, gathered across pushes. */
  private pending = Buffer.alloc(0);
  private manifestBytes: Buffer | null = null;
  private signatureBytes: Buffer | null = null;
  private readonly kinds: (ItemKind | null)[] = [];

  constructor(
    private readonly total: number,
    private readonly items: ItemReceiver,
    /** Called once the manifest's bytes are complete (version 1: before any item starts). */
    private readonly onManifest: (bytes: Buffer) => void = () => {},
  ) {
    if (total < CONTAINER_HEAD) throw bad('sai định dạng', 'not a package');
  }

  get containerVersion(): number {
    return this.version;
  }

  get manifest(): Buffer | null {
    return this.manifestBytes;
  }

  get signature(): Buffer | null {
    return this.signatureBytes;
  }

  get itemCount(): number {
    return Math.max(0, this.count - 2);
  }

  /** Version 2: the kind each item's prefix claimed (null in version 1, which has none). */
  get itemKinds(): readonly (ItemKind | null)[] {
    return this.kinds;
  }

  push(piece: Buffer): void {
    let i = 0;
    while (i < piece.length) {
      if (this.count < 0) i = this.readHead(piece, i);
      else if (this.section >= this.count) throw trailing();
      else if (this.sectionLength < 0) i = this.readPrefix(piece, i);
      else i = this.readBody(piece, i);
    }
    // Zero-length sections end without a byte of their own.
    this.settleEmpty();
  }

  /** After the last push: everything the count announced was read, and nothing more. */
  finish(): void {
    this.settleEmpty();
    if (this.count < 0 || this.section < this.count) throw truncated();
    if (this.at !== this.total) throw trailing();
  }

  private role(section: number): Role {
    const items = this.count - 2;
    if (this.version === CONTAINER_V1) {
      if (section === 0) return { is: 'manifest' };
      if (section === 1) return { is: 'signature' };
      return { is: 'item', index: section - 2 };
    }
    if (section < items) return { is: 'item', index: section };
    return section === items ? { is: 'manifest' } : { is: 'signature' };
  }

  /** Bytes before a section's body: v1 a length each; v2 kind and length, none for the signature. */
  private prefixBytes(role: Role): number {
    if (this.version === CONTAINER_V1) return 4;
    if (role.is === 'item') return ITEM_PREFIX;
    return role.is === 'manifest' ? 4 : 0;
  }

  private gather(piece: Buffer, i: number, need: number): number {
    const take = Math.min(need - this.pending.length, piece.length - i);
    this.pending = Buffer.concat([this.pending, piece.subarray(i, i + take)]);
    this.at += take;
    return i + take;
  }

  private readHead(piece: Buffer, i: number): number {
    const next = this.gather(piece, i, CONTAINER_HEAD);
    if (this.pending.length < CONTAINER_HEAD) return next;
    const head = this.pending;
    this.pending = Buffer.alloc(0);
    if (!head.subarray(0, 4).equals(MAGIC)) throw bad('sai định dạng', 'not a package');
    const version = head[4]!;
    const n = head.readUInt32BE(5);
    if (version === CONTAINER_V1) {
      if (n < 2 || n > MAX_SECTIONS) throw bad('số phần sai', 'bad section count');
      // Each section needs at least its 4-byte length: a count the bytes cannot hold is
      // refused before anything is read.
      if (n * 4 > this.total - CONTAINER_HEAD) throw truncated();
      this.count = n;
    } else if (version === CONTAINER_V2) {
      if (n > MAX_ITEMS) throw bad('số phần sai', 'bad section count');
      // Every item's prefix, the manifest's length and the signature, at the least.
      if (n * ITEM_PREFIX + 4 + SIGNATURE_BYTES > this.total - CONTAINER_HEAD) throw truncated();
      this.count = n + 2;
    } else throw bad(`phiên bản ${version} chưa hỗ trợ`, `version ${version} is not supported`);
    this.version = version;
    return next;
  }

  private readPrefix(piece: Buffer, i: number): number {
    const role = this.role(this.section);
    const need = this.prefixBytes(role);
    if (this.pending.length === 0 && this.at + need > this.total) throw truncated();
    const next = this.gather(piece, i, need);
    if (this.pending.length < need) return next;
    const prefix = this.pending;
    this.pending = Buffer.alloc(0);
    let kind: ItemKind | null = null;
    if (role.is === 'item' && this.version === CONTAINER_V2) {
      kind = itemKind.options[prefix[0]!] ?? null;
      if (kind === null) throw bad('loại mục sai', 'bad item kind');
    }
    const len = need === 0 ? SIGNATURE_BYTES : prefix.readUInt32BE(need - 4);
    if (len > this.total - this.at)
      throw need === 0 ? truncated() : bad('độ dài vượt quá dữ liệu', 'length beyond the data');
    if (role.is === 'manifest' && len > MAX_MANIFEST_BYTES)
      throw bad('bản kê quá lớn', 'manifest too large');
    if (role.is === 'signature' && len !== SIGNATURE_BYTES)
      throw bad('chữ ký sai độ dài', 'bad signature length');
    this.sectionLength = len;
    this.sectionRead = 0;
    if (role.is === 'manifest') this.manifestBytes = Buffer.allocUnsafe(len);
    else if (role.is === 'signature') this.signatureBytes = Buffer.allocUnsafe(len);
    else {
      this.kinds[role.index] = kind;
      this.items.start(role.index, len, kind);
    }
    return next;
  }

  private readBody(piece: Buffer, i: number): number {
    const take = Math.min(this.sectionLength - this.sectionRead, piece.length - i);
    const bytes = piece.subarray(i, i + take);
    const role = this.role(this.section);
    if (role.is === 'manifest') bytes.copy(this.manifestBytes!, this.sectionRead);
    else if (role.is === 'signature') bytes.copy(this.signatureBytes!, this.sectionRead);
    else if (take > 0) this.items.data(role.index, bytes);
    this.sectionRead += take;
    this.at += take;
    if (this.sectionRead === this.sectionLength) this.endSection();
    return i + take;
  }

  private endSection(): void {
    const role = this.role(this.section);
    if (role.is === 'manifest') this.onManifest(this.manifestBytes!);
    else if (role.is === 'item') this.items.end(role.index);
    this.section++;
    this.sectionLength = -1;
  }

  private settleEmpty(): void {
    if (this.sectionLength === 0 && this.sectionRead === 0) this.endSection();
  }
}
