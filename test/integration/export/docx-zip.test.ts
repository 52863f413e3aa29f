// The DOCX's zip is written with node's zlib (docx-zip.ts) rather than by `docx`'s Packer: a
// reader finds the very parts Packer would have zipped, in its order, and `unzip` finds the
// archive sound. (The Open XML SDK validator and LibreOffice read every exported DOCX too:
// docx-schema.test.ts, export.test.ts.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../electron/services/export/docx-zip';
import { createBrief } from '../../../shared/brief';
import { exportDocx } from '../../../electron/services/export';
import { sampleContext } from '../../unit/brief/fixtures';
import { hasTool } from './poppler';

/** Every file of a zip as bytes, in the archive's order. */
async function entries(zip: Uint8Array): Promise<[string, Buffer][]> {
  const z = await JSZip.loadAsync(zip);
  const files = Object.values(z.files).filter((f) => !f.dir);
  return Promise.all(
    files.map(async (f) => [f.name, Buffer.from(await f.async('uint8array'))] as [string, Buffer]),
  );
}

describe('the DOCX zip', () => {
  it('holds the parts Packer would zip, byte for byte and in the same order', async () => {
    const doc = () =>
      new Document({
        creator: 'Văn phòng Chính phủ',
        sections: [{ children: [new Paragraph({ text: 'Thông báo kết luận — Đắk Lắk' })] }],
      });
    const fromPacker = await entries(await Packer.toBuffer(doc()));
    const compiler = (
      Packer as unknown as { compiler: { compile(d: Document): Map<string, string> } }
    ).compiler;
    const ours = await entries(zipParts(compiler.compile(doc())));
    expect(ours.map(([n]) => n)).toEqual(fromPacker.map(([n]) => n));
    // core.xml carries the time it was made.
    for (const [i, [name, bytes]] of ours.entries())
      if (name !== 'docProps/core.xml') expect(bytes.equals(fromPacker[i]![1]), name).toBe(true);
  });

  it('names a non-ASCII part in UTF-8 and keeps empty and binary parts', async () => {
    const parts = new Map<string, string | Uint8Array>([
      ['word/văn-bản.xml', '<x>Độc lập - Tự do - Hạnh phúc</x>'],
      ['empty.txt', ''],
      ['word/media/bytes.bin', Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256)],
    ]);
    const zip = zipParts(parts, new Date(2025, 7, 26, 10, 30, 14));
    const read = await entries(zip);
    expect(read.map(([n]) => n)).toEqual([...parts.keys()]);
    expect(read[0]![1].toString('utf8')).toBe('<x>Độc lập - Tự do - Hạnh phúc</x>');
    expect(read[1]![1].length).toBe(0);
    expect(read[2]![1].equals(Buffer.from(parts.get('word/media/bytes.bin') as Uint8Array))).toBe(
      true,
    );
    const z = await JSZip.loadAsync(zip);
    expect(z.file('word/văn-bản.xml')!.date.getMinutes()).toBe(30);
  });

  it.runIf(hasTool('unzip'))(
    'is an archive `unzip -t` finds sound (an exported brief)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bd-docx-zip-'));
      try {
        const file = join(dir, 'bao-cao.docx');
        writeFileSync(file, await exportDocx(createBrief('report', sampleContext())));
        expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(
          /No errors detected/,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
