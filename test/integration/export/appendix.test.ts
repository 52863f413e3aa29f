// A report whose "6 rõ" table is placed in an appendix (issue 10 §5), exported to PDF by pdfmake
// and to DOCX laid out by LibreOffice, read back with poppler: the text on portrait A4, then
// the appendix on landscape A4 (842 × 595 pt) under its Decree 30 heading, the page numbers
// running on, the table inside the landscape margins, and both formats with the same pages.
// The first landscape page is rendered to /tmp/export-shots/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrief, type Brief, type DirectiveTableNode } from '../../../shared/brief';
import { exportDocx, exportPdf } from '../../../electron/services/export';
import { sampleContext } from '../../unit/brief/fixtures';
import { parity } from './parity';
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

/** A plan with its task table and a 6 rõ table after it, both in appendices: I and II. */
function planWithTwoAppendices(): Brief {
  const b = createBrief('plan', sampleContext());
  const table = b.body.content.find((n) => n.type === 'directiveTable') as DirectiveTableNode;
  table.attrs.placement = 'appendix';
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
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo'),
        ...Object.keys(CASES).map((n) => join(dir, `${n}.docx`)),
      ],
      { stdio: 'ignore', timeout: 150_000 },
    );
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

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
      'the appendix page: its number, "Phụ lục", the title, the "Kèm theo" line',
      () => {
        const page = firstLandscape() + 1;
        renderPage(file(engine), page, join(SHOTS, `appendix-${engine}`));
        const lines = pageLines(file(engine), page).map((l) => l.text.replace(/\s+/g, ' '));
        // Page numbers run on from the text into the appendix.
        expect(lines[0]).toBe(String(page));
        expect(lines.slice(1, 4)).toEqual([
          'Phụ lục',
          'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
          '(Kèm theo Báo cáo số /BC-VPCP ngày 28 tháng 8 năm 2025 của Văn phòng Chính phủ)',
        ]);
        expect(lines.some((t) => t.includes('Nhiệm vụ (rõ việc)'))).toBe(true);
      },
    );

    it.skipIf(skip)('the table fills the landscape text area: 30 mm left, 20 mm right', () => {
      const page = firstLandscape() + 1;
      const words = pageLines(file(engine), page)
        .slice(1)
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
          const [number, name, title] = pageLines(file(engine, 'plan'), i + 1).map((l) => l.text);
          return name?.startsWith('Phụ lục') ? [[number, name, title]] : [];
        });
        const first = sizes.findIndex((s) => s.width > s.height) + 1;
        renderPage(file(engine, 'plan'), first, join(SHOTS, `appendix-plan-${engine}`));
        expect(heads[0]).toEqual([String(first), 'Phụ lục I', 'DANH MỤC NHIỆM VỤ']);
        expect(heads[1]?.slice(1)).toEqual([
          'Phụ lục II',
          'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
        ]);
        expect(heads).toHaveLength(2);
        // Landscape from the first appendix to the end.
        expect(sizes.slice(first - 1).every((s) => s.width > s.height)).toBe(true);
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
