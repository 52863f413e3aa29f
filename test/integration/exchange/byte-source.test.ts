// Files sealed into a package are read a MiB at a time into one buffer the process keeps
// (byte-source.ts): every byte arrives in order, a read inside another read gets a buffer of
// its own, and nothing of a file is left in that buffer once its read is over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachPiece, PIECE } from '../../../electron/services/exchange/byte-source';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A file of `length` bytes that are not all alike, so a misplaced piece shows. */
function fileOf(length: number, seed: number): { file: string; bytes: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-byte-source-'));
  dirs.push(dir);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) % 251;
  const file = path.join(dir, `ban-in-${seed}.pdf`);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

function readAll(file: string, length: number, during?: () => void): Buffer {
  const pieces: Buffer[] = [];
  forEachPiece({ file }, length, (piece) => {
    expect(piece.length).toBeLessThanOrEqual(PIECE);
    pieces.push(Buffer.from(piece));
    if (pieces.length === 3) during?.();
  });
  return Buffer.concat(pieces);
}

describe('reading files to seal', () => {
  it('hands on every byte in order, file after file, through the one buffer', () => {
    for (const [length, seed] of [
      [3 * 1024 * 1024 + 17, 1],
      [10, 2],
      [1024 * 1024, 3],
    ] as const) {
      const { file, bytes } = fileOf(length, seed);
      expect(readAll(file, length).equals(bytes)).toBe(true);
    }
  });

  it('gives a read started inside another its own buffer: both come out whole', () => {
    const outer = fileOf(2 * 1024 * 1024 + 5, 4);
    const inner = fileOf(1024 * 1024 + 9, 5);
    let innerRead: Buffer = Buffer.alloc(0);
    const outerRead = readAll(outer.file, outer.bytes.length, () => {
      innerRead = readAll(inner.file, inner.bytes.length);
    });
    expect(innerRead.equals(inner.bytes)).toBe(true);
    expect(outerRead.equals(outer.bytes)).toBe(true);
  });

  it('leaves nothing of the file in the buffer it keeps', () => {
    const { file, bytes } = fileOf(700 * 1024, 6);
    let kept: Buffer | null = null;
    forEachPiece({ file }, bytes.length, (piece) => {
      // The buffer behind the pieces, as the process keeps it.
      kept ??= Buffer.from(piece.buffer, piece.byteOffset, 1024 * 1024);
    });
    expect(kept!.every((b) => b === 0)).toBe(true);
  });
});
