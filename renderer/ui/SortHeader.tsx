// A column header that orders a register (issue 13 §6): a click sorts by its column, a second
// click reverses it where the column has both directions, and aria-sort says which order is
// on. The orders are the contract's own (the host sorts, in SQL); `first` is the direction a
// first click gives (a date column starts with the newest).

import { useT, type MessageKey } from '../i18n';

type Direction = 'ascending' | 'descending';

interface Props<S extends string> {
  label: string;
  /** The register's order for this column in each direction it offers. */
  ascending?: S;
  descending?: S;
  first?: Direction;
  /** The order on now. */
  current: S;
  onSort?: (sort: S) => void;
  testId: string;
}

export function SortHeader<S extends string>({
  label,
  ascending,
  descending,
  first = 'ascending',
  current,
  onSort,
  testId,
}: Props<S>) {
  const state: Direction | 'none' =
    current === ascending ? 'ascending' : current === descending ? 'descending' : 'none';
  const other = (d: Direction) => (d === 'ascending' ? descending : ascending);
  const start = (first === 'ascending' ? ascending : descending) ?? ascending ?? descending;
  const next = state === 'none' ? start : (other(state) ?? current);
  return (
    <span role="columnheader" aria-sort={state}>
      <button
        type="button"
        className="register__sort"
        onClick={() => next !== undefined && onSort?.(next)}
        data-testid={testId}
      >
        {label}
        <span aria-hidden="true">
          {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </span>
  );
}

/** One column of a register's sort row: its label's key and the orders it offers. */
export type SortColumn<S extends string> = Omit<Props<S>, 'label' | 'current' | 'onSort'> & {
  label: MessageKey;
};

/**
 * A register's sortable headers, in the order its table lists them, all reading and setting the
 * one order: each register keeps its columns as a table instead of a SortHeader apiece.
 */
export function SortHeaders<S extends string>({
  columns,
  current,
  onSort,
}: {
  columns: readonly SortColumn<S>[];
  current: S;
  onSort: (sort: S) => void;
}) {
  const t = useT();
  return columns.map(({ label, ...column }) => (
    <SortHeader
      key={column.testId}
      {...column}
      label={t(label)}
      current={current}
      onSort={onSort}
    />
  ));
}
