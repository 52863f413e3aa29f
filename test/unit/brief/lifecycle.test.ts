// The lifecycle's shared rules (issue 10): placeholders and empty task cells found with their
// place, the secretary's line of the minutes, a draft mark on an issued document, what a draft
// prints (no number, no day), what issuing sets, the rename rule of the type abbreviation, the
// register's CSV, and new documents of every type.
import { describe, expect, it } from 'vitest';
import {
  asDraftWarnings,
  blankBrief,
  createBrief,
  draftView,
  findPlaceholder,
  issuedBrief,
  layoutBrief,
  preExportCheck,
  registerCsv,
  runsText,
  TEMPLATE_NAMES,
  withTypeAbbrev,
  type Brief,
  type LayoutBlock,
  type LayoutTable,
} from '../../../shared/brief';
import { smallContext, ORGANISATION } from './fixtures';

const codes = (b: Brief, status?: 'issued') =>
  preExportCheck(b, status ? { status } : {}).map((p) => `${p.severity}:${p.code}:${p.field}`);
const text = (blocks: readonly LayoutBlock[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? runsText(b.runs) : ''));

describe('placeholders', () => {
  it.each([
    ['…', 'Địa điểm: …'],
    ['...', 'báo cáo trước ngày ...'],
    ['(chưa rõ)', 'Thời hạn (chưa rõ)'],
    ['(Nêu các kiến nghị.)', '(Nêu các kiến nghị.)'],
    ['(Tổng hợp ý kiến góp ý.)', 'Nội dung: (Tổng hợp ý kiến góp ý.)'],
  ])('finds %s', (found, line) => expect(findPlaceholder(line)).toBe(found));

  it('leaves ordinary text alone', () => {
    expect(findPlaceholder('Kết luận (theo Thông báo số 05/TB-VPCP).')).toBeNull();
  });

  it('names the body block and the header field where each is', () => {
    const b = createBrief('conclusion-notice', smallContext());
    b.body.content.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Báo cáo trước ngày …' }],
    });
    b.header.recipients.push('…');
    const found = codes(b).filter((c) => c.includes(':placeholder:'));
    expect(found).toEqual([
      'blocking:placeholder:header.recipients',
      `blocking:placeholder:body.${b.body.content.length - 1}`,
    ]);
  });

  it('counts the empty cells of a task table by column', () => {
    const plan = createBrief('plan', smallContext());
    const problem = preExportCheck(plan).find((p) => p.code === 'empty-task-cell');
    expect(problem?.severity).toBe('blocking');
    expect(problem?.field).toMatch(/^body\.\d+$/);
    expect(problem?.message.vi).toMatch(/Bảng nhiệm vụ có \d+ ô trống/);
  });
});

describe('lifecycle checks', () => {
  it('the minutes need the secretary’s name', () => {
    const m = createBrief('minutes', smallContext());
    expect(codes(m)).toContain('blocking:no-secretary:header.secondSignature.name');
    m.header.secondSignature = { title: 'Thư ký', name: 'Lê Thu Hà' };
    expect(codes(m)).not.toContain('blocking:no-secretary:header.secondSignature.name');
  });

  it('an issued document may not carry the draft mark; number and date are no longer reminders', () => {
    const b = createBrief('conclusion-notice', smallContext());
    expect(codes(b, 'issued')).toEqual(['blocking:draft-mark:header.draft']);
    expect(codes(issuedBrief(b, 3, '2025-09-16'), 'issued')).toEqual([]);
  });

  it('a draft exports with every problem as a warning', () => {
    const b = createBrief('minutes', smallContext());
    const problems = asDraftWarnings(preExportCheck(b));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});

describe('what a draft and an issued document print', () => {
  it('a draft: DỰ THẢO, no number, only the year', () => {
    const b = issuedBrief(createBrief('report', smallContext()), 12, '2025-09-16');
    const view = draftView(b, '2025-09-20');
    expect(view.header).toMatchObject({
      draft: true,
      date: '2025-09-16',
      numberSymbol: { number: null },
    });
    const header = layoutBrief(view, { blankDay: true }).blocks[0] as LayoutTable;
    expect(text(header.rows[1]!.cells[0]!.blocks)[0]).toMatch(/^Số:\s+\/BC-VPCP$/);
    expect(text(header.rows[1]!.cells[1]!.blocks)[0]).toMatch(/^Hà Nội, ngày\s+tháng\s+năm 2025$/);
    // Without a date of its own, the year is today's.
    expect(draftView({ ...b, header: { ...b.header, date: null } }, '2026-01-03').header.date).toBe(
      '2026-01-03',
    );
  });

  it('issued: the number, the day, no draft mark', () => {
    const b = issuedBrief(createBrief('report', smallContext()), 7, '2025-09-08');
    const header = layoutBrief(b).blocks[0] as LayoutTable;
    expect(text(header.rows[1]!.cells[0]!.blocks)[0]).toBe('Số: 07/BC-VPCP');
    expect(text(header.rows[1]!.cells[1]!.blocks)[0]).toBe('Hà Nội, ngày 08 tháng 9 năm 2025');
    expect(b.header.draft).toBe(false);
  });
});

describe('rename by type abbreviation', () => {
  it('follows the abbreviation when the name is the table’s, keeps a typed one', () => {
    const h = createBrief('report', smallContext()).header;
    expect(withTypeAbbrev(h, 'KH')).toMatchObject({
      typeName: 'Kế hoạch',
      numberSymbol: { typeAbbrev: 'KH' },
    });
    expect(withTypeAbbrev({ ...h, typeName: 'Báo cáo chuyên đề' }, 'KH').typeName).toBe(
      'Báo cáo chuyên đề',
    );
    expect(withTypeAbbrev(h, 'XYZ').typeName).toBe('Báo cáo');
  });
});

describe('new documents and the register', () => {
  it.each(TEMPLATE_NAMES)(
    '%s without a meeting: the organisation’s header, guidance to replace',
    (template) => {
      const b = blankBrief(template, ORGANISATION, '2025-09-15');
      expect(b.meetingId).toBeNull();
      expect(b.header.issuingBody).toBe(ORGANISATION.name);
      expect(b.header.drafter.initials).toBe(ORGANISATION.drafterInitials);
      expect(preExportCheck(b).some((p) => p.code === 'placeholder')).toBe(true);
    },
  );

  it('the register as CSV: BOM, bilingual header, formulas neutralised', () => {
    const csv = registerCsv([
      {
        originOrg: 'Văn phòng Chính phủ',
        year: 2025,
        number: 1,
        numberSymbol: '01/TB-VPCP',
        issuedOn: '2025-09-16',
        briefId: 'x',
        typeName: '',
        abstract: '=HYPERLINK("http://x")',
        signer: 'KT. Bộ trưởng / Thứ trưởng / Nguyễn Văn An',
        recipients: ['Bộ Ngoại giao', 'Bộ "Công" Thương'],
        registeredAt: '2025-09-16T01:00:00Z',
      },
    ]);
    const [head, row] = csv.slice(1).trimEnd().split('\r\n');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(head).toContain('"Số, ký hiệu / Number-symbol"');
    expect(row).toBe(
      `"01/TB-VPCP","16/9/2025","'=HYPERLINK(""http://x"")","KT. Bộ trưởng / Thứ trưởng / Nguyễn Văn An","Bộ Ngoại giao; Bộ ""Công"" Thương"`,
    );
  });
});
