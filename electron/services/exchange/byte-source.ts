// Where the bytes of a package come from and go to, without holding them all: a byte source is
// a buffer already in memory (a record's JSON) or a file (a rendering, a large item) read
// straight into the cipher's ring; a cipher source is the sealed package, in memory or on disk,
// read by offset.
import fs from 'node:fs';
import { AppFailure } from '../../../shared/result';

/** 64 KiB: age's chunk, and the largest piece a `seen` of a source is handed. */
export const PIECE = 64 * 1024;

export type ByteSource = Uint8Array | { file: string };

/** The length of a source (a file is stat'ed: its size when sealing starts is what is signed). */
export function sourceLength(s: ByteSource): number {
  return s instanceof Uint8Array ? s.length : fs.statSync(s.file).size;
}

/** The same bytes as a Buffer, not copied. */
export const asBuffer = (b: Uint8Array): Buffer =>
  Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Calls `each` with `bytes` in order, in pieces of at most 64 KiB (views, not copies). */
export function forEachPiece(bytes: Uint8Array, each: (piece: Buffer) => void): void {
  const b = asBuffer(bytes);
  for (let at = 0; at < b.length; at += PIECE) each(b.subarray(at, Math.min(b.length, at + PIECE)));
}

const changedWhileRead = (file: string) =>
  AppFailure.of(
    'internal',
    `Tệp ${file} thay đổi trong khi đang đóng gói. Không có gì được ghi; hãy thử lại.`,
    `The file ${file} changed while it was being sealed. Nothing was written; try again.`,
  );

/**
 * Reads the file, exactly `length` bytes, straight into the memory `into` offers (at most the
 * bytes still to read, never nothing) and hands each stretch read to `took`, in order: no
 * buffer of the process's own holds the file's bytes (the cipher's ring does, seal-ring.ts). A
 * file that shrank or grew since it was measured is not what the manifest describes: refused.
 */
export function readFileInto(
  file: string,
  length: number,
  into: (max: number) => Buffer,
  took: (read: Buffer) => void,
): void {
  const fd = fs.openSync(file, 'r');
  try {
    for (let at = 0; at < length;) {
      const target = into(length - at);
      const n = fs.readSync(fd, target, 0, Math.min(target.length, length - at), at);
      if (n === 0) throw changedWhileRead(file);
      took(target.subarray(0, n));
      at += n;
    }
    if (fs.readSync(fd, Buffer.alloc(1), 0, 1, length) !== 0) throw changedWhileRead(file);
  } finally {
    fs.closeSync(fd);
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
