// Issue 10 §4: every DOCX we write passes the Open XML SDK's validator — Microsoft's own check
// against the ECMA-376 schemas and Office's semantic rules, run offline (the SDK compiled to
// WebAssembly, @ooxml-tools/validate). An element in the wrong order, a missing part or a bad
// attribute value is what makes Word say "unreadable content" and offer to repair the file.
import validate from '@ooxml-tools/validate';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createBrief,
  TEMPLATE_NAMES,
  type Brief,
  type DirectiveTableNode,
} from '../../../shared/brief';
import { exportDocx } from '../../../electron/services/export';
import { registerToDocx } from '../../../electron/services/register-export/docx';
import { outgoingRegister, statsRegister } from '../../../shared/registers';
import { sampleContext } from '../../unit/brief/fixtures';
import { deskWithSample } from '../briefs/helpers';
import { statsRow } from '../../fixtures/stats';

/** The validator's findings, each as "part xpath: description" so a failure says where. */
async function problems(bytes: Uint8Array): Promise<string[]> {
  const found = await validate(bytes, 'docx', 'Microsoft365');
  return found.map((p) => `${p.path.partUri} ${p.path.xpath}: ${p.description}`);
}

function withEverything(): Brief {
  // Marks, a secrecy warning and a draft frame on top of the report's footnotes and tables.
  const b = createBrief('report', sampleContext());
  b.header.urgency = 'hoa-toc';
  b.header.secrecy = 'mat';
  b.header.circulation = 'xem-xong-tra-lai';
  b.header.draft = true;
  return b;
}

beforeAll(async () => {
  // The first call starts the .NET runtime (several seconds); the cases then take about one each.
  await problems(await exportDocx(createBrief('talking-points', sampleContext())));
}, 120_000);

describe('DOCX files pass the Open XML SDK validator', () => {
  it('(the check itself: a run property out of its schema order is reported, with its place)', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(createBrief('report', sampleContext())));
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    // The order this exporter once wrote: vertAlign before sz, which CT_RPr does not allow.
    const swapped = notes.replace(
      /(<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>)(<w:vertAlign w:val="superscript"\/>)/g,
      '$2$1',
    );
    expect(swapped).not.toBe(notes);
    zip.file('word/footnotes.xml', swapped);
    const found = await problems(await zip.generateAsync({ type: 'uint8array' }));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toContain('/word/footnotes.xml');
  });

  it.each(TEMPLATE_NAMES)('template %s', async (template) => {
    expect(await problems(await exportDocx(createBrief(template, sampleContext())))).toEqual([]);
  });

  it('a report with every mark, footnotes and the task table', async () => {
    expect(await problems(await exportDocx(withEverything()))).toEqual([]);
  });

  it('a report whose task table went to a landscape appendix (a second section)', async () => {
    const b = createBrief('report', sampleContext());
    for (const n of b.body.content) if (n.type === 'directiveTable') n.attrs.placement = 'appendix';
    expect(await problems(await exportDocx(b))).toEqual([]);
  });

  it('a plan with two appendices: each section numbered from 1, its first page unnumbered', async () => {
    const b = createBrief('plan', sampleContext());
    const table = b.body.content.find((n) => n.type === 'directiveTable') as DirectiveTableNode;
    table.attrs.placement = 'appendix';
    b.body.content.push({ ...table, attrs: { ...table.attrs, variant: 'six-ro' } });
    const bytes = await exportDocx(b);
    const doc = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(doc.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
    expect(await problems(bytes)).toEqual([]);
  });

  it('the directive report, with its chart as a picture', async () => {
    const { desk } = await deskWithSample();
    const made = await desk.ok('briefs.createDirectiveReport', { today: '2026-03-01' });
    const out = await desk.ok('briefs.export', { id: made.id, format: 'docx' });
    expect(await problems(new Uint8Array(Buffer.from(out.base64, 'base64')))).toEqual([]);
  });

  it('the registers written to Word (the outgoing register, the statistics)', async () => {
    const entry = {
      originOrg: 'Bộ Ngoại giao',
      year: 2025,
      number: 1,
      numberSymbol: '01/TB-BNG',
      issuedOn: '2025-09-15',
      briefId: 'b1',
      typeName: 'Thông báo',
      abstract: 'Kết luận của Thủ tướng Chính phủ tại cuộc họp Ban Chỉ đạo',
      signer: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Văn An',
      recipients: ['Các bộ, ngành', 'Lưu: VT'],
      registeredAt: '2025-09-15T08:00:00.000Z',
    };
    const total = statsRow('Tổng cộng', { total: 2, doneOnTime: 1, inProgress: 1, onTimeRate: 1 });
    for (const table of [
      outgoingRegister([entry], 2025),
      statsRegister([{ ...total, key: 'Bộ Ngoại giao' }], total, 'unit', '2025-09-15'),
    ])
      expect(await problems(new Uint8Array(await registerToDocx(table, 'Bộ Ngoại giao')))).toEqual(
        [],
      );
  });
});
