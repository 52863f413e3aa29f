// The header, the "Kính gửi" list, the page-1 top margin and the signature are set side by
// side in borderless tables: columns that line text up, not a table the reader sees. One
// builder, so each of them prints without borders, repeated header rows or indent unless it
// asks for them, and every cell starts at the top.
import type { LayoutBlock, LayoutCell, LayoutTable } from './types';

/** What a borderless table may change from the plain one; every figure 0 unless given. */
export interface BorderlessOptions {
  /** Space left and right inside each cell. */
  paddingHMm?: number;
  indentMm?: number;
  spaceAfterPt?: number;
  /** Keep each row on one page (true unless given). */
  cantSplit?: boolean;
}

const topCell = (blocks: LayoutBlock[]): LayoutCell => ({
  blocks,
  colSpan: 1,
  rowSpan: 1,
  verticalAlign: 'top',
});

/** `rows`: each row its cells, each cell the blocks it holds. */
export function borderlessTable(
  columnsMm: number[],
  rows: LayoutBlock[][][],
  { paddingHMm = 0, indentMm = 0, spaceAfterPt = 0, cantSplit = true }: BorderlessOptions = {},
): LayoutTable {
  return {
    kind: 'table',
    columnsMm,
    rows: rows.map((cells) => ({ cantSplit, cells: cells.map(topCell) })),
    borders: false,
    headerRows: 0,
    paddingMm: { h: paddingHMm, v: 0 },
    indentMm,
    spaceAfterPt,
  };
}
