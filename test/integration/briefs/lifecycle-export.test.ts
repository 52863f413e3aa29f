// Proof of the lifecycle on every template (issue 10): from a vault with NO organisation
// profile each draft exports (marked "DỰ THẢO", blank number, day and month left blank) and
// reads back with poppler and LibreOffice; once its header is completed and what the template
// left for the drafter is written, it issues, and the issued files carry the register number
// and the date and no draft mark. Pages are rendered to PNG in /tmp/lifecycle-shots.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES, type Brief, type MeetingTemplateName } from '../../../shared/brief';
import { hasTool, pdfText, renderPage } from '../export/poppler';
import { deskWithVault, type TestDesk } from '../handlers/helpers';
import { drafted } from '../../unit/brief/fixtures';
import { ORGANISATION, fromSampleMeeting } from './helpers';
import { sofficeToPdf } from './office';

const POPPLER = ['pdftotext', 'pdftoppm'].every(hasTool);
const SOFFICE = hasTool('soffice');
const SHOTS = '/tmp/lifecycle-shots';
const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

/** What a drafter does before issuing: the header from the organisation, the guidance written over. */
function completed(b: Brief): Brief {
  const c = structuredClone(b);
  const h = c.header;
  h.issuingBody = ORGANISATION.name;
  h.numberSymbol.issuerAbbrev = ORGANISATION.abbreviation;
  if (h.form === 'official-letter') h.numberSymbol.unitAbbrev = ORGANISATION.draftingUnit;
  if (h.form !== 'internal' && h.form !== 'minutes') h.signature = { ...ORGANISATION.signer };
  if (h.secondSignature) h.secondSignature.name = 'Lê Thu Hà';
  c.body.content = drafted(c.body.content, (r) => ({
    ...r,
    assignee: r.assignee || r.leadUnit || 'Bộ Ngoại giao',
    leadUnit: r.leadUnit || 'Bộ Ngoại giao',
    coordinatingUnits: r.coordinatingUnits.length > 0 ? r.coordinatingUnits : ['Bộ Công Thương'],
    deadline: r.deadline ?? '2025-12-31',
    authority: r.authority || 'Thủ tướng Chính phủ',
    responsibility: r.responsibility || 'Bộ trưởng',
    deliverable: r.deliverable || 'Báo cáo',
  }));
  return c;
}

let dir = '';
let desk: TestDesk;
const files = new Map<string, string>(); // `${template}-${stage}.${format}` → path
const briefs = new Map<MeetingTemplateName, Brief>();
const numbers = new Map<MeetingTemplateName, string | null>();

async function save(name: string, base64: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  files.set(name, file);
}

beforeAll(async () => {
  if (!POPPLER) return;
  const made = await deskWithVault();
  desk = made.desk;
  // Not under the desk's folder: that one is removed after each test.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-lifecycle-'));
  fs.mkdirSync(SHOTS, { recursive: true });
  await desk.ok('sample.create', {}); // and no organisation profile
  for (const template of TEMPLATE_NAMES) {
    const draft = await fromSampleMeeting(desk, template);
    for (const format of ['pdf', 'docx'] as const) {
      const out = await desk.ok('briefs.export', { id: draft.id, format });
      expect(out.problems.every((p) => p.severity === 'warning')).toBe(true);
      await save(`${template}-draft.${format}`, out.base64);
    }
    const saved = await desk.ok('briefs.save', {
      id: draft.id,
      revision: draft.revision,
      brief: completed(draft.brief),
    });
    const { brief, entry } = await desk.ok('briefs.issue', {
      id: draft.id,
      revision: saved.revision,
    });
    briefs.set(template, brief.brief);
    numbers.set(template, entry?.numberSymbol ?? null);
    for (const format of ['pdf', 'docx'] as const) {
      await save(
        `${template}-issued.${format}`,
        (await desk.ok('briefs.export', { id: draft.id, format })).base64,
      );
    }
  }
  if (SOFFICE) {
    const docx = [...files.keys()].filter((n) => n.endsWith('.docx'));
    sofficeToPdf(
      docx.map((n) => path.join(dir, n)),
      { profile: path.join(dir, 'lo-profile'), outDir: path.join(dir, 'lo'), timeout: 200_000 },
    );
  }
  for (const template of TEMPLATE_NAMES) {
    for (const stage of ['draft', 'issued'])
      renderPage(
        files.get(`${template}-${stage}.pdf`)!,
        1,
        path.join(SHOTS, `${template}-${stage}`),
      );
  }
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const readers = (template: string, stage: string): [string, () => string][] => [
  ['pdfmake', () => pdfText(files.get(`${template}-${stage}.pdf`)!)],
  ...(SOFFICE
    ? [
        ['LibreOffice', () => pdfText(path.join(dir, 'lo', `${template}-${stage}.pdf`))] as [
          string,
          () => string,
        ],
      ]
    : []),
];

describe.skipIf(!POPPLER)('every template through the lifecycle', () => {
  it.each(TEMPLATE_NAMES)(
    '%s: the draft exports without a profile — DỰ THẢO, no number, no day',
    (template) => {
      for (const [reader, read] of readers(template, 'draft')) {
        const text = flat(read());
        expect(text, reader).toContain('DỰ THẢO');
        // The number is left blank: "Số:" then the gap and the symbol (text order varies by reader).
        if (template !== 'talking-points') expect(text, reader).toContain('Số:');
        expect(text, reader).not.toMatch(/Số: ?\d/);
        if (template !== 'minutes') expect(text, reader).toContain('ngày tháng năm 2025');
      }
    },
  );

  it.each(TEMPLATE_NAMES)(
    '%s: issued once complete — the register number and date, no draft mark',
    (template) => {
      const number = numbers.get(template);
      if (template === 'talking-points')
        expect(number).toBeNull(); // a working paper: frozen, not numbered
      else expect(number).toMatch(/^\d{2}\/[A-ZĐa-z]+-/);
      for (const [reader, read] of readers(template, 'issued')) {
        const text = flat(read());
        expect(text, reader).not.toContain('DỰ THẢO');
        if (number) expect(text, reader).toContain(`Số: ${number}`);
        if (template !== 'minutes')
          expect(text, reader).toContain('Hà Nội, ngày 15 tháng 9 năm 2025');
        expect(text, reader).toContain(ORGANISATION.name.toUpperCase());
      }
      expect(briefs.get(template)?.header.draft).toBe(false);
    },
  );

  it('the six numbered documents took 01…06 of one sequence for the year', () => {
    const given = [...numbers.values()]
      .filter((n): n is string => n !== null)
      .map((n) => n.slice(0, 2));
    expect(given).toEqual(['01', '02', '03', '04', '05', '06']);
  });
});
