// A directive table "in an appendix" (issue 10 §5, document-format.md §1.9): the text refers to
// it, and after the signature block and Nơi nhận it starts a landscape A4 section under the
// appendix heading, the table at the landscape text width.
import { describe, expect, it } from 'vitest';
import {
  createBrief,
  directiveTable,
  layoutBrief,
  runsText,
  TEMPLATE_NAMES,
  type Brief,
  type DirectiveTableNode,
} from '../../../shared/brief';
import { bodyBlock, directiveTableNode } from '../../../shared/brief/body';
import {
  pageInPart,
  showsPageNumber,
  type LayoutBlock,
  type LayoutTable,
} from '../../../shared/brief/layout';
import { sampleContext } from './fixtures';

const text = (blocks: readonly LayoutBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : []));

/** The 6 rõ table: its header row names the task column so. */
const isSixRo = (b: LayoutBlock): b is LayoutTable =>
  b.kind === 'table' &&
  text(b.rows[0]?.cells.flatMap((c) => c.blocks) ?? []).includes('Nhiệm vụ (rõ việc)');

function inAppendix(b: Brief): Brief {
  for (const n of b.body.content) if (n.type === 'directiveTable') n.attrs.placement = 'appendix';
  return b;
}

describe('a directive table placed in an appendix', () => {
  it('templates keep the table in the text, portrait, with no appendix', () => {
    for (const name of TEMPLATE_NAMES) {
      const b = createBrief(name, sampleContext());
      const tables = b.body.content.filter((n) => n.type === 'directiveTable');
      expect(
        tables.every((n) => n.attrs.placement === undefined),
        name,
      ).toBe(true);
      const l = layoutBrief(b);
      expect(l.page.orientation).toBe('portrait');
      expect(l.sections).toEqual([]);
    }
  });

  it('older stored tables (no placement) still parse; an unknown placement does not', () => {
    const stored = directiveTable(sampleContext().directives, 'six-ro', null);
    expect(stored.attrs).not.toHaveProperty('placement');
    expect(bodyBlock.safeParse(stored).success).toBe(true);
    const moved = { ...stored, attrs: { ...stored.attrs, placement: 'appendix' } };
    expect(directiveTableNode.safeParse(moved).success).toBe(true);
    const wrong = { ...stored, attrs: { ...stored.attrs, placement: 'margin' } };
    expect(directiveTableNode.safeParse(wrong).success).toBe(false);
  });

  const report = () => inAppendix(createBrief('report', sampleContext()));

  it('the text says where the table is instead of printing it', () => {
    const l = layoutBrief(report());
    expect(l.blocks.some(isSixRo)).toBe(false);
    const lines = text(l.blocks);
    const i = lines.findIndex((t) => t.startsWith('Tổng số 10 nhiệm vụ'));
    expect(lines[i + 1]).toBe('(Chi tiết tại Phụ lục kèm theo)');
  });

  it('after the signature and Nơi nhận: one landscape A4 section, 247 mm of text', () => {
    const l = layoutBrief(report());
    // The main text still ends with the signature table (Nơi nhận at its left).
    const last = l.blocks.at(-1) as LayoutTable;
    expect(last.kind).toBe('table');
    expect(text(last.rows[0]!.cells[0]!.blocks)[0]).toBe('Nơi nhận:');
    expect(l.sections).toHaveLength(1);
    const [appendix] = l.sections;
    expect(appendix!.page).toEqual({
      widthMm: 297,
      heightMm: 210,
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 30, right: 20 },
    });
    const table = appendix!.blocks.find(isSixRo)!;
    expect(table.columnsMm.reduce((s, w) => s + w, 0)).toBeCloseTo(247, 0);
    expect(table.rows).toHaveLength(11);
  });

  it('the heading: "Phụ lục", the title in capitals, the italic "Kèm theo" line from the header', () => {
    const [appendix] = layoutBrief(report()).sections;
    const [name, title, enclosed] = appendix!.blocks;
    expect(text([name!, title!, enclosed!])).toEqual([
      'Phụ lục',
      'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
      // Not yet registered: the number is left blank, as in the header's "Số:".
      '(Kèm theo Báo cáo số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-VPCP ngày 28 tháng 8 năm 2025 của Văn phòng Chính phủ)',
    ]);
    for (const b of [name, title, enclosed]) {
      expect(b).toMatchObject({ kind: 'paragraph', align: 'center', sizePt: 14 });
    }
    expect(name).toMatchObject({ runs: [{ bold: true }] });
    expect(title).toMatchObject({ runs: [{ bold: true }] });
    expect(enclosed).toMatchObject({ runs: [{ italic: true }] });
    // The values every row shares are said once above the table, there too.
    expect(text(appendix!.blocks)[3]).toMatch(/^Thẩm quyền: /);
  });

  it('a registered number prints; a circulated draft leaves day and month blank, as the header', () => {
    const b = report();
    b.header.numberSymbol.number = 5;
    const enclosedOf = (draft: boolean) =>
      text(layoutBrief(b, { blankDay: draft }).sections[0]!.blocks)[2];
    expect(enclosedOf(false)).toBe(
      '(Kèm theo Báo cáo số 05/BC-VPCP ngày 28 tháng 8 năm 2025 của Văn phòng Chính phủ)',
    );
    expect(enclosedOf(true)).toBe(
      '(Kèm theo Báo cáo số 05/BC-VPCP ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2025 của Văn phòng Chính phủ)',
    );
  });

  it('two appendices are numbered I and II, in the order the text refers to them', () => {
    const b = createBrief('plan', sampleContext());
    const table = b.body.content.find((n) => n.type === 'directiveTable') as DirectiveTableNode;
    table.attrs.placement = 'appendix';
    b.body.content.push({ ...table, attrs: { ...table.attrs, variant: 'six-ro' } });
    const l = layoutBrief(b);
    const refs = text(l.blocks).filter((t) => t.startsWith('(Chi tiết tại'));
    expect(refs[0]).toBe('(Chi tiết tại Phụ lục I kèm theo)');
    // The body's last paragraph takes the end mark.
    expect(refs[1]).toBe('(Chi tiết tại Phụ lục II kèm theo)./.');
    expect(l.sections.map((s) => text(s.blocks).slice(0, 2))).toEqual([
      ['Phụ lục I', 'DANH MỤC NHIỆM VỤ'],
      ['Phụ lục II', 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO'],
    ]);
    expect(text(l.sections[0]!.blocks)[2]).toMatch(/^\(Kèm theo Kế hoạch số/);
  });
});

describe('page numbers restart in each appendix (§1.9)', () => {
  // A text of 3 pages, appendix I on pages 4–6, appendix II on pages 7–8.
  const starts = [1, 4, 7];
  const printed = (page: number): string | null => {
    const { number } = pageInPart(page, starts);
    return showsPageNumber(number) ? String(number) : null;
  };

  it('each part counts its own pages from 1', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((p) => pageInPart(p, starts))).toEqual([
      { part: 0, number: 1 },
      { part: 0, number: 2 },
      { part: 0, number: 3 },
      { part: 1, number: 1 },
      { part: 1, number: 2 },
      { part: 1, number: 3 },
      { part: 2, number: 1 },
      { part: 2, number: 2 },
    ]);
  });

  it('the first page of the text and of each appendix shows no number', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(printed)).toEqual([
      null,
      '2',
      '3',
      null,
      '2',
      '3',
      null,
      '2',
    ]);
  });

  it('a document without appendices is numbered as before', () => {
    expect([1, 2, 3].map((p) => pageInPart(p, [1]).number)).toEqual([1, 2, 3]);
    // A one-page appendix straight after a one-page text.
    expect([1, 2].map((p) => pageInPart(p, [1, 2]))).toEqual([
      { part: 0, number: 1 },
      { part: 1, number: 1 },
    ]);
  });
});
