import { describe, expect, it } from 'vitest';
import {
  createBrief,
  layoutBrief,
  runsText,
  type Brief,
  type LayoutTable,
} from '../../../shared/brief';
import { columnWidths } from '../../../shared/brief/layout/body';
import { tableGrid, type LayoutBlock } from '../../../shared/brief/layout';
import { smallContext } from './fixtures';

const text = (blocks: readonly LayoutBlock[]): string[] =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [runsText(b.runs)] : b.kind === 'frame' ? [b.text] : [],
  );

describe('page and header layout (document-format.md §1.1–1.3)', () => {
  const layout = layoutBrief(createBrief('report', smallContext()));

  it('A4 with margins T20/B20/L30/R15 and page numbers in the top margin', () => {
    expect(layout.page).toEqual({
      widthMm: 210,
      heightMm: 297,
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    });
    expect(layout.fontFamily).toBe('Times New Roman');
    expect(layout.headerDistanceMm).toBeLessThan(layout.page.margins.top);
  });

  it('the header is a borderless two-column table, national name and motto at the right, the date on the number’s row', () => {
    const header = layout.blocks[0] as LayoutTable;
    expect(header.kind).toBe('table');
    expect(header.borders).toBe(false);
    expect(header.columnsMm).toEqual([65, 100]);
    const [top, numberRow] = header.rows;
    expect(text(top!.cells[1]!.blocks)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(text(top!.cells[0]!.blocks)).toEqual(['VĂN PHÒNG CHÍNH PHỦ']);
    expect(text(numberRow!.cells[0]!.blocks)[0]).toMatch(/^Số:\s+\/BC-VPCP$/);
    expect(text(numberRow!.cells[1]!.blocks)).toEqual(['Hà Nội, ngày 08 tháng 9 năm 2025']);
    // Three short rules: under the issuer, the motto and (below the table) the abstract.
    expect(top!.cells.flatMap((c) => c.blocks).filter((b) => b.kind === 'rule')).toHaveLength(2);
    expect(layout.blocks.slice(1, 5).some((b) => b.kind === 'rule')).toBe(true);
  });

  it('urgency and secrecy print as framed marks in the left column, circulation in the top margin', () => {
    const b: Brief = createBrief('report', smallContext());
    b.header.urgency = 'hoa-toc';
    b.header.secrecy = 'mat';
    b.header.circulation = 'xem-xong-tra-lai';
    const l = layoutBrief(b);
    const left = (l.blocks[0] as LayoutTable).rows[1]!.cells[0]!.blocks;
    const frames = left.filter((x) => x.kind === 'frame');
    expect(frames.map((f) => f.kind === 'frame' && [f.text, f.widthMm, f.heightMm])).toEqual([
      ['MẬT', 20, 8],
      ['HỎA TỐC', 30, 8],
    ]);
    expect(JSON.stringify(l.firstPageHeader)).toContain('XEM XONG TRẢ LẠI');
  });

  it('the signature block and Nơi nhận sit side by side, the list ending with Lưu', () => {
    const b = createBrief('conclusion-notice', smallContext());
    b.header.drafter = { initials: 'PL', copies: 300 };
    const sig = layoutBrief(b).blocks.at(-1) as LayoutTable;
    expect(sig.columnsMm).toEqual([74, 91]);
    const [left, right] = sig.rows[0]!.cells;
    const list = text(left!.blocks);
    expect(list[0]).toBe('Nơi nhận:');
    expect(list.at(-1)).toBe('- Lưu: VT, QHQT, PL.(300).');
    expect(list.slice(1, -1).every((l) => l.startsWith('- ') && l.endsWith(';'))).toBe(true);
    expect(text(right!.blocks)).toEqual([
      'KT. BỘ TRƯỞNG, CHỦ NHIỆM',
      'PHÓ CHỦ NHIỆM',
      'Nguyễn Văn An',
    ]);
  });

  it('several addressees align their dashes under the colon; one stays on the Kính gửi line', () => {
    const b = createBrief('report', smallContext());
    expect(text(layoutBrief(b).blocks)).toContain('Kính gửi: Thứ trưởng Bộ Tài chính');
    b.header.addressees = ['Bộ Tài chính', 'Bộ Xây dựng'];
    const table = layoutBrief(b).blocks.find(
      (x) => x.kind === 'table' && text(x.rows[0]!.cells[0]!.blocks)[0] === 'Kính gửi:',
    );
    expect(table?.kind === 'table' && text(table.rows[0]!.cells[1]!.blocks)).toEqual([
      '- Bộ Tài chính;',
      '- Bộ Xây dựng.',
    ]);
  });
});

describe('tables', () => {
  const cell = (
    t: string,
    attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] | null },
  ) => ({
    type: 'tableCell' as const,
    attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: t }] }],
  });

  it('column widths come from ProseMirror colwidth (px), the rest share the text width', () => {
    const widths = columnWidths(
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('A', { colwidth: [96] }), cell('B'), cell('C')] },
        ],
      },
      165,
    );
    expect(widths[0]).toBeCloseTo(25.4, 1);
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(165, 0);
  });

  it('merged cells: a rowspan covers the positions below it, a colspan the ones beside it', () => {
    const b = createBrief('report', smallContext());
    b.body = {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('A', { rowspan: 2 }), cell('B', { colspan: 2 })] },
            { type: 'tableRow', content: [cell('C'), cell('D')] },
          ],
        },
      ],
    };
    const table = layoutBrief(b).blocks.find((x) => x.kind === 'table' && x.borders) as LayoutTable;
    const grid = tableGrid(table).map((row) =>
      row.map((s) => (s.kind === 'covered' ? '·' : text(s.cell.blocks)[0])),
    );
    expect(grid).toEqual([
      ['A', 'B', '·'],
      ['·', 'C', 'D'],
    ]);
  });
});
