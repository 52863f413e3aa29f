// Files sealed into a package are read straight into the memory the cipher offers
// (byte-source.ts readFileInto, seal-ring.ts room()): every byte arrives in order whatever the
// sizes offered, and a file whose length changed since it was measured is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/result';
import { readFileInto } from '../../../electron/services/exchange/byte-source';

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

/** Reads `file` as `length` bytes into places of the sizes `offer` gives in turn. */
function readAll(file: string, length: number, offer: (turn: number) => number): Buffer {
  const pieces: Buffer[] = [];
  const place = Buffer.alloc(1024 * 1024, 0xee);
  let turn = 0;
  readFileInto(
    file,
    length,
    (max) => {
      const size = Math.min(max, offer(turn++));
      expect(size).toBeGreaterThan(0);
      return place.subarray(0, size);
    },
    (read) => {
      // What was read lies where it was offered.
      expect(read.buffer).toBe(place.buffer);
      pieces.push(Buffer.from(read));
    },
  );
  return Buffer.concat(pieces);
}

describe('reading files to seal', () => {
  it('hands on every byte in order, whatever room it is offered', () => {
    const offers: ((turn: number) => number)[] = [
      () => 64 * 1024,
      () => 512 * 1024,
      (t) => 1 + ((t * 7919) % (300 * 1024)),
      () => 1,
    ];
    for (const [length, seed] of [
      [3 * 1024 * 1024 + 17, 1],
      [10, 2],
      [1024 * 1024, 3],
      [0, 4],
    ] as const) {
      const { file, bytes } = fileOf(length, seed);
      for (const offer of offers.slice(0, length > 100_000 ? 3 : 4))
        expect(readAll(file, length, offer).equals(bytes)).toBe(true);
    }
  });

  it('refuses a file that is shorter or longer than it was measured', () => {
    const { file, bytes } = fileOf(200 * 1024 + 3, 5);
    for (const measured of [bytes.length + 1, bytes.length - 1]) {
      let failure: unknown = null;
      try {
        readAll(file, measured, () => 64 * 1024);
      } catch (e) {
        failure = e;
      }
      expect(failure).toBeInstanceOf(AppFailure);
      expect((failure as AppFailure).error.message.vi).toMatch(/thay đổi trong khi đang đóng gói/);
    }
  });
});
