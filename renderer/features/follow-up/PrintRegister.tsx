// "In sổ" on a register (issue 9 item 8): the register as a table on A4 landscape, with the
// filters the user applied on screen and every row they leave, not only the rows scrolled
// into view. The button and Ctrl+P on the page build the table from the same model the Excel
// and Word exports write (shared/registers), mount it for the print, and drop it afterwards.
import { useEffect, useRef, useState } from 'react';
import { cellText, type ColumnKind, type RegisterTable } from '../../../shared/registers/table';
import { useT } from '../../i18n';
import { isPrintKey, printAfterPaint } from '../../lib/print';
import { PrintTable } from '../../ui/PrintTable';

const PRINTING_CLASS = 'printing-register';
const RIGHT: ReadonlySet<ColumnKind> = new Set(['integer', 'number', 'rate']);

function clock(d: Date): string {
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${hm} ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

interface Props {
  /**
   * The register as it stands on screen now (filters applied), every row of it: a register
   * read a page at a time on screen fetches the rest here, hence the promise.
   */
  build: () => RegisterTable | Promise<RegisterTable>;
  /** The filters in words, or null when the whole register is shown. */
  filters: string | null;
  testId: string;
}

export function PrintRegister({ build, filters, testId }: Props) {
  const t = useT();
  const [printing, setPrinting] = useState<{ table: RegisterTable; at: Date } | null>(null);
  const buildRef = useRef(build);
  useEffect(() => {
    buildRef.current = build;
  });

  const start = async () => {
    const table = await buildRef.current();
    document.body.classList.add(PRINTING_CLASS);
    setPrinting({ table, at: new Date() });
    printAfterPaint();
  };
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  });

  useEffect(() => {
    const done = () => {
      document.body.classList.remove(PRINTING_CLASS);
      setPrinting(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintKey(e) || e.defaultPrevented) return;
      e.preventDefault();
      void startRef.current();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  const table = printing?.table;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        title={t('print.registerTitle')}
        onClick={() => void start()}
        data-testid={testId}
      >
        {t('print.register')}
      </button>
      {printing && table && (
        <PrintTable
          title={table.title}
          filters={filters}
          caption={t('print.caption', { time: clock(printing.at), n: table.rows.length })}
          columns={table.columns.map((c) => ({
            header: c.header,
            width: c.width,
            align: RIGHT.has(c.kind) ? 'right' : 'left',
          }))}
          rows={table.rows.map((row) =>
            row.map((cell, i) => cellText(cell, table.columns[i]?.kind ?? 'text')),
          )}
          testId={`${testId}-table`}
        />
      )}
    </>
  );
}
