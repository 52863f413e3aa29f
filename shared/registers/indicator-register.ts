// The indicator register with its series: one row per observation (an indicator without any
// observation still gets a row, so nothing in the register is left out of the file).
import { comparePeriods, formatPeriod, periodEnd } from '../format';
import type { IndicatorWithObservations, ObservationStatus } from '../domain/indicator';
import type { RegisterTable } from './table';

const OBSERVATION_STATUS: Record<ObservationStatus, string> = {
  preliminary: 'Sơ bộ',
  official: 'Chính thức',
  estimate: 'Ước tính',
};

export function indicatorRegister(indicators: readonly IndicatorWithObservations[]): RegisterTable {
  const rows: RegisterTable['rows'] = [];
  for (const ind of indicators) {
    // Oldest period first: a series reads left to right in time, as the chart draws it.
    const series = [...ind.observations].sort((a, b) => comparePeriods(b.period, a.period));
    if (series.length === 0)
      rows.push([rows.length + 1, ind.name, ind.unit, null, null, null, null, null, '', '']);
    for (const o of series) {
      rows.push([
        rows.length + 1,
        ind.name,
        ind.unit,
        formatPeriod(o.period),
        periodEnd(o.period),
        o.value,
        o.target,
        o.asOf,
        OBSERVATION_STATUS[o.status],
        o.source,
      ]);
    }
  }
  return {
    title: 'SỔ THEO DÕI CHỈ TIÊU',
    sheetName: 'Chỉ tiêu',
    columns: [
      { header: 'STT', kind: 'integer', width: 8 },
      { header: 'Chỉ tiêu', kind: 'text', width: 40 },
      { header: 'Đơn vị tính', kind: 'text', width: 12 },
      { header: 'Kỳ', kind: 'text', width: 22 },
      { header: 'Ngày cuối kỳ', kind: 'date', width: 12 },
      { header: 'Giá trị', kind: 'number', width: 12 },
      { header: 'Mục tiêu', kind: 'number', width: 12 },
      { header: 'Số liệu tính đến', kind: 'date', width: 14 },
      { header: 'Tình trạng số liệu', kind: 'text', width: 14 },
      { header: 'Nguồn', kind: 'text', width: 40 },
    ],
    rows,
  };
}
