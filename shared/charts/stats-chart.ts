// The chart of the directive statistics: one horizontal bar per group (unit, meeting, month),
// stacked by the five states in the table's order, so each bar's length is the group's total
// and its red part the overdue ones. Colours are told apart in greyscale print too.
import type { EChartsCoreOption } from 'echarts/core';
import {
  emptyRow,
  type DirectiveState,
  type DirectiveStatsRow,
  type StatsGrouping,
} from '../stats/directive-stats';
import { renderChartSvg, type ChartSvg } from './render';

const SERIES: { state: DirectiveState; name: string; color: string }[] = [
  { state: 'doneOnTime', name: 'Hoàn thành đúng hạn', color: '#2E7D32' },
  { state: 'doneLate', name: 'Hoàn thành trễ hạn', color: '#F9A825' },
  { state: 'inProgress', name: 'Đang thực hiện trong hạn', color: '#1565C0' },
  { state: 'overdue', name: 'Quá hạn', color: '#C62828' },
  { state: 'notStarted', name: 'Chưa thực hiện', color: '#BDBDBD' },
];

const MAX_LABEL = 34;
const clip = (s: string) =>
  [...s].length > MAX_LABEL ? `${[...s].slice(0, MAX_LABEL - 1).join('')}…` : s;
const monthLabel = (key: string) => {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? `${Number(m[2])}/${m[1]}` : key;
};

/** Groups beyond this are summed into "Khác" so the bars stay readable on an A4 page. */
export const MAX_CHART_GROUPS = 15;

function limited(rows: readonly DirectiveStatsRow[]): DirectiveStatsRow[] {
  if (rows.length <= MAX_CHART_GROUPS) return [...rows];
  const kept = rows.slice(0, MAX_CHART_GROUPS - 1);
  const other = rows.slice(MAX_CHART_GROUPS - 1).reduce(
    (o, r) => ({
      ...o,
      total: o.total + r.total,
      doneOnTime: o.doneOnTime + r.doneOnTime,
      doneLate: o.doneLate + r.doneLate,
      inProgress: o.inProgress + r.inProgress,
      overdue: o.overdue + r.overdue,
      notStarted: o.notStarted + r.notStarted,
    }),
    emptyRow('Khác'),
  );
  return [...kept, other];
}

export function statsChartOption(
  rows: readonly DirectiveStatsRow[],
  by: StatsGrouping,
): EChartsCoreOption {
  const shown = limited(rows);
  // Category axes draw bottom-up; reversed so the first group is on top, as in the table.
  const labels = shown.map((r) => clip(by === 'month' ? monthLabel(r.key) : r.key)).reverse();
  return {
    backgroundColor: '#FFFFFF',
    legend: {
      bottom: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 12, color: '#000' },
    },
    grid: {
      left: 8,
      right: 24,
      top: 8,
      bottom: 36,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11, color: '#000' } },
    yAxis: { type: 'category', data: labels, axisLabel: { fontSize: 12, color: '#000' } },
    series: SERIES.map((s) => ({
      type: 'bar',
      stack: 'total',
      name: s.name,
      itemStyle: { color: s.color },
      barMaxWidth: 22,
      label: {
        show: true,
        fontSize: 11,
        color: s.state === 'notStarted' || s.state === 'doneLate' ? '#000' : '#FFF',
        formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : ''),
      },
      data: shown.map((r) => r[s.state]).reverse(),
    })),
  };
}

/** Pixels of the chart at 96 dpi for a given width in mm; height grows with the groups. */
export function statsChartSvg(
  rows: readonly DirectiveStatsRow[],
  by: StatsGrouping,
  widthMm: number,
): ChartSvg {
  const widthPx = Math.round((widthMm / 25.4) * 96);
  const groups = Math.max(1, Math.min(rows.length, MAX_CHART_GROUPS));
  const heightPx = Math.round(70 + groups * 34);
  return renderChartSvg(statsChartOption(rows, by), widthPx, heightPx);
}
