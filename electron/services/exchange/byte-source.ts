// Where the bytes of a package come from and go to, without holding them all: a byte source is
// a buffer already in memory (a record's JSON) or a file (a rendering, a large item) read a MiB
// at a time and handed on in 64 KiB pieces; a cipher source is the sealed package, in memory or
// on disk, read by offset.
import fs from 'node:fs';
import { AppFailure } from '../../../shared/result';

/** 64 KiB: age's chunk, and what a reader here is handed of a file at a time. */
export const PIECE = 64 * 1024;
/** What a file is read in: 16 pieces. */
const READ_AHEAD = 16 * PIECE;

export type ByteSource = Uint8Array | { file: string };

/** The length of a source (a file is stat'ed: its size when sealing starts is what is signed). */
export function sourceLength(s: ByteSource): number {
  return s instanceof Uint8Array ? s.length : fs.statSync(s.file).size;
}

const changedWhileRead = (file: string) =>
  AppFailure.of(
    'internal',
    `Tệp ${file} thay đổi trong khi đang đóng gói. Không có gì được ghi; hãy thử lại.`,
    `The file ${file} changed while it was being sealed. Nothing was written; try again.`,
  );

/**
 * The one buffer files are read into. A fresh MiB for each file outlived the young generation
 * (a file's read spans the collections young-garbage.ts makes) and stayed until a full
 * collection: a package with four renderings left 4 MB behind at each seal, 40 MB after ten
 * (bench/exchange-child.ts with BD_BENCH_RUNS=10). Reads are synchronous; a read started
 * while another is under way (never, today) gets a buffer of its own.
 */
let readBuffer: Buffer | null = null;
let readBufferBusy = false;

/**
 * Calls `each` with the bytes of `s`, exactly `length` of them, in pieces of at most 64 KiB.
 * A piece of a file is only valid until `each` returns (the buffer is reused).
 */
export function forEachPiece(s: ByteSource, length: number, each: (piece: Buffer) => void): void {
  if (s instanceof Uint8Array) {
    const b = Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    for (let at = 0; at < length; at += PIECE) each(b.subarray(at, Math.min(length, at + PIECE)));
    return;
  }
  const fd = fs.openSync(s.file, 'r');
  const own = readBufferBusy;
  // Read a MiB at a time (a 184 MiB item in 64 KiB reads spent ~60 ms in system calls),
  // handed on in 64 KiB pieces.
  const scratch = own
    ? Buffer.allocUnsafe(READ_AHEAD)
    : (readBuffer ??= Buffer.allocUnsafeSlow(READ_AHEAD));
  readBufferBusy = true;
  try {
    let at = 0;
    while (at < length) {
      const n = fs.readSync(fd, scratch, 0, Math.min(READ_AHEAD, length - at), at);
      if (n === 0) throw changedWhileRead(s.file);
      for (let p = 0; p < n; p += PIECE) each(scratch.subarray(p, Math.min(n, p + PIECE)));
      at += n;
    }
    // A file that grew since it was measured is not what the manifest describes.
    if (fs.readSync(fd, scratch, 0, 1, at) !== 0) throw changedWhileRead(s.file);
  } finally {
    fs.closeSync(fd);
    if (!own) {
      // What a package carried does not stay in the process's memory after its seal.
      scratch.fill(0);
      readBufferBusy = false;
    }
  }
}

/** A sealed package read by offset: the bytes in memory, or an open file. */
export interface CipherSource {
  readonly size: number;
  /**
   * `length` bytes from `at`, fewer only at the end. The result may be reused by the next
   * read: callers consume it before reading again.
   */
  read(at: number, length: number): Buffer;
  /** Copies `length` bytes from `at` into `target` (fewer only at the end); the count copied. */
  readInto(target: Buffer, at: number, length: number): number;
  /** True if the source holds anything past `size` (a file that grew while read). */
  longerThanSize(): boolean;
}

export function bufferCipherSource(bytes: Uint8Array): CipherSource {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: b.length,
    read: (at, length) => b.subarray(Math.min(at, b.length), Math.min(b.length, at + length)),
    readInto: (target, at, length) =>
      b.copy(target, 0, Math.min(at, b.length), Math.min(b.length, at + length)),
    longerThanSize: () => false,
  };
}

/** Reads an open file descriptor; the size is taken once, at the start. */
export function fileCipherSource(fd: number): CipherSource {
  const size = fs.fstatSync(fd).size;
  let scratch = Buffer.allocUnsafe(PIECE + 16);
  const readInto = (target: Buffer, at: number, length: number): number => {
    let got = 0;
    while (got < length) {
      const n = fs.readSync(fd, target, got, length - got, at + got);
      if (n === 0) break;
      got += n;
    }
    return got;
  };
  return {
    size,
    read(at, length) {
      if (scratch.length < length) scratch = Buffer.allocUnsafe(length);
      return scratch.subarray(0, readInto(scratch, at, length));
    },
    readInto,
    longerThanSize: () => fs.readSync(fd, Buffer.alloc(1), 0, 1, size) !== 0,
  };
}
