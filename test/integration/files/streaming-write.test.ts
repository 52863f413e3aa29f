// The streaming atomic writer (packages, large exports) asks the disk to start on what is
// written while the rest is still being made (early-writeback.ts): the file is still exactly
// what was appended and private, a failed fill still leaves nothing behind, and every
// descriptor those early requests opened is closed again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PRIVATE_FILE_MODE,
  writeFileAtomicStreaming,
} from '../../../electron/services/files/atomic-file';
import { EARLY_WRITEBACK_BYTES } from '../../../electron/services/files/early-writeback';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-streaming-write-'));
  dirs.push(dir);
  return dir;
}

/** 64 KiB pieces that differ from one another, so a lost or repeated piece shows. */
const piece = (i: number) => Buffer.alloc(64 * 1024, i % 251);

const hasProc = fs.existsSync('/proc/self/fd');
const openDescriptors = () => fs.readdirSync('/proc/self/fd').length;

/** Lets libuv's pool finish the early requests and their closes. */
async function settled(baseline: number): Promise<number> {
  for (let i = 0; i < 200 && openDescriptors() > baseline; i++)
    await new Promise((r) => setTimeout(r, 10));
  return openDescriptors();
}

describe('writing a large file in pieces', () => {
  it.runIf(hasProc)(
    'asks for early write-back as it goes, writes every byte in order, and closes what it opened',
    async () => {
      const dir = folder();
      const target = path.join(dir, 'goi-tin.bdpack');
      const baseline = openDescriptors();
      const early = vi.spyOn(fs, 'fdatasync');
      const pieces = 9 * 16 + 3; // 9 MiB and 3 pieces
      writeFileAtomicStreaming(target, (append) => {
        for (let i = 0; i < pieces; i++) append(piece(i));
      });
      const written = fs.readFileSync(target);
      expect(written.length).toBe(pieces * 64 * 1024);
      for (let i = 0; i < pieces; i++) expect(written[i * 64 * 1024], `piece ${i}`).toBe(i % 251);
      expect(fs.statSync(target).mode & 0o777).toBe(PRIVATE_FILE_MODE);
      expect(early).toHaveBeenCalledTimes(Math.floor((pieces * 64 * 1024) / EARLY_WRITEBACK_BYTES));
      expect(fs.readdirSync(dir)).toEqual(['goi-tin.bdpack']);
      expect(await settled(baseline)).toBe(baseline);
    },
  );

  it.runIf(hasProc)(
    'leaves nothing behind when the fill fails halfway, early requests in flight or not',
    async () => {
      const dir = folder();
      const target = path.join(dir, 'goi-tin.bdpack');
      const baseline = openDescriptors();
      expect(() =>
        writeFileAtomicStreaming(target, (append) => {
          for (let i = 0; i < 5 * 16; i++) append(piece(i));
          throw new Error('tệp nguồn thay đổi');
        }),
      ).toThrow('tệp nguồn thay đổi');
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(await settled(baseline)).toBe(baseline);
    },
  );

  it('writes a small file without any early request', () => {
    const dir = folder();
    const early = vi.spyOn(fs, 'fdatasync');
    writeFileAtomicStreaming(path.join(dir, 'ghi-chu.json'), (append) =>
      append(Buffer.from('{"a":1}')),
    );
    expect(early).not.toHaveBeenCalled();
    expect(fs.readFileSync(path.join(dir, 'ghi-chu.json'), 'utf8')).toBe('{"a":1}');
  });
});
