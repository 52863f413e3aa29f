// A chart in a brief's body (issue 13): a live node like a figure. It stores what it shows
// (the statistics rows on the day it was drawn, or the points of an indicator's series), so
// the document prints without the vault and the vault can tell when the chart no longer
// matches its data (stale → refresh).
import { z } from 'zod';
import { finiteNumber, isoDate, recordId } from '../domain/common';
import type { IndicatorWithObservations } from '../domain/indicator';
import { period } from '../domain/period';
import { comparePeriods } from '../format/period';
import { directiveStatsRow, statsGrouping } from '../stats/schema';
import type { DirectiveStatsRow } from '../stats/directive-stats';
import { requiredText, text, SHORT } from '../text';

export const MAX_CHART_ROWS = 200;
/** Points per indicator a brief's chart keeps: 20 years of months is 240. */
export const MAX_SERIES_POINTS = 400;
/** One indicator, or one and another to compare, as the indicator page draws them. */
export const MAX_CHART_INDICATORS = 2;

/** "Hình 1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì" */
const caption = text(500);

const directiveStatsAttrs = z
  .object({
    kind: z.literal('directive-stats'),
    by: statsGrouping,
    /** The directives of one meeting, or null for the whole vault. */
    meetingId: recordId.nullable(),
    caption,
    snapshot: z
      .object({ today: isoDate, rows: z.array(directiveStatsRow).max(MAX_CHART_ROWS) })
      .strict(),
  })
  .strict();

/** One point as it was drawn; the observation's revision tells when it has changed since. */
export const seriesPoint = z
  .object({
    observationId: recordId,
    revision: z.number().int().min(1),
    period,
    value: finiteNumber,
    target: finiteNumber.nullable(),
  })
  .strict();
export type SeriesPoint = z.infer<typeof seriesPoint>;

export const chartedSeries = z
  .object({
    indicatorId: recordId,
    name: requiredText(SHORT),
    unit: text(50),
    /** Oldest period first, as the axis reads. */
    points: z.array(seriesPoint).max(MAX_SERIES_POINTS),
  })
  .strict();
export type ChartedSeries = z.infer<typeof chartedSeries>;

const indicatorSeriesAttrs = z
  .object({
    kind: z.literal('indicator-series'),
    caption,
    snapshot: z
      .object({
        /** The day it was drawn or last refreshed. */
        today: isoDate,
        series: z.array(chartedSeries).min(1).max(MAX_CHART_INDICATORS),
      })
      .strict(),
  })
  .strict();

export const chartNode = z
  .object({
    type: z.literal('chart'),
    attrs: z.discriminatedUnion('kind', [directiveStatsAttrs, indicatorSeriesAttrs]),
  })
  .strict();
export type ChartNode = z.infer<typeof chartNode>;
export type DirectiveStatsChart = ChartNode & { attrs: z.infer<typeof directiveStatsAttrs> };
export type IndicatorSeriesChart = ChartNode & { attrs: z.infer<typeof indicatorSeriesAttrs> };

/** What a chart is drawn from now: the statistics rows, or the indicators with their series. */
export type ChartData =
  | { kind: 'directive-stats'; rows: readonly DirectiveStatsRow[] }
  | { kind: 'indicator-series'; indicators: readonly (IndicatorWithObservations | null)[] };

/** An indicator's series as a chart keeps it: oldest first, the newest points if too many. */
export function chartedSeriesOf(indicator: IndicatorWithObservations): ChartedSeries {
  const points = [...indicator.observations]
    .sort((a, b) => comparePeriods(b.period, a.period) || a.id.localeCompare(b.id))
    .slice(-MAX_SERIES_POINTS)
    .map((o) => ({
      observationId: o.id,
      revision: o.revision,
      period: o.period,
      value: o.value,
      target: o.target,
    }));
  return { indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, points };
}

/** A chart of one indicator's series (and a second to compare), drawn today. */
export function indicatorSeriesChart(
  indicators: readonly IndicatorWithObservations[],
  captionText: string,
  today: string,
): IndicatorSeriesChart {
  return {
    type: 'chart',
    attrs: {
      kind: 'indicator-series',
      caption: captionText,
      snapshot: { today, series: indicators.slice(0, MAX_CHART_INDICATORS).map(chartedSeriesOf) },
    },
  };
}

/**
 * Stale when what the vault gives now differs from what was drawn: for statistics any count
 * of any group; for a series any point added, removed or saved again, or the indicator's name
 * or unit changed. An indicator gone from the vault (in the trash) leaves the chart as drawn:
 * nothing could redraw it, and its saved picture still prints.
 */
export function chartIsStale(node: ChartNode, now: ChartData): boolean {
  const a = node.attrs;
  if (a.kind === 'directive-stats')
    return (
      now.kind === 'directive-stats' && JSON.stringify(a.snapshot.rows) !== JSON.stringify(now.rows)
    );
  if (now.kind !== 'indicator-series') return false;
  return a.snapshot.series.some((drawn, i) => {
    const current = now.indicators[i];
    return (
      current !== null &&
      current !== undefined &&
      JSON.stringify(chartedSeriesOf(current)) !== JSON.stringify(drawn)
    );
  });
}

/**
 * The names of the indicators a chart draws that are gone from the vault (in the trash): the
 * chart keeps printing their drawn series, and the brief says they were deleted, as it does for
 * a deleted figure, instead of passing for current.
 */
export function chartGoneIndicators(node: ChartNode, now: ChartData): string[] {
  const a = node.attrs;
  if (a.kind !== 'indicator-series' || now.kind !== 'indicator-series') return [];
  return a.snapshot.series.filter((_, i) => now.indicators[i] === null).map((s) => s.name);
}

/** The node redrawn from what the vault gives now (a gone indicator keeps its drawn series). */
export function refreshedChart(node: ChartNode, now: ChartData, today: string): ChartNode {
  const a = node.attrs;
  if (a.kind === 'directive-stats')
    return now.kind === 'directive-stats'
      ? { ...node, attrs: { ...a, snapshot: { today, rows: [...now.rows] } } }
      : node;
  if (now.kind !== 'indicator-series') return node;
  const series = a.snapshot.series.map((drawn, i) => {
    const current = now.indicators[i];
    return current ? chartedSeriesOf(current) : drawn;
  });
  return { ...node, attrs: { ...a, snapshot: { today, series } } };
}

/** The indicators a chart draws, in order (none for a statistics chart). */
export const chartIndicatorIds = (node: ChartNode): string[] =>
  node.attrs.kind === 'indicator-series'
    ? node.attrs.snapshot.series.map((s) => s.indicatorId)
    : [];
