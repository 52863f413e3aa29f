// The meetings list: filters on top, column headers that order it (date, title, chair: issue
// 13 §6, sorted by the host in SQL), then every meeting in a virtualised column so a vault
// with thousands of them scrolls as smoothly as one with two.
import { memo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MeetingFilter, MeetingSort } from '../../../../shared/contract';
import { type MeetingSummary } from '../../../../shared/domain';
import { formatShortDate } from '../../../../shared/format/date';
import { useT } from '../../../i18n';
import { choicesOf, KIND_LABEL, MODE_LABEL } from '../../../ui/labels';
import { FilterSelect } from '../../../ui/OptionSelect';
import { SortHeaders, type SortColumn } from '../../../ui/SortHeader';
import { Button } from '../../../ui/Button';

interface Props {
  items: MeetingSummary[];
  selectedId: string | null;
  filter: MeetingFilter;
  years: number[];
  loading: boolean;
  onFilter: (patch: Partial<MeetingFilter>) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  /** Shown when the vault has no meetings at all (e.g. the sample-data offer). */
  empty?: ReactNode;
}

const ROW_HEIGHT = 78;

/** The columns a click orders by; a date starts with the newest. */
const SORT_COLUMNS: SortColumn<MeetingSort>[] = [
  {
    label: 'meetings.col.date',
    descending: 'date-desc',
    ascending: 'date-asc',
    first: 'descending',
    testId: 'meeting-sort-date',
  },
  {
    label: 'meetings.col.title',
    ascending: 'title',
    descending: 'title-desc',
    testId: 'meeting-sort-title',
  },
  { label: 'meetings.col.chair', ascending: 'chair', testId: 'meeting-sort-chair' },
];

/** Memoised: typing in the open meeting renders its page again, and the list need not follow. */
export const MeetingList = memo(MeetingListPane);

function MeetingListPane({
  items,
  selectedId,
  filter,
  years,
  loading,
  onFilter,
  onOpen,
  onNew,
  empty,
}: Props) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser returns fresh functions by design
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 360, height: 600 },
  });
  const sort = filter.sort ?? 'date-desc';
  const filtered =
    filter.year !== undefined || filter.kind !== undefined || filter.mode !== undefined;

  return (
    <section className="list-pane" aria-label={t('meetings.title')}>
      <div className="list-pane__head">
        <h2>{t('meetings.title')}</h2>
        <Button look="primary" small onClick={onNew} testId="new-meeting">
          {t('meetings.new')}
        </Button>
      </div>
      <div className="filters filters--stacked">
        <FilterSelect
          title={t('meetings.year')}
          value={filter.year === undefined ? '' : String(filter.year)}
          options={years.map(String)}
          label={(y) => y}
          onChange={(y) => onFilter({ year: y ? Number(y) : undefined })}
        />
        <FilterSelect
          title={t('meetings.kind')}
          value={filter.kind ?? ''}
          {...choicesOf(KIND_LABEL, t)}
          onChange={(kind) => onFilter({ kind: kind || undefined })}
        />
        <FilterSelect
          title={t('meetings.mode')}
          value={filter.mode ?? ''}
          {...choicesOf(MODE_LABEL, t)}
          onChange={(mode) => onFilter({ mode: mode || undefined })}
        />
      </div>
      <p className="list-pane__count" aria-live="polite">
        {loading && items.length === 0
          ? t('common.loading')
          : t('meetings.count', { n: items.length })}
      </p>
      {items.length === 0 &&
        !loading &&
        (filtered ? <p className="empty">{t('meetings.noMatch')}</p> : empty)}
      <div
        className="list-pane__table"
        role="table"
        aria-label={t('meetings.title')}
        aria-rowcount={items.length + 1}
      >
        <div className="list-pane__sort" role="row" data-testid="meeting-sort">
          <SortHeaders
            columns={SORT_COLUMNS}
            current={sort}
            onSort={(next) => onFilter({ sort: next })}
          />
        </div>
        <div className="list-pane__scroll" ref={scroller} data-testid="meeting-list">
          <div className="virtual" style={{ height: virtual.getTotalSize() }} role="rowgroup">
            {virtual.getVirtualItems().map((row) => {
              const m = items[row.index];
              if (!m) return null;
              return (
                <div
                  key={m.id}
                  role="row"
                  aria-rowindex={row.index + 2}
                  className="virtual__row"
                  style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                >
                  <span role="cell" className="virtual__cell">
                    <button
                      type="button"
                      className={`meeting-row${m.id === selectedId ? ' meeting-row--active' : ''}`}
                      aria-current={m.id === selectedId ? 'true' : undefined}
                      onClick={() => onOpen(m.id)}
                      data-testid="meeting-row"
                    >
                      <span className="meeting-row__date">{formatShortDate(m.date)}</span>
                      <span className="meeting-row__title">{m.title}</span>
                      <span className="meeting-row__meta">
                        {t(KIND_LABEL[m.kind])} · {t(MODE_LABEL[m.mode])}
                        {m.chairName && ` · ${m.chairName}`}
                        {m.directiveCount > 0 &&
                          ` · ${t('meetings.directiveCount', { n: m.directiveCount })}`}
                      </span>
                    </button>
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
