// An indicator chart in a brief (issue 13 §4) is live like a figure: it keeps the points it
// drew, and is stale when a figure of its series is added, removed or saved again, or the
// indicator is renamed; refreshing redraws from the vault. It prints from its own points.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  brief as briefSchema,
  blankBrief,
  chartIsStale,
  indicatorSeriesChart,
  layoutBrief,
  refreshedChart,
  type ChartData,
} from '../../../shared/brief';
import type { IndicatorWithObservations, Observation } from '../../../shared/domain';
import { loadChartEngine } from '../../../shared/charts/render';
import { ORGANISATION } from '../brief/fixtures';

// As the export does before laying out a brief with a chart.
beforeAll(loadChartEngine);

const meta = {
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  originOrg: 'Bộ',
};
const obs = (id: string, year: number, value: number, revision = 1): Observation => ({
  ...meta,
  id,
  revision,
  indicatorId: 'aaaaaaaa-0000-4000-8000-000000000001',
  value,
  period: { kind: 'year', year },
  asOf: null,
  source: 'Cục Thống kê',
  status: 'official',
  comparison: '',
  target: null,
});
const gdp = (observations: Observation[], name = 'Tăng trưởng GDP'): IndicatorWithObservations => ({
  ...meta,
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  revision: 1,
  name,
  pillar: 'economy',
  unit: '%',
  description: '',
  observations,
});
const series = [
  obs('bbbbbbbb-0000-4000-8000-000000000001', 2025, 7.52),
  obs('bbbbbbbb-0000-4000-8000-000000000002', 2024, 7.09),
];
const now = (i: IndicatorWithObservations | null): ChartData => ({
  kind: 'indicator-series',
  indicators: [i],
});

describe('indicator chart in a brief', () => {
  const chart = indicatorSeriesChart([gdp(series)], 'Hình 1. Tăng trưởng GDP', '2026-03-01');

  it('keeps its points oldest first, and is current while the series is unchanged', () => {
    const points = chart.attrs.snapshot.series[0]!.points;
    expect(points.map((p) => p.period)).toEqual([
      { kind: 'year', year: 2024 },
      { kind: 'year', year: 2025 },
    ]);
    // Listed newest first by the vault: the same series, the same chart.
    expect(chartIsStale(chart, now(gdp([...series].reverse())))).toBe(false);
  });

  it('is stale when a figure is saved again, added or removed, or the indicator renamed', () => {
    expect(chartIsStale(chart, now(gdp([obs(series[0]!.id, 2025, 7.6, 2), series[1]!])))).toBe(
      true,
    );
    expect(
      chartIsStale(
        chart,
        now(gdp([...series, obs('bbbbbbbb-0000-4000-8000-000000000003', 2023, 5.05)])),
      ),
    ).toBe(true);
    expect(chartIsStale(chart, now(gdp([series[0]!])))).toBe(true);
    expect(chartIsStale(chart, now(gdp(series, 'Tốc độ tăng GDP')))).toBe(true);
    // Gone from the vault (in the trash): nothing to redraw from, the saved picture prints.
    expect(chartIsStale(chart, now(null))).toBe(false);
  });

  it('refreshes from the vault and is then current; the brief with it is valid and lays out', () => {
    const changed = gdp([obs(series[0]!.id, 2025, 8.02, 2), series[1]!]);
    const fresh = refreshedChart(chart, now(changed), '2026-03-02');
    expect(chartIsStale(fresh, now(changed))).toBe(false);
    expect(fresh.attrs.snapshot.today).toBe('2026-03-02');
    const b = blankBrief(
      'report',
      {
        ...ORGANISATION,
        signer: { ...ORGANISATION.signer, authorityOf: 'Bộ trưởng', title: 'Thứ trưởng' },
      },
      '2026-03-01',
    );
    const withChart = briefSchema.parse({ ...b, body: { type: 'doc', content: [fresh] } });
    const picture = layoutBrief(withChart).blocks.find((block) => block.kind === 'chart');
    expect(picture).toMatchObject({ kind: 'chart', widthMm: expect.any(Number) });
    expect(picture && 'svg' in picture ? picture.svg : '').toContain('<svg');
  });
});
