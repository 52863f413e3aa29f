// A register as a typed table, the one model both the Excel and the Word exports write, so the
// two files always hold the same rows. Cells keep their type: a date stays an ISO day (Excel
// gets a real date), a number stays a number (Excel gets a number, Word the Vietnamese form).
import { formatNumber, formatShortDate } from '../format';

export type ColumnKind = 'text' | 'date' | 'integer' | 'number' | 'rate';

export interface RegisterColumn {
  /** Vietnamese header, as printed. */
  header: string;
  kind: ColumnKind;
  /** Width in Excel characters; Word shares the page width in the same proportions. */
  width: number;
}

/** text → string; date → 'YYYY-MM-DD'; integer/number → number; rate → 0..1. null = empty. */
export type RegisterCell = string | number | null;

export interface RegisterTable {
  /** The title above the table (Word) and the sheet's name (Excel, ≤ 31 characters). */
  title: string;
  sheetName: string;
  columns: RegisterColumn[];
  rows: RegisterCell[][];
  /** A bold last row (the statistics' "Tổng cộng"), kept out of the filter range in Excel. */
  footer?: RegisterCell[];
}

/** A cell as Word prints it: 3/9/2025, 1.234,5, 33,3%. */
export function cellText(cell: RegisterCell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return kind === 'date' ? formatShortDate(cell) : cell;
  if (kind === 'rate') return `${formatNumber(cell * 100, { maxDecimals: 1 })}%`;
  return formatNumber(cell, { maxDecimals: kind === 'integer' ? 0 : 4 });
}
