// A chart in a brief's body (issue 13): a live node like a figure. It stores what it shows
// (the statistics rows on the day it was drawn), so the document prints without the vault and
// the vault can tell when the chart no longer matches its data (stale → refresh).
import { z } from 'zod';
import { isoDate, recordId } from '../domain/common';
import { directiveStatsRow, statsGrouping } from '../stats/schema';
import type { DirectiveStatsRow } from '../stats/directive-stats';
import { text } from '../text';

export const MAX_CHART_ROWS = 200;

export const chartNode = z
  .object({
    type: z.literal('chart'),
    attrs: z
      .object({
        kind: z.literal('directive-stats'),
        by: statsGrouping,
        /** The directives of one meeting, or null for the whole vault. */
        meetingId: recordId.nullable(),
        /** "Hình 1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì" */
        caption: text(500),
        snapshot: z
          .object({ today: isoDate, rows: z.array(directiveStatsRow).max(MAX_CHART_ROWS) })
          .strict(),
      })
      .strict(),
  })
  .strict();
export type ChartNode = z.infer<typeof chartNode>;

/** Stale when the rows the vault gives now differ from the stored ones (any count, any group). */
export function chartIsStale(node: ChartNode, current: readonly DirectiveStatsRow[]): boolean {
  return JSON.stringify(node.attrs.snapshot.rows) !== JSON.stringify(current);
}

/** The node with the current rows and day. */
export function refreshedChart(
  node: ChartNode,
  rows: readonly DirectiveStatsRow[],
  today: string,
): ChartNode {
  return { ...node, attrs: { ...node.attrs, snapshot: { today, rows: [...rows] } } };
}
