// The readers behind `extract` and the review screen, on real files: a Word report, a text PDF,
// HTML, text in NFD; and the hostile ones, each refused with a Vietnamese and English reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../shared/extract';
import { readSource, SourceRefusal } from '../../../electron/services/sources/read-source';
import { brokenXrefPdf, makeDocx, makePdf, zipBomb } from './make-files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-sources-'));
const put = (name: string, data: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

async function refusal(file: string): Promise<SourceRefusal> {
  try {
    await readSource(file);
  } catch (e) {
    if (e instanceof SourceRefusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const REPORT = [
  'BÁO CÁO TÌNH HÌNH KINH TẾ 9 THÁNG NĂM 2025',
  'Tổng sản phẩm trong nước (GDP) quý III/2025 ước tăng 8,23% so với cùng kỳ năm trước.',
  'Giao Bộ Tài chính chủ trì, phối hợp với NHNN hoàn thiện Đề án, trình Thủ tướng Chính phủ trước ngày 15/12/2025.',
];

describe('reading received reports', () => {
  it('reads a Word report into text the engine finds figures and directives in', async () => {
    const src = await readSource(put('bao-cao.docx', await makeDocx(REPORT)));
    expect(src.kind).toBe('docx');
    const found = extract(src.text);
    expect(found.figures.map((f) => [f.value, f.period?.label])).toEqual([[8.23, 'quý III/2025']]);
    expect(found.directives[0]).toMatchObject({ lead: 'Bộ Tài chính', due: '2025-12-15' });
  });

  it('reads a text PDF and HTML, and text in NFD as NFC', async () => {
    const pdf = await readSource(
      put('release.pdf', await makePdf(['GDP tang 8,23% so voi cung ky.'])),
    );
    expect(pdf.text).toContain('8,23%');
    const html = await readSource(
      put(
        'tin.html',
        `<html><head><title>Tin &amp; bài</title><script>var x=1</script></head><body><h1>Kinh tế</h1><p>${REPORT[1]}</p></body></html>`,
      ),
    );
    expect(html.title).toBe('Tin & bài');
    expect(html.text).not.toContain('var x');
    expect(extract(html.text).figures).toHaveLength(1);
    const nfd = await readSource(put('nfd.txt', REPORT.join('\n').normalize('NFD')));
    expect(nfd.text).toBe(REPORT.join('\n').normalize('NFC'));
    expect(extract(nfd.text).directives[0]?.lead).toBe('Bộ Tài chính');
  });

  it('refuses a zip bomb dressed as .docx without inflating it', async () => {
    const r = await refusal(put('bomb.docx', zipBomb()));
    expect(r.vi).toMatch(/bom nén/);
    expect(r.en).toMatch(/zip bomb/);
  });

  it('says a PDF is password-protected, damaged, or a scan with no text', async () => {
    expect(
      (await refusal(put('locked.pdf', await makePdf(['bí mật'], { userPassword: 'pw' })))).en,
    ).toMatch(/password-protected/);
    expect((await refusal(put('scan.pdf', await makePdf([], { drawingOnly: true })))).en).toMatch(
      /scan/,
    );
    const broken = await readSource(put('broken.pdf', await brokenXrefPdf())).then(
      (s) => s.text,
      (e: unknown) => (e instanceof SourceRefusal ? e.en : 'other'),
    );
    // pdf.js rebuilds a broken cross-reference table when it can; otherwise the file is "damaged".
    expect(
      broken === 'The PDF is damaged; its content cannot be read.' || broken.includes('8,23%'),
    ).toBe(true);
  });

  it('refuses a 20 MB file and an unknown format with the reason', async () => {
    const big = put('big.txt', Buffer.alloc(20 * 1024 * 1024, 0x61));
    expect((await refusal(big)).vi).toMatch(/quá lớn/);
    expect((await refusal(put('x.bin', Buffer.from([1, 2, 3])))).en).toMatch(/Only \.docx/);
  });
});
