// Charts in briefs are live like figures: each stores what it was drawn from, and is stale
// when the vault's statistics for the same scope (grouping, meeting) differ today, or when an
// indicator series it draws has changed (a figure added, removed or saved again). Refreshing
// redraws every stale chart from the vault in one new revision.
import {
  chartGoneIndicators,
  chartIndicatorIds,
  chartIsStale,
  refreshedChart,
  type Brief,
  type ChartData,
  type ChartNode,
} from '../../../shared/brief';
import type { OpenVault } from '../vault';
import { vaultStats } from './index';

const currentRows = (vault: OpenVault, node: ChartNode, today: string): ChartData =>
  node.attrs.kind === 'directive-stats'
    ? {
        kind: 'directive-stats',
        rows: vaultStats(vault, node.attrs.by, today, node.attrs.meetingId ?? undefined).rows,
      }
    : {
        kind: 'indicator-series',
        indicators: chartIndicatorIds(node).map((id) => vault.indicators.withSeries(id)),
      };

/** One entry per chart of the body (top level, in order): is it stale? */
export function chartStates(
  vault: OpenVault,
  brief: Brief,
  today: string,
): { index: number; caption: string; stale: boolean; gone: string[] }[] {
  return brief.body.content.flatMap((b, index) => {
    if (b.type !== 'chart') return [];
    const now = currentRows(vault, b, today);
    return [
      {
        index,
        caption: b.attrs.caption,
        stale: chartIsStale(b, now),
        gone: chartGoneIndicators(b, now),
      },
    ];
  });
}

/** The brief with its stale charts redrawn from today's statistics; `refreshed` counts them. */
export function refreshCharts(
  vault: OpenVault,
  brief: Brief,
  today: string,
): { brief: Brief; refreshed: number } {
  let refreshed = 0;
  const content = brief.body.content.map((b) => {
    if (b.type !== 'chart') return b;
    const rows = currentRows(vault, b, today);
    if (!chartIsStale(b, rows)) return b;
    refreshed += 1;
    return refreshedChart(b, rows, today);
  });
  return { brief: { ...brief, body: { ...brief.body, content } }, refreshed };
}
