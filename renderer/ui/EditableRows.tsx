// An editable table of rows (people, legal references, sources): a numbered row per item, a
// control per column labelled with its column and row for screen readers, a button that
// removes the row, one that adds a blank row, the field errors listed under it in words, and
// cells copied from Excel pasted in as rows (tab-separated text). One copy, so every such table
// behaves the same way; each table says only its columns.
import type { ReactNode } from 'react';
import { ActionsHeader, CellInput, RemoveRowCell } from './EditTableCells';
import { DateInput } from './DateInput';
import { errorsUnder, removeAt, replaceAt, type FieldErrors } from './lists';
import { pastedDate } from './pastedDate';
import { TableErrors } from './TableErrors';
import { tablePasteHandler } from './tablePaste';

/** What a cell's control is given. */
export interface CellContext<Row> {
  row: Row;
  /** "Họ và tên 2": the column's header and the row's number. */
  label: string;
  /** The save's message for this cell, if any. */
  error: string | undefined;
  update(patch: Partial<Row>): void;
}

export interface RowColumn<Row, Key extends keyof Row & string = keyof Row & string> {
  key: Key;
  header: string;
  /** The header cell's width class (`w-date`). */
  width?: string;
  /** The cell's control; a one-line text input when left out. */
  cell?(c: CellContext<Row>): ReactNode;
  /** Reads a pasted cell's text into the row's value; taken as text when left out. */
  fromPaste?(text: string): Row[Key];
  spellCheck?: boolean;
}

/** A column of dates typed the Vietnamese way (`26/8/2025`), pasted from Excel the same way. */
export function dateColumn<
  Row extends { [K in Key]: string | null },
  Key extends keyof Row & string,
>(key: Key, header: string): RowColumn<Row, Key> {
  return {
    key,
    header,
    width: 'w-date',
    fromPaste: (text) => pastedDate(text) as Row[Key],
    cell: ({ row, label, error, update }) => (
      <DateInput
        value={row[key]}
        onChange={(date) => update({ [key]: date } as Partial<Row>)}
        aria-label={label}
        aria-invalid={Boolean(error)}
      />
    ),
  };
}

interface Props<Row> {
  rows: Row[];
  onChange(rows: Row[]): void;
  errors?: FieldErrors;
  /** The table's accessible name ("Thành phần tham dự"). */
  caption: string;
  columns: readonly RowColumn<Row>[];
  blank(): Row;
  addLabel: string;
}

export function EditableRows<Row extends object>({
  rows,
  onChange,
  errors = {},
  caption,
  columns,
  blank,
  addLabel,
}: Props<Row>) {
  const keys = columns.map((c) => c.key);
  const headers = Object.fromEntries(columns.map((c) => [c.key, c.header]));
  const textCell = (column: RowColumn<Row>) => (c: CellContext<Row>) => (
    <CellInput
      label={c.label}
      invalid={Boolean(c.error)}
      title={c.error}
      spellCheck={column.spellCheck}
      value={String(c.row[column.key] ?? '')}
      onChange={(v) => c.update({ [column.key]: v } as Partial<Row>)}
    />
  );
  const addRow = () => onChange([...rows, blank()]);
  const cellOf = (column: RowColumn<Row>, row: Row, i: number) =>
    (column.cell ?? textCell(column))({
      row,
      label: `${column.header} ${i + 1}`,
      error: errorsUnder(errors, String(i))[column.key],
      update: (patch) => onChange(replaceAt(rows, i, { ...row, ...patch })),
    });
  return (
    <div
      className="edit-table"
      onPaste={tablePasteHandler({
        rows,
        columns: keys,
        blank,
        set: (row, key, text) => {
          const column = columns.find((c) => c.key === key);
          return { ...row, [key]: column?.fromPaste ? column.fromPaste(text) : text };
        },
        onChange,
      })}
    >
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="edit-table__num">
              #
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.key} className={c.width}>
                {c.header}
              </th>
            ))}
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} data-row={i}>
              <td className="edit-table__num">{i + 1}</td>
              {columns.map((c) => (
                <td key={c.key} data-col={c.key}>
                  {cellOf(c, row, i)}
                </td>
              ))}
              <RemoveRowCell n={i + 1} onRemove={() => onChange(removeAt(rows, i))} />
            </tr>
          ))}
        </tbody>
      </table>
      <TableErrors errors={errors} columns={headers} />
      <button type="button" className="button button--small" onClick={addRow}>
        {addLabel}
      </button>
    </div>
  );
}
