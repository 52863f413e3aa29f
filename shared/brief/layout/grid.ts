// Where each cell of a layout table sits in the column grid. Rows list only the cells that start
// in them (as HTML and ProseMirror do); a cell merged down several rows covers positions of the
// rows below, which DOCX fills itself and pdfmake needs as placeholders.
import type { LayoutCell, LayoutTable } from './types';

export type GridSlot =
  { kind: 'cell'; cell: LayoutCell; column: number; widthMm: number } | { kind: 'covered' };

/**
 * One array per row, one slot per grid column. Cells that would run past the last column are
 * cut to fit, and rows short of cells are padded with empty cells, so a malformed table from a
 * paste still prints instead of failing.
 */
export function tableGrid(table: LayoutTable): GridSlot[][] {
  const columns = table.columnsMm.length;
  const coveredUntil: number[] = new Array<number>(columns).fill(-1);
  return table.rows.map((row, r) => {
    const slots: GridSlot[] = [];
    let next = 0;
    const free = (c: number) => c < columns && coveredUntil[c]! < r;
    const place = (cell: LayoutCell) => {
      while (next < columns && !free(next)) {
        slots[next] = { kind: 'covered' };
        next += 1;
      }
      if (next >= columns) return;
      let span = 1;
      while (span < cell.colSpan && free(next + span)) span += 1;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, table.rows.length - r));
      const widthMm = table.columnsMm.slice(next, next + span).reduce((s, w) => s + w, 0);
      slots[next] = {
        kind: 'cell',
        cell: { ...cell, colSpan: span, rowSpan },
        column: next,
        widthMm,
      };
      for (let c = next; c < next + span; c++) {
        coveredUntil[c] = r + rowSpan - 1;
        if (c > next) slots[c] = { kind: 'covered' };
      }
      next += span;
    };
    for (const cell of row.cells) place(cell);
    for (let c = 0; c < columns; c++) {
      if (slots[c] !== undefined) continue;
      if (free(c)) {
        slots[c] = {
          kind: 'cell',
          cell: { blocks: [], colSpan: 1, rowSpan: 1, verticalAlign: 'top' },
          column: c,
          widthMm: table.columnsMm[c] ?? 0,
        };
        coveredUntil[c] = r;
      } else {
        slots[c] = { kind: 'covered' };
      }
    }
    return slots;
  });
}
