// The chart of an indicator's series (issue 13 §3): its values by period, oldest on the left,
// with its target as a dashed line where one was set, and a second indicator beside it to
// compare (on its own axis when its unit differs). Drawn by the same ECharts SSR code as the
// statistics chart, so it renders the same in the app, in Node and in exports. The sources of
// each point are not on the picture (a chart cannot carry them legibly): the caller lists them.
import type { EChartsCoreOption } from 'echarts/core';
import type { Observation } from '../domain/indicator';
import { comparePeriods, formatPeriod } from '../format/period';
import { formatNumber } from '../format/number';
import { renderChartSvg, type ChartSvg } from './render';

export interface ChartedIndicator {
  name: string;
  unit: string;
  observations: readonly Pick<Observation, 'period' | 'value' | 'target'>[];
}

const COLORS = ['#1565C0', '#C62828'];
const MAX_NAME = 40;
const clip = (s: string) =>
  [...s].length > MAX_NAME ? `${[...s].slice(0, MAX_NAME - 1).join('')}…` : s;

/** Every period of the series, oldest first, as the axis labels them (one label per period). */
export function chartPeriods(indicators: readonly ChartedIndicator[]): string[] {
  const all = indicators.flatMap((i) => i.observations.map((o) => o.period));
  const sorted = [...all].sort((a, b) => comparePeriods(b, a));
  return [...new Set(sorted.map(formatPeriod))];
}

export function indicatorChartOption(indicators: readonly ChartedIndicator[]): EChartsCoreOption {
  const labels = chartPeriods(indicators);
  const units = [...new Set(indicators.map((i) => i.unit))].slice(0, 2);
  const axisOf = (unit: string) => Math.max(0, units.indexOf(unit));
  const at = (i: ChartedIndicator, pick: 'value' | 'target') => {
    const byLabel = new Map(i.observations.map((o) => [formatPeriod(o.period), o[pick]]));
    return labels.map((l) => byLabel.get(l) ?? null);
  };
  const number = (p: { value: unknown }) =>
    typeof p.value === 'number' ? formatNumber(p.value, { maxDecimals: 2 }) : '';
  return {
    backgroundColor: '#FFFFFF',
    legend: { bottom: 0, textStyle: { fontSize: 12, color: '#000' } },
    grid: {
      left: 8,
      right: 16,
      top: 28,
      bottom: 40,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { fontSize: 11, color: '#000', rotate: labels.length > 5 ? 25 : 0 },
    },
    yAxis: units.map((unit, i) => ({
      type: 'value',
      name: unit,
      position: i === 0 ? 'left' : 'right',
      nameTextStyle: { fontSize: 11, color: '#000' },
      axisLabel: { fontSize: 11, color: '#000', formatter: (v: number) => formatNumber(v) },
    })),
    series: indicators.flatMap((ind, k) => {
      const color = COLORS[k % COLORS.length]!;
      const name = clip(ind.unit ? `${ind.name} (${ind.unit})` : ind.name);
      const targets = at(ind, 'target');
      return [
        {
          type: 'line',
          name,
          yAxisIndex: axisOf(ind.unit),
          data: at(ind, 'value'),
          connectNulls: true,
          symbolSize: 7,
          itemStyle: { color },
          lineStyle: { color, width: 2 },
          label: { show: true, fontSize: 11, color: '#000', formatter: number },
        },
        ...(targets.some((t) => t !== null)
          ? [
              {
                type: 'line',
                name: clip(`Mục tiêu — ${ind.name}`),
                yAxisIndex: axisOf(ind.unit),
                data: targets,
                connectNulls: true,
                symbol: 'diamond',
                symbolSize: 6,
                itemStyle: { color },
                lineStyle: { color, type: 'dashed', width: 1.5 },
              },
            ]
          : []),
      ];
    }),
  };
}

/** The chart at a width in mm (96 dpi). */
export function indicatorChartSvg(
  indicators: readonly ChartedIndicator[],
  widthMm: number,
): ChartSvg {
  const widthPx = Math.round((widthMm / 25.4) * 96);
  return renderChartSvg(indicatorChartOption(indicators), widthPx, Math.round(widthPx * 0.55));
}
