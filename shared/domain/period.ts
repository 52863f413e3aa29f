import { z } from 'zod';

const year = z.number().int().min(1945).max(2200);

/** The span an observation covers, typed so it can be sorted and printed the official way. */
export const period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year }),
  z.object({ kind: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ kind: z.literal('quarter'), year, quarter: z.number().int().min(1).max(4) }),
  /** The first N months of the year: "7 tháng đầu năm 2025". */
  z.object({ kind: z.literal('months'), year, months: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('month'), year, month: z.number().int().min(1).max(12) }),
  /** Several whole years, "giai đoạn 2021–2025": `from` is the first year, `year` the last. */
  z.object({ kind: z.literal('years'), from: year, year }),
  /** From 1 January to a day, "lũy kế đến ngày 15/10/2025", "tính đến 30/9/2025". */
  z.object({
    kind: z.literal('toDate'),
    year,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
]);
export type Period = z.infer<typeof period>;
