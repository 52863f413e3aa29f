// The PDF engine's speedups (pdf-engine.ts) replace a pdfmake and a PDFKit internal with
// equivalents: a document comes out byte for byte as it did without them. The document uses
// what the briefs do not (named styles extending others, style arrays on words, a default
// style) beside what they do (sizes, bold and italic runs, colours, a table, several pages), so
// a replacement that got pdfmake's style order wrong would show here first. This file loads
// pdfmake on its own, so its first export runs without the speedups.
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import type * as PdfMakeModule from 'pdfmake';
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { fontPaths, fontsDir } from '../../../electron/services/export/fonts';
import { installPdfEngineSpeedups } from '../../../electron/services/export/pdf-engine';
import { pdfBytes } from '../../../electron/services/export/pdf-output';

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
    ],
  };
}

async function render(): Promise<Buffer> {
  const doc = await pdfmake.createPdf(definition()).getStream();
  return pdfBytes(doc as unknown as Readable & { end(): void });
}

describe('PDF engine speedups', () => {
  it('write the same PDF, byte for byte, as pdfmake and PDFKit do without them', async () => {
    pdfmake.setFonts({ LiberationSerif: fontPaths() });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir()));
    const plain = await render();
    expect(installPdfEngineSpeedups()).toEqual({ styles: true, contentText: true, fonts: true });
    const fast = await render();
    expect(plain.length).toBeGreaterThan(10_000);
    expect(fast.equals(plain)).toBe(true);
  });
});
