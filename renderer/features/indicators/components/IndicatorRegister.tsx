// Indicators by pillar, each with its series newest period first, values printed the
// Vietnamese way (`7,52%`, `514 tỷ USD`).
import { useEffect, useRef } from 'react';
import type {
  Indicator,
  IndicatorWithObservations,
  Observation,
  Pillar,
} from '../../../../shared/domain';
import { formatShortDate } from '../../../../shared/format/date';
import { formatQuantity } from '../../../../shared/format/number';
import { comparePeriods, formatPeriod, formatPeriodEn } from '../../../../shared/format/period';
import { useLanguage, useT } from '../../../i18n';
import { OBSERVATION_STATUS_LABEL, PILLAR_LABEL } from '../../../ui/labels';
import { ActionsHeader } from '../../../ui/EditTableCells';
import { Button } from '../../../ui/Button';

interface Props {
  /** By pillar; one group with `pillar: null` when the register is in another order. */
  groups: { pillar: Pillar | null; indicators: IndicatorWithObservations[] }[];
  focusedId: string | null;
  /** The figure a search result pointed at: its row is marked and scrolled to. */
  focusedObservationId?: string | null;
  onEditIndicator: (i: Indicator) => void;
  /** Shows the indicator's chart. */
  onChart: (i: Indicator) => void;
  onDeleteIndicator: (i: Indicator) => void;
  onAddObservation: (indicatorId: string) => void;
  onEditObservation: (o: Observation) => void;
  onDeleteObservation: (o: Observation) => void;
}

function IndicatorCard({
  indicator,
  focused,
  focusedObservationId,
  ...on
}: { indicator: IndicatorWithObservations; focused: boolean } & Omit<
  Props,
  'groups' | 'focusedId'
>) {
  const t = useT();
  const lang = useLanguage();
  const ref = useRef<HTMLElement>(null);
  const rowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (!focused) return;
    (rowRef.current ?? ref.current)?.scrollIntoView?.({ block: 'center' });
  }, [focused, focusedObservationId]);
  const series = [...indicator.observations].sort((a, b) => comparePeriods(a.period, b.period));
  return (
    <article
      ref={ref}
      className={`indicator${focused ? ' indicator--focused' : ''}`}
      data-testid="indicator-card"
      aria-labelledby={`ind-${indicator.id}`}
    >
      <header className="indicator__head">
        <div>
          <h4 id={`ind-${indicator.id}`}>{indicator.name}</h4>
          <p className="muted">
            {indicator.unit
              ? t('indicator.unitIs', { unit: indicator.unit })
              : t('indicator.noUnit')}
            {indicator.description && ` · ${indicator.description}`}
          </p>
        </div>
        <div className="indicator__actions">
          <Button
            small
            look="accent-quiet"
            onClick={() => on.onAddObservation(indicator.id)}
            testId="add-observation"
          >
            {t('obs.add')}
          </Button>
          <Button
            small
            onClick={() => on.onChart(indicator)}
            disabled={indicator.observations.length === 0}
            testId="indicator-chart-open"
          >
            {t('chart.open')}
          </Button>
          <Button small onClick={() => on.onEditIndicator(indicator)}>
            {t('common.edit')}
          </Button>
          <Button small look="danger-quiet" onClick={() => on.onDeleteIndicator(indicator)}>
            {t('common.delete')}
          </Button>
        </div>
      </header>
      {series.length === 0 ? (
        <p className="empty">{t('obs.none')}</p>
      ) : (
        <div className="series">
          <table className="data-table">
            <colgroup>
              <col className="c-period" />
              <col className="c-value" />
              <col className="c-target" />
              <col className="c-status" />
              <col className="c-asof" />
              <col />
              <col />
              <col className="c-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('obs.period')}</th>
                <th scope="col" className="num">
                  {t('obs.value')}
                </th>
                <th scope="col" className="num">
                  {t('obs.target')}
                </th>
                <th scope="col">{t('obs.status')}</th>
                <th scope="col">{t('obs.asOf')}</th>
                <th scope="col">{t('obs.source')}</th>
                <th scope="col">{t('obs.comparison')}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {series.map((o) => (
                <tr
                  key={o.id}
                  ref={focused && o.id === focusedObservationId ? rowRef : undefined}
                  className={
                    focused && o.id === focusedObservationId ? 'observation--focused' : undefined
                  }
                  aria-current={focused && o.id === focusedObservationId ? 'true' : undefined}
                  data-testid="observation-row"
                >
                  <td className="nowrap">
                    {lang === 'vi' ? formatPeriod(o.period) : formatPeriodEn(o.period)}
                  </td>
                  <td className="num nowrap strong">{formatQuantity(o.value, indicator.unit)}</td>
                  <td className="num nowrap">
                    {o.target === null ? '—' : formatQuantity(o.target, indicator.unit)}
                  </td>
                  <td>
                    <span className={`badge badge--obs-${o.status}`}>
                      {t(OBSERVATION_STATUS_LABEL[o.status])}
                    </span>
                  </td>
                  <td className="nowrap">{o.asOf ? formatShortDate(o.asOf) : '—'}</td>
                  <td>{o.source || '—'}</td>
                  <td>{o.comparison || '—'}</td>
                  <td className="nowrap">
                    <Button small onClick={() => on.onEditObservation(o)}>
                      {t('common.edit')}
                    </Button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('obs.delete')}
                      onClick={() => on.onDeleteObservation(o)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

export function IndicatorRegister({ groups, focusedId, focusedObservationId, ...on }: Props) {
  const t = useT();
  return (
    <div className="pillars">
      {groups.map((g) => (
        <section
          key={g.pillar ?? 'all'}
          className="pillar"
          aria-labelledby={`pillar-${g.pillar ?? 'all'}`}
        >
          <h3 id={`pillar-${g.pillar ?? 'all'}`} className="pillar__title">
            {g.pillar ? t(PILLAR_LABEL[g.pillar]) : t('indicators.all')}
            <span className="pillar__count">{g.indicators.length}</span>
          </h3>
          {g.indicators.map((i) => (
            <IndicatorCard
              key={i.id}
              indicator={i}
              focused={i.id === focusedId}
              focusedObservationId={focusedObservationId ?? null}
              {...on}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
