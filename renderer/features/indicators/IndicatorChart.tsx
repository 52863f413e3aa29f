// "Biểu đồ" of an indicator (issue 13 §3): its series by period with the target dashed, an
// optional second indicator to compare, two of its periods compared, and under the picture
// every point with its source — what a chart cannot carry legibly but an official must be
// able to cite.
import { useMemo, useState } from 'react';
import { indicatorChartSvg } from '../../../shared/charts';
import type { IndicatorWithObservations } from '../../../shared/domain';
import { comparePeriods, formatPeriod } from '../../../shared/format/period';
import { formatNumber } from '../../../shared/format/number';
import { useT } from '../../i18n';
import { PeriodComparison } from './components/PeriodComparison';
import { ColumnHeads } from '../../ui/ColumnHeads';
import { Button } from '../../ui/Button';
import { RecordOptions } from '../../ui/RecordOptions';
import { LabelledSelect } from '../../ui/LabelledSelect';

/** Drawn at a drawer's width in mm; the image scales to fit. */
const CHART_WIDTH_MM = 150;

export function IndicatorChart({
  indicator,
  all,
  onClose,
}: {
  indicator: IndicatorWithObservations;
  /** Every indicator of the vault, to compare with. */
  all: readonly IndicatorWithObservations[];
  onClose: () => void;
}) {
  const t = useT();
  const [compareId, setCompareId] = useState('');
  const other = all.find((i) => i.id === compareId && i.id !== indicator.id) ?? null;
  const shown = useMemo(() => (other ? [indicator, other] : [indicator]), [indicator, other]);
  const chart = useMemo(
    () =>
      shown.some((i) => i.observations.length > 0)
        ? indicatorChartSvg(shown, CHART_WIDTH_MM)
        : null,
    [shown],
  );
  return (
    <section
      className="indicator-chart"
      data-testid="indicator-chart"
      aria-label={t('chart.title')}
    >
      <div className="editor-bar__row">
        <h2 className="editor-bar__title">
          {t('chart.title')} — {indicator.name}
        </h2>
        <Button small onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
      <LabelledSelect
        label={t('chart.compare')}
        value={compareId}
        onChange={setCompareId}
        testId="chart-compare"
        none={t('chart.compareNone')}
      >
        <RecordOptions records={all.filter((i) => i.id !== indicator.id)} label={(i) => i.name} />
      </LabelledSelect>
      {chart ? (
        <figure className="stats-chart">
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
            alt={t('chart.alt', { name: shown.map((i) => i.name).join(' / ') })}
            style={{ maxWidth: '100%', width: `${chart.widthPx}px` }}
            data-testid="indicator-chart-image"
          />
        </figure>
      ) : (
        <p className="empty">{t('obs.none')}</p>
      )}
      <PeriodComparison key={indicator.id} indicator={indicator} />
      {shown.map((ind) => (
        <table key={ind.id} className="data-table" data-testid="chart-points">
          <caption>
            {ind.name}
            {ind.unit ? ` (${ind.unit})` : ''}
          </caption>
          <ColumnHeads
            labels={[t('obs.period'), t('obs.value'), t('obs.target'), t('obs.source')]}
          />
          <tbody>
            {[...ind.observations]
              .sort((a, b) => comparePeriods(b.period, a.period))
              .map((o) => (
                <tr key={o.id}>
                  <td>{formatPeriod(o.period)}</td>
                  <td className="num">{formatNumber(o.value, { maxDecimals: 4 })}</td>
                  <td className="num">
                    {o.target === null ? '' : formatNumber(o.target, { maxDecimals: 4 })}
                  </td>
                  <td>{o.source}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
