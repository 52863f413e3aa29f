// "So sánh hai kỳ" under an indicator's chart (issue 13 §3): two periods of its series, the
// newest against the same period a year before by default, and the change between them in
// words an official would write — "Tăng 1,10 điểm phần trăm" for a rate, "Tăng 29,75 tỷ USD
// (15,7%)" for a quantity. The arithmetic is the shared rule's (shared/stats/period-change).
import { useMemo, useState } from 'react';
import type { Observation } from '../../../../shared/domain';
import { comparePeriods } from '../../../../shared/format/period';
import { formatNumber, formatQuantity } from '../../../../shared/format/number';
import {
  defaultComparison,
  periodChange,
  periodKey,
  type PeriodChange,
} from '../../../../shared/stats/period-change';
import { useT } from '../../../i18n';
import { LabelledSelect } from '../../../ui/LabelledSelect';

type T = ReturnType<typeof useT>;

function changeText(t: T, change: PeriodChange, unit: string): string {
  if (change.difference === 0) return t('chart.same');
  const size = formatNumber(Math.abs(change.difference), { maxDecimals: 2 });
  const inUnit = change.points ? `${size} ${t('chart.points')}` : unit ? `${size} ${unit}` : size;
  const share =
    change.relative === null
      ? ''
      : ` (${formatNumber(Math.abs(change.relative) * 100, { maxDecimals: 1 })}%)`;
  return t(change.difference > 0 ? 'chart.rise' : 'chart.fall', { amount: inUnit + share });
}

export function PeriodComparison({
  indicator,
}: {
  indicator: { unit: string; observations: readonly Pick<Observation, 'period' | 'value'>[] };
}) {
  const t = useT();
  const points = indicator.observations;
  const keys = useMemo(
    () => [
      ...new Set(
        [...points]
          .sort((a, b) => comparePeriods(a.period, b.period))
          .map((o) => periodKey(o.period)),
      ),
    ],
    [points],
  );
  const initial = useMemo(() => defaultComparison(points), [points]);
  const [from, setFrom] = useState(initial?.[0] ?? keys[1] ?? '');
  const [to, setTo] = useState(initial?.[1] ?? keys[0] ?? '');
  if (keys.length < 2) return null;
  const change = periodChange(points, indicator.unit, from, to);
  const select = (value: string, set: (v: string) => void, label: string, testId: string) => (
    <LabelledSelect label={label} value={value} onChange={set} testId={testId}>
      {keys.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </LabelledSelect>
  );
  return (
    <fieldset className="period-comparison" data-testid="period-comparison">
      <legend>{t('chart.periods')}</legend>
      {select(to, setTo, t('chart.periodTo'), 'period-to')}
      {select(from, setFrom, t('chart.periodFrom'), 'period-from')}
      <output data-testid="period-change" aria-live="polite">
        {change
          ? `${formatQuantity(change.to.value, indicator.unit, { maxDecimals: 4 })} / ${formatQuantity(change.from.value, indicator.unit, { maxDecimals: 4 })} — ${changeText(t, change, indicator.unit)}`
          : t('chart.pickTwo')}
      </output>
    </fieldset>
  );
}
