// A table laid out for paper and nothing else: mounted while a register is being printed, in
// a portal beside the app, which the print stylesheet (styles/print-register.css) prints
// alone. Every row is in it, not only those the on-screen register has scrolled into view.
import { createPortal } from 'react-dom';
import { ColumnHeads } from './ColumnHeads';

export interface PrintColumn {
  header: string;
  /** Numbers and dates read better right-aligned. */
  align?: 'left' | 'right';
  /** Share of the page width, in the same units for every column. */
  width: number;
}

interface Props {
  title: string;
  /** What the table was narrowed to ("Trạng thái: Quá hạn · …"), or null for everything. */
  filters: string | null;
  /** "In lúc 08:30 3/12/2026 · 12 dòng". */
  caption: string;
  columns: readonly PrintColumn[];
  rows: readonly (readonly string[])[];
  testId?: string;
}

export function PrintTable({ title, filters, caption, columns, rows, testId }: Props) {
  const total = columns.reduce((n, c) => n + c.width, 0) || 1;
  return createPortal(
    <section className="print-register" data-testid={testId}>
      <h1 className="print-register__title">{title}</h1>
      {filters && <p className="print-register__filters">{filters}</p>}
      <p className="print-register__caption">{caption}</p>
      <table>
        <colgroup>
          {columns.map((c, i) => (
            <col key={i} style={{ width: `${((c.width / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <ColumnHeads labels={columns.map((c) => c.header)} />
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} className={columns[i]?.align === 'right' ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>,
    document.body,
  );
}
