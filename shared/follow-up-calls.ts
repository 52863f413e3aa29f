// Calls of the follow-up features (issue 13): directive statistics and register exports.
import { z } from 'zod';
import { recordId } from './domain';

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const statsGrouping = z.enum(['unit', 'meeting', 'month']);

export const directiveStatsRow = z.object({
  key: z.string(),
  total: z.number(),
  doneOnTime: z.number(),
  doneLate: z.number(),
  inProgress: z.number(),
  overdue: z.number(),
  notStarted: z.number(),
  onTimeRate: z.number().nullable(),
});

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
  'registers.export': call(
    z
      .object({
        register: registerName,
        format: registerFormat,
        /** The grouping of the statistics register. */
        by: statsGrouping.default('unit'),
        today: isoDay.optional(),
        /** As briefs.export: Electron asks where to save; the browser host returns the bytes. */
        deliver: z.enum(['bytes', 'save-dialog']).default('bytes'),
      })
      .strict(),
    z.object({
      fileName: z.string(),
      mime: z.string(),
      base64: z.string(),
      savedTo: z.string().nullable(),
      cancelled: z.boolean(),
      rows: z.number(),
    }),
  ),
} as const;
