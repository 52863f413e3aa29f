// Every template, drafted from the committee meeting of 26/8/2025 (the sample data), exported
// to DOCX and PDF. The PDF from pdfmake and the PDF LibreOffice makes of the DOCX are read back
// with poppler and checked the way a records clerk would: A4, the 30 mm left margin, the
// national name and motto at the top right, the number and the date on one line, page numbers
// from page 2 only, fonts embedded, the Vietnamese text exactly as written. Page 1 of each is
// rendered to /tmp/export-shots/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBrief,
  figureText,
  meetingReferenceText,
  TEMPLATE_NAMES,
  type Brief,
  type ExportProblem,
  type InlineNode,
} from '../../../shared/brief';
import { p } from '../../../shared/brief/templates/build';
import { layoutBrief, runsText } from '../../../shared/brief/layout';
import { exportDocx, exportPdf } from '../../../electron/services/export';
import { AppFailure } from '../../../shared/result';
import { sampleContext } from '../../unit/brief/fixtures';
import { sofficeToPdf } from '../briefs/office';
import { hasTool, pageLines, pdfFonts, pdfInfo, pdfText, renderPage, type Line } from './poppler';

const PT = 72 / 25.4;
const LEFT = 30 * PT;
const RIGHT_COLUMN = (30 + 65) * PT;
const TEXT_RIGHT = (210 - 15) * PT;
const TOP_MARGIN = 20 * PT;
const TEXT_CENTRE = (30 + 165 / 2) * PT;
const RIGHT_COLUMN_CENTRE = (30 + 65 + 50) * PT;
const SHOTS = '/tmp/export-shots';

const POPPLER = ['pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm'].every(hasTool);
const SOFFICE = hasTool('soffice');

/** A conclusion notice long enough to run onto several pages. */
function longBrief(): Brief {
  const b = createBrief('conclusion-notice', sampleContext());
  const filler = Array.from({ length: 40 }, (_, i) =>
    p(
      `Đoạn bổ sung số ${i + 1}: các bộ, ngành, địa phương tiếp tục rà soát, hoàn thiện thể chế, tháo gỡ ` +
        'điểm nghẽn, bảo đảm mỗi nhiệm vụ rõ người, rõ việc, rõ thời gian, rõ thẩm quyền, rõ trách nhiệm, rõ sản phẩm.',
    ),
  );
  b.body.content.splice(2, 0, ...filler);
  return b;
}

function marksBrief(): Brief {
  const b = createBrief('report', sampleContext());
  b.header.urgency = 'hoa-toc';
  b.header.secrecy = 'mat';
  b.header.circulation = 'xem-xong-tra-lai';
  return b;
}

const CASES: Record<string, () => Brief> = {
  ...Object.fromEntries(TEMPLATE_NAMES.map((n) => [n, () => createBrief(n, sampleContext())])),
  long: longBrief,
  marks: marksBrief,
};
const NAMES = Object.keys(CASES);
const ENGINES = ['pdfmake', 'libreoffice'] as const;
type Engine = (typeof ENGINES)[number];

const inlineText = (nodes: readonly InlineNode[] = []): string =>
  nodes
    .map((n) =>
      n.type === 'text'
        ? n.text
        : n.type === 'indicatorFigure'
          ? figureText(n)
          : n.type === 'meetingReference'
            ? meetingReferenceText(n)
            : '',
    )
    .join('');

/**
 * The opening words of the body as printed (the layout's wording: a meeting named inside the
 * sentence, typographic quotes): must come back out of the PDF exactly.
 */
function openingWords(b: Brief): string {
  const first = b.body.content.find((x) => x.type === 'paragraph');
  const text = first?.type === 'paragraph' ? inlineText(first.content) : '';
  const lead = text.split(' ').slice(0, 4).join(' ');
  const printed = layoutBrief(b)
    .blocks.flatMap((x) => (x.kind === 'paragraph' ? [runsText(x.runs)] : []))
    .find((t) => t.startsWith(lead));
  return (printed ?? text).split(' ').slice(0, 14).join(' ');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');
const lineWith = (lines: Line[], phrase: string) => lines.find((l) => l.text.includes(phrase));

let dir = '';
const briefs = new Map<string, Brief>();
const files = new Map<string, Record<Engine | 'docx', string>>();
const warnings = new Map<string, ExportProblem[]>();

beforeAll(async () => {
  if (!POPPLER) return;
  dir = mkdtempSync(join(tmpdir(), 'bd-export-'));
  mkdirSync(join(dir, 'lo'));
  mkdirSync(SHOTS, { recursive: true });
  for (const name of NAMES) {
    const brief = CASES[name]!();
    briefs.set(name, brief);
    const seen: ExportProblem[] = [];
    const docx = join(dir, `${name}.docx`);
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(docx, await exportDocx(brief, { onWarnings: (w) => seen.push(...w) }));
    writeFileSync(pdf, await exportPdf(brief));
    warnings.set(name, seen);
    files.set(name, { docx, pdfmake: pdf, libreoffice: join(dir, 'lo', `${name}.pdf`) });
  }
  if (SOFFICE) {
    // One LibreOffice start for all files, with a private profile so parallel runs cannot clash.
    sofficeToPdf(
      NAMES.map((n) => join(dir, `${n}.docx`)),
      { profile: join(dir, 'lo-profile'), outDir: join(dir, 'lo') },
    );
  }
  for (const name of NAMES) {
    const f = files.get(name)!;
    renderPage(f.pdfmake, 1, join(SHOTS, `${name}-pdfmake`));
    if (SOFFICE) renderPage(f.libreoffice, 1, join(SHOTS, `${name}-libreoffice`));
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!POPPLER)('exported documents, read back with poppler', () => {
  describe.each(ENGINES)('%s', (engine) => {
    const skip = engine === 'libreoffice' && !SOFFICE;
    const file = (name: string) => files.get(name)![engine];

    it.skipIf(skip).each(NAMES)('%s: A4 pages, every font embedded', (name) => {
      const info = pdfInfo(file(name));
      expect(Math.abs(info.width - 595)).toBeLessThanOrEqual(1);
      expect(Math.abs(info.height - 842)).toBeLessThanOrEqual(1);
      const fonts = pdfFonts(file(name));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.embedded, f.name).toBe(true);
        expect(f.name).toMatch(/LiberationSerif/);
      }
    });

    it.skipIf(skip).each(NAMES)('%s: text starts at the 30 mm left margin', (name) => {
      const lines = pageLines(file(name), 1);
      const leftmost = Math.min(...lines.flatMap((l) => l.words.map((w) => w.xMin)));
      expect(Math.abs(leftmost - LEFT)).toBeLessThanOrEqual(PT);
    });

    it.skipIf(skip).each(NAMES)(
      '%s: national name and motto on page 1 in the right column',
      (name) => {
        const lines = pageLines(file(name), 1);
        const national = lineWith(lines, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        const motto = lineWith(lines, 'Độc lập - Tự do - Hạnh phúc');
        for (const l of [national, motto]) {
          expect(l).toBeDefined();
          const words = l!.words.filter((w) => w.xMin >= RIGHT_COLUMN - 1);
          expect(words.map((w) => w.text).join(' ')).toMatch(
            /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc/,
          );
          const xMin = Math.min(...words.map((w) => w.xMin));
          const xMax = Math.max(...words.map((w) => w.xMax));
          expect(xMax).toBeLessThanOrEqual(TEXT_RIGHT + 1);
          expect(Math.abs((xMin + xMax) / 2 - RIGHT_COLUMN_CENTRE)).toBeLessThanOrEqual(4);
        }
        expect(motto!.y).toBeGreaterThan(national!.y);
      },
    );

    it.skipIf(skip).each(NAMES)('%s: the number and the date share one line', (name) => {
      const b = briefs.get(name)!;
      const lines = pageLines(file(name), 1);
      const numberLine = lines.find((l) =>
        l.words.some((w) => w.text === 'Số:' && w.xMax < RIGHT_COLUMN),
      );
      const dateLine = lines.find((l) => /Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}/.test(l.text));
      if (b.header.form === 'internal') {
        expect(numberLine).toBeUndefined();
        expect(dateLine).toBeDefined();
      } else if (b.header.form === 'minutes') {
        // Mẫu 1.9: the minutes carry no place and date in the header.
        expect(numberLine).toBeDefined();
        expect(numberLine!.text).not.toMatch(/ngày/);
      } else {
        expect(numberLine).toBeDefined();
        expect(numberLine).toBe(dateLine);
        const date = numberLine!.words.find((w) => w.text === 'Hà');
        expect(date!.xMin).toBeGreaterThan(RIGHT_COLUMN);
        expect(numberLine!.text).toContain(
          `/${b.header.numberSymbol.typeAbbrev || b.header.numberSymbol.issuerAbbrev}-`,
        );
      }
    });

    it.skipIf(skip).each(NAMES)(
      '%s: no page number on page 1, a centred one from page 2',
      (name) => {
        const inTopMargin = (page: number) =>
          pageLines(file(name), page)
            .filter((l) => l.y < TOP_MARGIN)
            .flatMap((l) => l.words);
        expect(inTopMargin(1).filter((w) => /^\d+$/.test(w.text))).toEqual([]);
        const { pages } = pdfInfo(file(name));
        if (name === 'long') expect(pages).toBeGreaterThanOrEqual(3);
        for (let page = 2; page <= Math.min(pages, 3); page++) {
          const words = inTopMargin(page);
          expect(words.map((w) => w.text)).toEqual([String(page)]);
          expect(Math.abs((words[0]!.xMin + words[0]!.xMax) / 2 - TEXT_CENTRE)).toBeLessThanOrEqual(
            3,
          );
        }
      },
    );

    it.skipIf(skip).each(NAMES)('%s: the Vietnamese text comes back exactly, in NFC', (name) => {
      const b = briefs.get(name)!;
      const text = pdfText(file(name));
      expect(text).toBe(text.normalize('NFC'));
      const flat = collapse(text);
      expect(flat).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(flat).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(flat).toContain('VĂN PHÒNG CHÍNH PHỦ');
      expect(flat).toContain(openingWords(b));
      if (b.header.form !== 'official-letter')
        expect(flat).toContain(b.header.typeName.toUpperCase());
      if (b.header.form !== 'minutes') expect(flat).toContain('Hà Nội, ngày 28 tháng 8 năm 2025');
    });

    it.skipIf(skip)(
      'report: each figure’s source is a footnote at the foot of the page citing it',
      () => {
        const f = file('report');
        const { pages, height } = pdfInfo(f);
        let checked = 0;
        for (let page = 1; page <= pages; page++) {
          const lines = pageLines(f, page);
          const ref = lineWith(lines, 'Tốc độ tăng trưởng GDP: 7,52%');
          if (!ref) continue;
          const note = lineWith(lines, 'Tốc độ tăng trưởng GDP 6 tháng đầu năm 2025: 7,52%');
          expect(note, `note on page ${page}`).toBeDefined();
          expect(note!.y).toBeGreaterThan(ref.y);
          expect(note!.y).toBeLessThanOrEqual(height - 20 * PT + 2);
          // Nothing of the body below the notes: they close the page.
          const below = lines.filter(
            (l) => l.y > note!.y + 40 && !/Nguồn|\(|\d{4}\.$/.test(l.text),
          );
          expect(below).toEqual([]);
          checked += 1;
        }
        expect(checked).toBe(1);
      },
    );

    it.skipIf(skip)(
      'marks: urgency and secrecy framed at the left under the number, circulation in the top margin',
      () => {
        const lines = pageLines(file('marks'), 1);
        const number = lines.find((l) => l.words.some((w) => w.text === 'Số:'))!;
        for (const mark of ['MẬT', 'HỎA TỐC']) {
          const l = lines.find(
            (x) =>
              x.words
                .filter((w) => w.xMax < RIGHT_COLUMN)
                .map((w) => w.text)
                .join(' ') === mark,
          );
          expect(l, mark).toBeDefined();
          expect(l!.y).toBeGreaterThan(number.y);
        }
        const circulation = lineWith(lines, 'XEM XONG TRẢ LẠI');
        expect(circulation!.y).toBeLessThan(TOP_MARGIN + 2);
        expect(warnings.get('marks')!.map((w) => w.code)).toContain('secrecy-mark');
      },
    );
  });

  it('DOCX names Times New Roman, A4 and the margins in twips, page numbers from page 2', () => {
    const xml = execFileSync('unzip', ['-p', files.get('long')!.docx, 'word/document.xml'], {
      encoding: 'utf8',
    });
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('w:ascii="Times New Roman"');
    const header = execFileSync(
      'sh',
      ['-c', `unzip -p '${files.get('long')!.docx}' 'word/header*.xml'`],
      { encoding: 'utf8' },
    );
    expect(header).toMatch(/PAGE/);
    expect(readFileSync(files.get('long')!.docx).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('export refuses what the pre-export check blocks', () => {
  it('an empty issuing body: nothing produced, the problem named in both languages', async () => {
    const b = createBrief('report', sampleContext());
    b.header.issuingBody = '';
    for (const run of [exportDocx, exportPdf]) {
      const failure = await run(b).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(AppFailure);
      const error = (failure as AppFailure).error;
      expect(error.code).toBe('invalid-input');
      expect(error.message.vi).toContain('Tên cơ quan ban hành');
      expect(error.message.en).toContain('Issuing body');
      expect(error.issues?.map((i) => i.path)).toEqual(['header.issuingBody']);
    }
  });

  it('an empty body is refused', async () => {
    const b = createBrief('report', sampleContext());
    b.body = { type: 'doc', content: [] };
    await expect(exportPdf(b)).rejects.toBeInstanceOf(AppFailure);
  });
});
