// One document in two formats: every template (from the sample committee meeting) and the
// ~100-page brief of bench/export, exported to PDF by pdfmake and to DOCX, the DOCX laid out by
// LibreOffice. Both must have the same number of pages and break at least 95 % of their lines
// at the same words — the clerk who prints the PDF and the colleague who opens the DOCX see the
// same pages. Number-symbols and year ranges are never broken at a line end in either.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrief, TEMPLATE_NAMES, type Brief } from '../../../shared/brief';
import { exportDocx, exportPdf } from '../../../electron/services/export';
import { context as benchContext, longBrief } from '../../../bench/lib/long-brief';
import { sampleContext } from '../../unit/brief/fixtures';
import { lineBreaks, parity } from './parity';
import { sofficeToPdf } from '../briefs/office';
import { hasTool } from './poppler';

const TOOLS = ['pdfinfo', 'pdftotext', 'soffice'].every(hasTool);

const CASES: Record<string, () => Brief> = {
  ...Object.fromEntries(TEMPLATE_NAMES.map((n) => [n, () => createBrief(n, sampleContext())])),
  'bench-100-pages': () => longBrief(benchContext()),
};
const NAMES = Object.keys(CASES);

let dir = '';
const pdf = (name: string) => join(dir, `${name}.pdf`);
const lo = (name: string) => join(dir, 'lo', `${name}.pdf`);

beforeAll(async () => {
  if (!TOOLS) return;
  dir = mkdtempSync(join(tmpdir(), 'bd-parity-'));
  mkdirSync(join(dir, 'lo'));
  for (const name of NAMES) {
    const brief = CASES[name]!();
    writeFileSync(join(dir, `${name}.docx`), await exportDocx(brief));
    writeFileSync(pdf(name), await exportPdf(brief));
  }
  sofficeToPdf(
    NAMES.map((n) => join(dir, `${n}.docx`)),
    { profile: join(dir, 'lo-profile'), outDir: join(dir, 'lo'), timeout: 300_000 },
  );
}, 420_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!TOOLS)('PDF (pdfmake) and DOCX (LibreOffice) lay out the same pages', () => {
  it.each(NAMES)(
    '%s: same page count, at least 95 percent of lines break at the same words',
    (name) => {
      const r = parity(pdf(name), lo(name));
      expect(r.pagesA, `pages: PDF ${r.pagesA}, DOCX ${r.pagesB}`).toBe(r.pagesB);
      expect(
        r.share,
        `line parity ${(r.share * 100).toFixed(1)} %; PDF lines not in the DOCX: ${r.missing.join(' | ')}`,
      ).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.each(NAMES)(
    '%s: no line ends inside a number-symbol or a year range, in either format',
    (name) => {
      for (const file of [pdf(name), lo(name)]) {
        // A line ending on "59-" or "2026–" or "/" means the joined word was split there.
        const split = lineBreaks(file).filter(
          (l) => /[-–/]$/.test(l.split(' … ')[1] ?? '') && !/^[-–]$/.test(l.split(' … ')[1] ?? ''),
        );
        expect(split, file).toEqual([]);
      }
    },
  );
});
