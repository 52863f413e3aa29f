// The PDF engine's speedups (pdf-engine.ts) replace pdfmake and PDFKit internals with
// equivalents: with the first three a document comes out byte for byte as it did without
// them; with lines written whole (pdf-lines.ts) its pages render to the same pixels and the
// same words at the same places, from a smaller file. The document uses
// what the briefs do not (named styles extending others, style arrays on words, a default
// style) beside what they do (sizes, bold and italic runs, colours, a table, several pages), so
// a replacement that got pdfmake's style order wrong would show here first. This file loads
// pdfmake on its own, so its first export runs without the speedups.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import type * as PdfMakeModule from 'pdfmake';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { fontPaths, fontsDir } from '../../../electron/services/export/fonts';
import {
  installByteForByteSpeedups,
  installPdfEngineSpeedups,
} from '../../../electron/services/export/pdf-engine';
import { pdfBytes } from '../../../electron/services/export/pdf-output';
import { pageWords, pdfInfo } from './poppler';

const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMakeModule;

const WORDS =
  'Các bộ, ngành, địa phương tiếp tục quán triệt Nghị quyết số 59-NQ/TW, rà soát, tháo gỡ ' +
  'các điểm nghẽn về thể chế, bảo đảm rõ người, rõ việc, rõ thời gian. ';

function definition(): TDocumentDefinitions {
  return {
    // A fixed date: the file identifier is made from it.
    info: { title: 'Kiểm tra', creationDate: new Date('2025-08-26T10:00:00Z') },
    defaultStyle: { font: 'LiberationSerif', fontSize: 13, lineHeight: 1.1 },
    styles: {
      base: { fontSize: 12, color: '#202020' },
      heading: { extends: 'base', bold: true, fontSize: 15 },
      quote: { extends: ['base', 'heading'], italics: true, alignment: 'right' },
      loud: { color: '#c00000', decoration: 'underline' },
    },
    content: [
      { text: 'Tiêu đề theo kiểu có kế thừa', style: 'heading' },
      { text: 'Trích dẫn theo hai kiểu', style: ['quote'] },
      {
        text: [
          'Một đoạn ',
          { text: 'có chữ đậm ', bold: true },
          { text: 'có kiểu riêng ', style: ['loud', 'base'] },
          { text: 'nghiêng', italics: true, fontSize: 11 },
          { text: '1', sup: true },
          ' rồi chữ thường. ',
          WORDS.repeat(12),
        ],
        alignment: 'justify',
        leadingIndent: 20,
      },
      {
        style: 'base',
        table: {
          headerRows: 1,
          widths: [40, '*', 120],
          body: [
            [{ text: 'STT', style: 'heading' }, 'Nhiệm vụ', 'Thời hạn'],
            ...Array.from({ length: 60 }, (_, i): TableCell[] => [
              String(i + 1),
              { text: `Nhiệm vụ số ${i + 1}: ${WORDS}`, ...(i % 3 === 0 ? { style: 'loud' } : {}) },
              { text: '30/9/2025', noWrap: true, alignment: 'center' },
            ]),
          ],
        },
      },
      { text: WORDS.repeat(20), style: 'quote', pageBreak: 'before' },
      // Lines drawn word by word as before: a link, a destination, letter spacing, a faded word.
      {
        text: [
          'Xem ',
          { text: 'cổng thông tin', link: 'https://example.gov.vn' },
          ' và ',
          { text: 'mục trên', linkToDestination: 'dau' },
          ' hoặc ',
          { text: 'giãn chữ', characterSpacing: 2 },
          ' với ',
          { text: 'chữ mờ', opacity: 0.4 },
          ' cuối dòng.',
        ],
      },
      { text: 'Đích liên kết', id: 'dau', fontSize: 14 },
    ],
  };
}

async function render(): Promise<Buffer> {
  const doc = await pdfmake.createPdf(definition()).getStream();
  return pdfBytes(doc as unknown as Readable & { end(): void });
}

/** The text objects (`BT`) in the file's streams, inflated. */
function textObjects(pdf: Buffer): number {
  let count = 0;
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not deflated content (none here), or a font program
    }
    count += content.match(/^BT$/gm)?.length ?? 0;
  }
  return count;
}

/** Every page of the file as grey pixels at 72 dpi (pdftoppm), in order. */
function pagePixels(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'bd-pdf-lines-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '72', '-gray', join(dir, 'doc.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page's words with their boxes (pdftotext -bbox), as a user's copy or search sees them. */
function words(pdf: Buffer): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'bd-pdf-lines-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const pages = pdfInfo(file).pages;
    return Array.from({ length: pages }, (_, i) =>
      pageWords(file, i + 1).map(
        (w) => `${w.text} ${w.xMin.toFixed(2)} ${w.yMin.toFixed(2)} ${w.xMax.toFixed(2)}`,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('PDF engine speedups', () => {
  it('write the same PDF, byte for byte, then the same pages from less content', async () => {
    pdfmake.setFonts({ LiberationSerif: fontPaths() });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir()));
    const plain = await render();
    expect(installByteForByteSpeedups()).toEqual({ styles: true, contentText: true, fonts: true });
    const fast = await render();
    expect(plain.length).toBeGreaterThan(10_000);
    expect(fast.equals(plain)).toBe(true);

    expect(installPdfEngineSpeedups().lines).toBe(true);
    const whole = await render();
    expect(textObjects(whole)).toBeLessThan(textObjects(plain) / 4);
    const before = pagePixels(plain);
    const after = pagePixels(whole);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(after.length).toBe(before.length);
    after.forEach((page, i) => expect(page.equals(before[i]!), `page ${i + 1}`).toBe(true));
    expect(words(whole)).toEqual(words(plain));
    // The link and the destination went through pdfmake as before.
    expect(whole.toString('latin1')).toContain('/URI (https://example.gov.vn)');
  });
});
