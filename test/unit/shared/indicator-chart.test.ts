// The chart of an indicator's series (issue 13 §3): periods oldest first whatever order the
// register keeps, the target dashed only where one was set, a second indicator on its own axis
// when its unit differs, and the SVG drawn without a browser.
import { describe, expect, it } from 'vitest';
import {
  chartPeriods,
  indicatorChartOption,
  indicatorChartSvg,
  type ChartedIndicator,
} from '../../../shared/charts';

const gdp: ChartedIndicator = {
  name: 'Tăng trưởng GDP',
  unit: '%',
  observations: [
    { period: { kind: 'half', year: 2025, half: 1 }, value: 7.52, target: 8 },
    { period: { kind: 'year', year: 2024 }, value: 7.09, target: null },
    { period: { kind: 'year', year: 2023 }, value: 5.05, target: null },
  ],
};
const exports: ChartedIndicator = {
  name: 'Kim ngạch xuất khẩu',
  unit: 'tỷ USD',
  observations: [{ period: { kind: 'year', year: 2024 }, value: 405.5, target: null }],
};

type Series = {
  name: string;
  yAxisIndex: number;
  data: (number | null)[];
  lineStyle: { type?: string };
};

describe('indicator chart', () => {
  it('puts the periods oldest first and the values under them', () => {
    expect(chartPeriods([gdp])).toEqual(['năm 2023', 'năm 2024', '6 tháng đầu năm 2025']);
    const series = indicatorChartOption([gdp]).series as Series[];
    expect(series[0]!.data).toEqual([5.05, 7.09, 7.52]);
    // The target as a dashed line, only where set.
    expect(series[1]!.lineStyle.type).toBe('dashed');
    expect(series[1]!.data).toEqual([null, null, 8]);
    expect(indicatorChartOption([exports]).series as Series[]).toHaveLength(1);
  });

  it('compares two indicators on two axes when their units differ', () => {
    const option = indicatorChartOption([gdp, exports]);
    expect(option.yAxis as unknown[]).toHaveLength(2);
    const series = option.series as Series[];
    const exp = series.find((s) => s.name.startsWith('Kim ngạch'))!;
    expect(exp.yAxisIndex).toBe(1);
    expect(exp.data).toEqual([null, 405.5, null]);
  });

  it('draws an SVG with the Vietnamese labels and numbers', () => {
    const { svg, widthPx } = indicatorChartSvg([gdp], 150);
    expect(widthPx).toBe(567);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('6 tháng đầu năm 2025');
    expect(svg).toContain('7,52');
  });
});
