// Paste into an editable table of the meeting editor: a block of cells copied from Excel
// (tab-separated) becomes rows, starting at the cell pasted into; a single cell is pasted as
// ordinary text. Cells carry their column in `data-col` and their row in the row's `data-row`.
import type { ClipboardEvent } from 'react';
import { parseTabular, pasteRows } from '../../shared/format/tabular';

export function tablePasteHandler<Row, Col extends string>(options: {
  rows: readonly Row[];
  columns: readonly Col[];
  blank: () => Row;
  set: (row: Row, column: Col, value: string) => Row;
  onChange: (rows: Row[]) => void;
}) {
  return (e: ClipboardEvent<HTMLElement>) => {
    const block = parseTabular(e.clipboardData.getData('text/plain'));
    if (!block) return;
    e.preventDefault();
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-col]');
    const tr = target.closest<HTMLElement>('[data-row]');
    const column = cell ? Math.max(0, options.columns.indexOf(cell.dataset.col as Col)) : 0;
    const row = tr ? Number(tr.dataset.row) : options.rows.length;
    options.onChange(
      pasteRows(options.rows, block, { row, column }, options.columns, options.blank, options.set),
    );
  };
}
