// `sources.read`, the review screen's call: the file's bytes (or pasted text) in, the text and
// the engine's proposals out, nothing written; every refusal in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf, zipBomb } from '../sources/make-files';
import { deskWithVault, snapshot, testDesk } from './helpers';

const b64 = (b: Buffer) => b.toString('base64');
/** The vault's files but SQLite's shared-memory index, which any read touches. */
const written = (dir: string) =>
  Object.fromEntries(Object.entries(snapshot(dir)).filter(([name]) => !name.endsWith('-shm')));

describe('sources.read', () => {
  it('reads a Word report into text and proposals without writing anything', async () => {
    const { desk, dir } = await deskWithVault();
    const before = written(dir);
    const docx = await makeDocx([
      'GDP quý III/2025 ước tăng 8,23% so với cùng kỳ năm trước.',
      'Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương xây dựng đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.',
    ]);
    const r = await desk.ok('sources.read', { fileName: 'bao-cao.docx', base64: b64(docx) });
    expect(r.kind).toBe('docx');
    expect(r.text).toContain('8,23%');
    const f = r.extraction.figures[0]!;
    expect(r.text.slice(f.start, f.end)).toContain('8,23');
    expect(f.period?.label).toBe('quý III/2025');
    expect(r.extraction.directives[0]).toMatchObject({ lead: 'Bộ Tài chính', due: '2025-12-15' });
    expect(await desk.ok('sources.list', {})).toEqual([]);
    expect(written(dir)).toEqual(before);
  });

  it('reads pasted text, NFD made NFC', async () => {
    const { desk } = await deskWithVault();
    const r = await desk.ok('sources.read', {
      fileName: 'dan.txt',
      text: 'GDP quý III/2025 ước tăng 8,23% so với cùng kỳ.'.normalize('NFD'),
    });
    expect(r.kind).toBe('paste');
    expect(r.text).toBe('GDP quý III/2025 ước tăng 8,23% so với cùng kỳ.');
    expect(r.extraction.figures).toHaveLength(1);
  });

  it('refuses a zip bomb, a password-protected PDF and a scan with messages in both languages', async () => {
    const { desk } = await deskWithVault();
    const bomb = await desk.failure('sources.read', {
      fileName: 'bom.docx',
      base64: b64(zipBomb()),
    });
    expect(bomb.message.vi).toContain('bom nén');
    expect(bomb.message.en).toContain('zip bomb');
    const locked = await desk.failure('sources.read', {
      fileName: 'khoa.pdf',
      base64: b64(await makePdf(['GDP tăng 8,23%'], { userPassword: 'x' })),
    });
    expect(locked.message.vi).toContain('mật khẩu');
    expect(locked.message.en).toContain('password');
    const scan = await desk.failure('sources.read', {
      fileName: 'quet.pdf',
      base64: b64(await makePdf([], { drawingOnly: true })),
    });
    expect(scan.message.en).toContain('scan');
  });

  it('is refused while the vault is locked', async () => {
    const desk = testDesk();
    const e = await desk.failure('sources.read', { fileName: 'dan.txt', text: 'GDP tăng 8%' });
    expect(e.code).not.toBe('internal');
  });
});
