// Calls of the follow-up features (issue 13): directive statistics and register exports.
import { z } from 'zod';
import { call, revision } from './call';
import { recordId } from './domain';
import { directiveStatsRow, statsGrouping } from './stats/schema';
import { exportDelivery, exportedFile, storedBrief } from './brief-calls';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const statsQuery = z
  .object({
    by: statsGrouping.default('unit'),
    /** Only the directives of one meeting (the report from a meeting). */
    meetingId: recordId.optional(),
    /** The caller's local date; the host's when absent. */
    today: isoDay.optional(),
  })
  .strict();

export const directiveStatsResult = z.object({
  by: statsGrouping,
  today: z.string(),
  rows: z.array(directiveStatsRow),
  total: directiveStatsRow,
});
export type DirectiveStatsResult = z.infer<typeof directiveStatsResult>;

export const registerName = z.enum(['directives', 'indicators', 'stats']);
export type RegisterName = z.infer<typeof registerName>;
export const registerFormat = z.enum(['xlsx', 'docx']);
export type RegisterFormat = z.infer<typeof registerFormat>;

export const followUpCalls = {
  'stats.directives': call(statsQuery, directiveStatsResult),
  /** Drafts "Báo cáo tình hình thực hiện nhiệm vụ": one meeting's directives, or all. */
  'briefs.createDirectiveReport': call(
    z.object({ meetingId: recordId.optional(), today: isoDay.optional() }).strict(),
    storedBrief,
  ),
  /**
   * Each chart of a brief, whether the vault's data changed since it was drawn, and the names of
   * the indicators it draws that were deleted since (the chart keeps their drawn series).
   */
  'briefs.chartStates': call(
    z.object({ id: recordId, today: isoDay.optional() }).strict(),
    z.array(
      z.object({
        index: z.number(),
        caption: z.string(),
        stale: z.boolean(),
        gone: z.array(z.string()),
      }),
    ),
  ),
  /** Redraws the stale charts from today's statistics, as a new revision. */
  'briefs.refreshCharts': call(
    z.object({ id: recordId, revision, today: isoDay.optional() }).strict(),
    storedBrief,
  ),
  'registers.export': call(
    z
      .object({
        register: registerName,
        format: registerFormat,
        /** The grouping of the statistics register. */
        by: statsGrouping.default('unit'),
        today: isoDay.optional(),
        deliver: exportDelivery,
      })
      .strict(),
    exportedFile.extend({ rows: z.number() }),
  ),
} as const;
