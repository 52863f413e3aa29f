// The home screen (issue 13 §1), the first screen after unlock: what is overdue (and by how
// many days), what falls due within the week, which directives still miss a "rõ", the meetings
// ahead, and what changed lately — mine or from another organisation's package. Each list is
// short (the newest or most pressing first) with the full count beside it, and every item names
// the record it opens.
import { z } from 'zod';
import { call } from './call';
import { isoDate } from './domain/common';
import { SIX_RO } from './domain/directive';

const roField = z.enum(SIX_RO);

/** Days ahead that count as "due this week". */
export const DUE_SOON_DAYS = 7;
/** Items shown per list; the count says how many there are in all. */
export const HOME_LIST_LIMIT = 8;

const dueDirective = z.object({
  id: z.string(),
  task: z.string(),
  leadUnit: z.string(),
  deadline: isoDate,
  /** Overdue: whole days past the deadline; due soon: whole days left (0 = today). */
  days: z.number().int(),
});
export type DueDirective = z.infer<typeof dueDirective>;

const list = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number() });

export const homeSummary = z.object({
  today: isoDate,
  overdue: list(dueDirective),
  dueSoon: list(dueDirective),
  missingRo: list(z.object({ id: z.string(), task: z.string(), missing: z.array(roField) })),
  upcomingMeetings: list(z.object({ id: z.string(), title: z.string(), date: isoDate })),
  recent: list(
    z.object({
      kind: z.enum(['meeting', 'directive', 'indicator']),
      id: z.string(),
      title: z.string(),
      updatedAt: z.string(),
      /** null: this vault's own organisation; otherwise the one whose package it came in. */
      fromOrg: z.string().nullable(),
    }),
  ),
});
export type HomeSummary = z.infer<typeof homeSummary>;

export const homeCalls = {
  'home.summary': call(
    z
      .object({
        /** The caller's local date; the host's when absent. */
        today: isoDate.optional(),
      })
      .strict(),
    homeSummary,
  ),
} as const;
