// The inner container read as it streams out of the age layer (container.ts has the format).
// Bytes are pushed in pieces of any size; the reader keeps only the manifest (checked against
// its 8 MiB bound before anything is allocated) and the 64-byte signature, and hands each item's
// bytes on as they pass. The total length is known before the first byte (age tells it from
// the file's size), so every count and length is checked against what remains exactly as the
// in-memory decoder did: the same refusals, in the same order, for the same bytes.
import { MAX_ITEMS } from '../../../shared/exchange/manifest';
import { exchangeFailures } from './failures';
import { MAX_MANIFEST_BYTES } from './manifest';

const MAGIC = Buffer.from('BDPK', 'latin1');
export const CONTAINER_VERSION = 1;
export const CONTAINER_HEAD = MAGIC.length + 1 + 4;
export const SIGNATURE_BYTES = 64;
const MAX_SECTIONS = MAX_ITEMS + 2;

export const containerMagic = (): Buffer => Buffer.from(MAGIC);

const bad = (vi: string, en: string) =>
  exchangeFailures.corrupt(`gói bên trong: ${vi} / inner container: ${en}`);
const truncated = () => bad('bị cắt', 'truncated');

/** Where the items go: one call to start each (with its length), its bytes, one to end it. */
export interface ItemReceiver {
  start(index: number, length: number): void;
  data(index: number, bytes: Buffer): void;
  end(index: number): void;
}

export class ContainerReader {
  private at = 0;
  private count = -1;
  /** The section being read (0 manifest, 1 signature, 2… items), its length and bytes read. */
  private section = 0;
  private sectionLength = -1;
  private sectionRead = 0;
  /** Bytes of the head or of a length prefix, gathered across pushes. */
  private pending = Buffer.alloc(0);
  private manifestBytes: Buffer | null = null;
  private signatureBytes: Buffer | null = null;

  constructor(
    private readonly total: number,
    private readonly items: ItemReceiver,
    /** Called once the manifest's bytes are complete (before any item starts). */
    private readonly onManifest: (bytes: Buffer) => void = () => {},
  ) {
    if (total < CONTAINER_HEAD) throw bad('sai định dạng', 'not a package');
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

  push(piece: Buffer): void {
    let i = 0;
    while (i < piece.length) {
      if (this.count < 0) i = this.readHead(piece, i);
      else if (this.section >= this.count) throw bad('thừa dữ liệu ở cuối', 'trailing bytes');
      else if (this.sectionLength < 0) i = this.readLength(piece, i);
      else i = this.readBody(piece, i);
    }
    // Zero-length sections end without a byte of their own.
    this.settleEmpty();
  }

  /** After the last push: everything the count announced was read, and nothing more. */
  finish(): void {
    this.settleEmpty();
    if (this.count < 0 || this.section < this.count) throw truncated();
    if (this.at !== this.total) throw bad('thừa dữ liệu ở cuối', 'trailing bytes');
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
    if (head[4] !== CONTAINER_VERSION)
      throw bad(`phiên bản ${head[4]} chưa hỗ trợ`, `version ${head[4]} is not supported`);
    const count = head.readUInt32BE(5);
    if (count < 2 || count > MAX_SECTIONS) throw bad('số phần sai', 'bad section count');
    // Each section needs at least its 4-byte length: a count the bytes cannot hold is refused
    // before anything is read.
    if (count * 4 > this.total - CONTAINER_HEAD) throw truncated();
    this.count = count;
    return next;
  }

  private readLength(piece: Buffer, i: number): number {
    if (this.pending.length === 0 && this.at + 4 > this.total) throw truncated();
    const next = this.gather(piece, i, 4);
    if (this.pending.length < 4) return next;
    const len = this.pending.readUInt32BE(0);
    this.pending = Buffer.alloc(0);
    if (len > this.total - this.at) throw bad('độ dài vượt quá dữ liệu', 'length beyond the data');
    if (this.section === 0 && len > MAX_MANIFEST_BYTES)
      throw bad('bản kê quá lớn', 'manifest too large');
    if (this.section === 1 && len !== SIGNATURE_BYTES)
      throw bad('chữ ký sai độ dài', 'bad signature length');
    this.sectionLength = len;
    this.sectionRead = 0;
    if (this.section === 0) this.manifestBytes = Buffer.allocUnsafe(len);
    else if (this.section === 1) this.signatureBytes = Buffer.allocUnsafe(len);
    else this.items.start(this.section - 2, len);
    return next;
  }

  private readBody(piece: Buffer, i: number): number {
    const take = Math.min(this.sectionLength - this.sectionRead, piece.length - i);
    const bytes = piece.subarray(i, i + take);
    if (this.section === 0) bytes.copy(this.manifestBytes!, this.sectionRead);
    else if (this.section === 1) bytes.copy(this.signatureBytes!, this.sectionRead);
    else if (take > 0) this.items.data(this.section - 2, bytes);
    this.sectionRead += take;
    this.at += take;
    if (this.sectionRead === this.sectionLength) this.endSection();
    return i + take;
  }

  private endSection(): void {
    if (this.section === 0) this.onManifest(this.manifestBytes!);
    else if (this.section >= 2) this.items.end(this.section - 2);
    this.section++;
    this.sectionLength = -1;
  }

  private settleEmpty(): void {
    if (this.sectionLength === 0 && this.sectionRead === 0) this.endSection();
  }
}
