// The register itself: one row per task with its "6 rõ" badge, timing badges, an inline status
// select and a quick progress note. Rows are virtualised (a ministry's register can run to
// thousands) and measured, since a row grows when its note form opens. The list is as long as
// the register (`total`) while only its first rows may be loaded: a row scrolled into view
// before its page has come shows as loading, and asks for it (`onNeedRows`).
import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type Directive, type DirectiveStatus, type ProgressNote } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import type { DirectiveSort } from '../../../../shared/contract';
import { formatShortDate } from '../../../../shared/format/date';
import { useT } from '../../../i18n';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SortHeaders, type SortColumn } from '../../../ui/SortHeader';
import { choicesOf, STATUS_LABEL } from '../../../ui/labels';
import { ProgressNoteForm } from './ProgressNoteForm';
import { KindBadge } from './KindBadge';
import { RoBadge } from './RoBadge';
import { TimingBadges } from './TimingBadges';
import { Button } from '../../../ui/Button';
import { OptionSelect } from '../../../ui/OptionSelect';

interface Props {
  /** The rows loaded so far, from the first. */
  items: Directive[];
  /** How many rows the register has in all; `items.length` when every row is loaded. */
  total?: number;
  /** Asks for the rows before index `upTo` once the list shows (or nearly shows) them. */
  onNeedRows?: (upTo: number) => void;
  /** Directive id → the organisation whose package last updated it ("nguồn"). */
  sources?: Record<string, { sourceOrg: string; at: string }>;
  today: string;
  selectedId: string | null;
  rowError: { id: string; error: AppError } | null;
  onStatus: (id: string, status: DirectiveStatus) => void;
  onAddNote: (id: string, note: ProgressNote) => Promise<boolean>;
  onOpen: (id: string) => void;
  /** The order the rows come in ('' = by deadline, soonest first), and a header's click. */
  sort?: DirectiveSort | '';
  onSort?: (sort: DirectiveSort | '') => void;
}

/** The columns a click orders by, as the header lists them. */
const SORT_COLUMNS: SortColumn<DirectiveSort>[] = [
  { label: 'directives.who', ascending: 'lead-unit', testId: 'sort-lead-unit' },
  {
    label: 'directive.deadline',
    ascending: 'deadline-asc',
    descending: 'deadline-desc',
    testId: 'sort-deadline-asc',
  },
  { label: 'directive.status', ascending: 'status', testId: 'sort-status' },
];

/** Rows ahead of the last one drawn that are asked for early, so scrolling rarely waits. */
const AHEAD = 30;

export function DirectiveTable({
  items,
  total = items.length,
  onNeedRows,
  sources = {},
  today,
  selectedId,
  rowError,
  onStatus,
  onAddNote,
  onOpen,
  sort = '',
  onSort,
}: Props) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser returns fresh functions by design
  const virtual = useVirtualizer({
    count: Math.max(total, items.length),
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => items[i]?.id ?? `row-${i}`,
    initialRect: { width: 1000, height: 700 },
  });
  // '' stands for the default order, by deadline soonest first.
  const current: DirectiveSort = sort || 'deadline-asc';
  const sortBy = (next: DirectiveSort) => onSort?.(next === 'deadline-asc' ? '' : next);
  const lastDrawn = virtual.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (onNeedRows && lastDrawn + AHEAD >= items.length && items.length < total)
      onNeedRows(lastDrawn + 1 + AHEAD);
  }, [lastDrawn, items.length, total, onNeedRows]);

  return (
    <div
      className="register"
      role="table"
      aria-label={t('directives.title')}
      aria-rowcount={Math.max(total, items.length) + 1}
    >
      <div className="register__head" role="row">
        <span role="columnheader" className="col-num">
          #
        </span>
        <span role="columnheader">{t('directive.task')}</span>
        <SortHeaders columns={SORT_COLUMNS} current={current} onSort={sortBy} />
        <span role="columnheader">
          <span className="visually-hidden">{t('common.actions')}</span>
        </span>
      </div>
      <div className="register__scroll" ref={scroller} data-testid="directive-register">
        <div className="virtual" style={{ height: virtual.getTotalSize() }} role="rowgroup">
          {virtual.getVirtualItems().map((row) => {
            const d = items[row.index];
            // Where the virtualiser puts the row and how it measures it, loaded or not yet.
            const placed = {
              role: 'row',
              'aria-rowindex': row.index + 2,
              'data-index': row.index,
              ref: virtual.measureElement,
              style: { transform: `translateY(${row.start}px)` },
            };
            if (!d)
              return (
                <div
                  key={row.key}
                  {...placed}
                  className="register__row register__row--loading"
                  data-testid="directive-row-loading"
                >
                  <span role="cell" className="col-num">
                    {row.index + 1}
                  </span>
                  <span role="cell" className="muted">
                    {t('common.loading')}
                  </span>
                </div>
              );
            const last = d.progressNotes[d.progressNotes.length - 1];
            return (
              <div
                key={d.id}
                {...placed}
                className={`register__row${d.id === selectedId ? ' register__row--active' : ''}`}
                data-testid="directive-row"
              >
                <span role="cell" className="col-num">
                  {row.index + 1}
                </span>
                <span role="cell" className="register__task">
                  <span className="register__task-text">
                    {d.task || <em className="muted">{t('directive.noTask')}</em>}
                  </span>
                  <span className="badges">
                    <KindBadge kind={d.kind} />
                    <RoBadge directive={d} />
                    <TimingBadges directive={d} today={today} />
                    {sources[d.id] && (
                      <span
                        className="badge badge--source"
                        data-testid="directive-source"
                        title={t('directive.sourceTitle', {
                          org: sources[d.id]!.sourceOrg,
                          date: formatShortDate(sources[d.id]!.at.slice(0, 10)),
                        })}
                      >
                        {t('directive.source', { org: sources[d.id]!.sourceOrg })}
                      </span>
                    )}
                  </span>
                  {last && (
                    <span className="register__note">
                      {formatShortDate(last.date)}: {last.text}
                    </span>
                  )}
                </span>
                <span role="cell" className="register__who">
                  <span>{d.assignee || '—'}</span>
                  {d.leadUnit && d.leadUnit !== d.assignee && (
                    <span className="muted">{d.leadUnit}</span>
                  )}
                </span>
                <span role="cell" className="register__deadline">
                  {d.deadline ? formatShortDate(d.deadline) : '—'}
                </span>
                <span role="cell">
                  <OptionSelect
                    className={`select select--status status--${d.status}`}
                    value={d.status}
                    {...choicesOf(STATUS_LABEL, t)}
                    aria-label={t('directives.statusOf', { n: row.index + 1 })}
                    onChange={(status) => onStatus(d.id, status)}
                    data-testid="directive-status-select"
                  />
                </span>
                <span role="cell" className="register__actions">
                  <Button
                    small
                    onClick={() => setNoteFor(noteFor === d.id ? null : d.id)}
                    testId="add-progress-note"
                  >
                    {t('note.open')}
                  </Button>
                  <Button small onClick={() => onOpen(d.id)} testId="edit-directive">
                    {t('common.edit')}
                  </Button>
                </span>
                {noteFor === d.id && (
                  <div className="register__extra">
                    <ProgressNoteForm
                      today={today}
                      onSubmit={(note) => onAddNote(d.id, note)}
                      onCancel={() => setNoteFor(null)}
                    />
                  </div>
                )}
                {rowError?.id === d.id && (
                  <div className="register__extra">
                    <ErrorMessage error={rowError.error} testId="directive-row-error" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
