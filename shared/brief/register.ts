// The outgoing register (sổ văn bản đi) as a table a records office files: the columns of the
// Decree 30 register (Appendix IV: số, ký hiệu; ngày tháng; tên loại và trích yếu; người ký;
// nơi nhận), as text lines for the terminal and as CSV for a spreadsheet or the printer.
import { formatShortDate } from '../format/date';
import type { RegisterEntry } from './lifecycle';
import { briefLabel } from './search-text';

export const REGISTER_COLUMNS = [
  { vi: 'Số, ký hiệu', en: 'Number-symbol' },
  { vi: 'Ngày tháng', en: 'Date' },
  { vi: 'Tên loại và trích yếu nội dung', en: 'Type and abstract' },
  { vi: 'Người ký', en: 'Signer' },
  { vi: 'Nơi nhận', en: 'Recipients' },
] as const;

export function registerRow(e: RegisterEntry): string[] {
  return [
    e.numberSymbol,
    formatShortDate(e.issuedOn),
    briefLabel(e.typeName, e.abstract),
    e.signer,
    e.recipients.join('; '),
  ];
}

// A cell starting with = + - @ is a formula to a spreadsheet: quoted with a leading apostrophe
// so an abstract like "-Thực hiện…" or a hostile "=HYPERLINK(…)" prints as text.
const cell = (s: string): string => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** CSV with a BOM (Excel reads UTF-8 then), CRLF lines, a bilingual header row. */
export function registerCsv(entries: readonly RegisterEntry[]): string {
  const head = REGISTER_COLUMNS.map((c) => `${c.vi} / ${c.en}`);
  const lines = [head, ...entries.map(registerRow)].map((r) => r.map(cell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
