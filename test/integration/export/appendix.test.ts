// A report whose "6 rõ" table is placed in an appendix (issue 10 §5), exported to PDF by pdfmake
// and to DOCX laid out by LibreOffice, read back with poppler: the text on portrait A4, then
// the appendix on landscape A4 (842 × 595 pt) under its Decree 30 heading, the page numbers
// restarting in each appendix (its first page unnumbered, as the text's), the table inside the
// landscape margins, and both formats with the same pages.
// The first landscape page is rendered to /tmp/export-shots/ for a person to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrief, type Brief, type DirectiveTableNode } from '../../../shared/brief';
import { exportDocx, exportPdf } from '../../../electron/services/export';
import { sampleContext } from '../../unit/brief/fixtures';
import { parity } from './parity';
import { sofficeToPdf } from '../briefs/office';
import { hasTool, pageLines, pageSizes, renderPage } from './poppler';

const PT = 72 / 25.4;
const SHOTS = '/tmp/export-shots';
const POPPLER = ['pdfinfo', 'pdftotext', 'pdftoppm'].every(hasTool);
const SOFFICE = hasTool('soffice');
const ENGINES = ['pdfmake', 'libreoffice'] as const;

function reportWithAppendix(): Brief {
  const b = createBrief('report', sampleContext());
  for (const n of b.body.content) if (n.type === 'directiveTable') n.attrs.placement = 'appendix';
  return b;
}

/**
 * A plan with its task table and a 6 rõ table after it, both in appendices: I and II. The rows
 * are doubled so each appendix runs onto a second page and the restart shows.
 */
function planWithTwoAppendices(): Brief {
  const b = createBrief('plan', sampleContext());
  const table = b.body.content.find((n) => n.type === 'directiveTable') as DirectiveTableNode;
  table.attrs.placement = 'appendix';
  table.attrs.rows = [...table.attrs.rows, ...table.attrs.rows];
  b.body.content.push({ ...table, attrs: { ...table.attrs, variant: 'six-ro' } });
  return b;
}

const CASES = { report: reportWithAppendix, plan: planWithTwoAppendices };
type Case = keyof typeof CASES;

let dir = '';
const file = (engine: (typeof ENGINES)[number], name: Case = 'report') =>
  engine === 'pdfmake' ? join(dir, `${name}.pdf`) : join(dir, 'lo', `${name}.pdf`);

beforeAll(async () => {
  if (!POPPLER) return;
  dir = mkdtempSync(join(tmpdir(), 'bd-appendix-'));
  mkdirSync(join(dir, 'lo'));
  mkdirSync(SHOTS, { recursive: true });
  for (const [name, make] of Object.entries(CASES)) {
    const brief = make();
    writeFileSync(join(dir, `${name}.docx`), await exportDocx(brief));
    writeFileSync(file('pdfmake', name as Case), await exportPdf(brief));
  }
  if (SOFFICE) {
    sofficeToPdf(
      Object.keys(CASES).map((n) => join(dir, `${n}.docx`)),
      { profile: join(dir, 'lo-profile'), outDir: join(dir, 'lo') },
    );
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

/** The first line pdftotext reads on each page (its top line: the number, if it has one). */
const topLines = (f: string): string[] =>
  pageSizes(f).map((_, i) => (pageLines(f, i + 1)[0]?.text ?? '').replace(/\s+/g, ' '));

/** The pages (1-based) on which an appendix starts: landscape, headed "Phụ lục…". */
const appendixStarts = (f: string): number[] =>
  pageSizes(f).flatMap((s, i) =>
    s.width > s.height && pageLines(f, i + 1).some((l, j) => j < 2 && l.text.startsWith('Phụ lục'))
      ? [i + 1]
      : [],
  );

/**
 * What each page's top line should be: within its part (the text, each appendix) the pages
 * count from 1, the first not showing its number; null where no number is printed.
 */
function expectedNumbers(pages: number, starts: number[]): (string | null)[] {
  return Array.from({ length: pages }, (_, i) => {
    const page = i + 1;
    const start = [1, ...starts].filter((s) => s <= page).at(-1)!;
    const n = page - start + 1;
    return n === 1 ? null : String(n);
  });
}

/** Each page's printed number, or null where its top line is not one. */
const printedNumbers = (f: string): (string | null)[] =>
  topLines(f).map((t) => (/^\d+$/.test(t) ? t : null));

describe.skipIf(!POPPLER)('a report with its directive table in a landscape appendix', () => {
  describe.each(ENGINES)('%s', (engine) => {
    const skip = engine === 'libreoffice' && !SOFFICE;
    /** Index (0-based) of the first landscape page. */
    const firstLandscape = () => pageSizes(file(engine)).findIndex((s) => s.width > s.height);

    it.skipIf(skip)('portrait A4 pages for the text, then landscape A4 to the end', () => {
      const sizes = pageSizes(file(engine));
      const at = firstLandscape();
      expect(at).toBeGreaterThan(0);
      for (const [i, s] of sizes.entries()) {
        const [w, h] = i < at ? [595, 842] : [842, 595];
        expect(
          near(s.width, w) && near(s.height, h),
          `page ${i + 1}: ${s.width} × ${s.height}`,
        ).toBe(true);
      }
      // The signature and Nơi nhận end the text, on the last portrait page.
      const before = pageLines(file(engine), at).map((l) => l.text);
      expect(before.some((t) => t.includes('Nơi nhận:'))).toBe(true);
    });

    it.skipIf(skip)(
      'the appendix page: no number (its page 1), "Phụ lục", the title, the "Kèm theo" line',
      () => {
        const page = firstLandscape() + 1;
        renderPage(file(engine), page, join(SHOTS, `appendix-${engine}`));
        const lines = pageLines(file(engine), page).map((l) => l.text.replace(/\s+/g, ' '));
        // The appendix is numbered on its own, and its first page, like the text's, shows none.
        expect(lines.slice(0, 3)).toEqual([
          'Phụ lục',
          'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
          '(Kèm theo Báo cáo số /BC-VPCP ngày 28 tháng 8 năm 2025 của Văn phòng Chính phủ)',
        ]);
        expect(lines.some((t) => t.includes('Nhiệm vụ (rõ việc)'))).toBe(true);
      },
    );

    it.skipIf(skip)('the text numbered 2, 3 … from page 2; the appendix from 1 again', () => {
      const f = file(engine);
      const at = firstLandscape() + 1;
      expect(appendixStarts(f)).toEqual([at]);
      const printed = printedNumbers(f);
      expect(printed).toEqual(expectedNumbers(printed.length, [at]));
      // The text's own numbers as before: none on page 1, then the page itself.
      expect(printed.slice(0, at - 1)).toEqual(
        Array.from({ length: at - 1 }, (_, i) => (i === 0 ? null : String(i + 1))),
      );
      if (printed.length > at) {
        expect(printed[at]).toBe('2');
        renderPage(f, at + 1, join(SHOTS, `appendix-page2-${engine}`));
      }
    });

    it.skipIf(skip)('the table fills the landscape text area: 30 mm left, 20 mm right', () => {
      const page = firstLandscape() + 1;
      // Its first page shows no number; any line of digits alone would be one.
      const words = pageLines(file(engine), page)
        .filter((l) => !/^\d+$/.test(l.text.trim()))
        .flatMap((l) => l.words);
      const left = Math.min(...words.map((w) => w.xMin));
      const right = Math.max(...words.map((w) => w.xMax));
      expect(left).toBeGreaterThanOrEqual(30 * PT - 1);
      // The shared values' sentence, body text, is indented 12.7 mm from the 30 mm margin.
      const shared = words.find((w) => w.text === 'Thẩm')!;
      expect(Math.abs(shared.xMin - (30 + 12.7) * PT)).toBeLessThanOrEqual(1);
      expect(right).toBeLessThanOrEqual((297 - 20) * PT + 1);
      // The last column (Tình trạng) reaches toward the right margin: the table is 247 mm wide.
      expect(right).toBeGreaterThan((297 - 20 - 30) * PT);
    });
  });

  describe.each(ENGINES)('%s, two appendices', (engine) => {
    it.skipIf(engine === 'libreoffice' && !SOFFICE)(
      'each starts a landscape page of its own: Phụ lục I, then Phụ lục II',
      () => {
        const sizes = pageSizes(file(engine, 'plan'));
        const heads = sizes.flatMap((s, i) => {
          if (s.width < s.height) return [];
          // No number above the heading: an appendix's first page does not show its 1.
          const [name, title] = pageLines(file(engine, 'plan'), i + 1).map((l) => l.text);
          return name?.startsWith('Phụ lục') ? [[name, title]] : [];
        });
        const first = sizes.findIndex((s) => s.width > s.height) + 1;
        renderPage(file(engine, 'plan'), first, join(SHOTS, `appendix-plan-${engine}`));
        expect(heads[0]).toEqual(['Phụ lục I', 'DANH MỤC NHIỆM VỤ']);
        expect(heads[1]).toEqual(['Phụ lục II', 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO']);
        expect(heads).toHaveLength(2);
        // Landscape from the first appendix to the end.
        expect(sizes.slice(first - 1).every((s) => s.width > s.height)).toBe(true);
      },
    );

    it.skipIf(engine === 'libreoffice' && !SOFFICE)(
      'the numbers restart in each appendix: I counts 2 … from its page 2, II again',
      () => {
        const f = file(engine, 'plan');
        const starts = appendixStarts(f);
        expect(starts).toHaveLength(2);
        const printed = printedNumbers(f);
        expect(printed).toEqual(expectedNumbers(printed.length, starts));
        // Each appendix runs onto a second page, so each shows a "2" of its own.
        const [i, ii] = starts as [number, number];
        expect(ii - i).toBeGreaterThan(1);
        expect(printed.length - ii + 1).toBeGreaterThan(1);
        expect([printed[i], printed[ii]]).toEqual(['2', '2']);
        renderPage(f, ii + 1, join(SHOTS, `appendix-plan-II-page2-${engine}`));
      },
    );
  });

  it.skipIf(!SOFFICE).each(Object.keys(CASES))(
    '%s: PDF and DOCX have the same pages and break their lines alike',
    (name) => {
      const r = parity(file('pdfmake', name as Case), file('libreoffice', name as Case));
      expect(r.pagesA, `pages: PDF ${r.pagesA}, DOCX ${r.pagesB}`).toBe(r.pagesB);
      expect(
        r.share,
        `line parity ${(r.share * 100).toFixed(1)} %; PDF lines not in the DOCX: ${r.missing.join(' | ')}`,
      ).toBeGreaterThanOrEqual(0.95);
    },
  );
});

describe('the DOCX sections of two appendices', () => {
  it('each restarts at 1 and has a first-page header of its own, empty; the text as before', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(planWithTwoAppendices()));
    const doc = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const sects = [...doc.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    // The text's, then one per appendix (the last is the body's own).
    expect(sects).toHaveLength(3);
    const [text, ...appendices] = sects as [string, string, string];
    // The text: numbered from 1 as any document, page 1's header its marks, not the number.
    expect(text).not.toMatch(/w:start=/);
    expect(text).toContain('<w:titlePg/>');
    const headerText = async (sect: string, type: 'default' | 'first') => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)?.[1];
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      const xml = await zip.file(`word/${target}`)!.async('string');
      return {
        xml,
        text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      };
    };
    for (const sect of appendices) {
      expect(sect).toMatch(/<w:pgNumType w:start="1"\/>/);
      expect(sect).toContain('<w:titlePg/>');
      expect(sect).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
      // The first page: nothing in the header, not the text's page-1 marks inherited.
      const first = await headerText(sect, 'first');
      expect(first.text).toBe('');
      expect(first.xml).not.toContain('PAGE');
      // From its page 2 the number, a PAGE field counting from the section's start.
      expect((await headerText(sect, 'default')).xml).toContain('PAGE');
    }
  });
});
