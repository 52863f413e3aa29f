// The statistics' row as a schema: the calls return it and a chart in a brief stores it.
import { z } from 'zod';

export const statsGrouping = z.enum(['unit', 'meeting', 'month']);

export const directiveStatsRow = z
  .object({
    key: z.string().max(1000),
    total: z.number().int().min(0),
    doneOnTime: z.number().int().min(0),
    doneLate: z.number().int().min(0),
    inProgress: z.number().int().min(0),
    overdue: z.number().int().min(0),
    notStarted: z.number().int().min(0),
    onTimeRate: z.number().min(0).max(1).nullable(),
  })
  .strict();
