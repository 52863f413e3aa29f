import { z } from 'zod';
import { isoDate, recordSchemas, secrecyLevel, urgencyLevel } from './common';
import { legalReference } from './legal-ref';
import { text, requiredText, SHORT, LONG } from '../text';
import { LIMITS } from '../limits';
import { parseClockTime } from '../format/time';

export const meetingKind = z.enum(['regular', 'review-conference', 'ad-hoc', 'other']);
export type MeetingKind = z.infer<typeof meetingKind>;
export const meetingMode = z.enum(['in-person', 'online', 'hybrid']);
export type MeetingMode = z.infer<typeof meetingMode>;
export const partOfDay = z.enum(['morning', 'afternoon', 'evening', 'all-day']);
export type PartOfDay = z.infer<typeof partOfDay>;

export const person = z.object({
  name: text(SHORT),
  title: text(SHORT),
  organisation: text(SHORT),
  committeeRole: text(SHORT),
});
export type Person = z.infer<typeof person>;

/** A site of an online or hybrid meeting (`điểm cầu`), with its own attendees. */
export const connectionPoint = z.object({
  site: requiredText(SHORT),
  hostOfficial: text(SHORT),
  attendees: z.array(person).max(500),
});
export type ConnectionPoint = z.infer<typeof connectionPoint>;

/** One numbered conclusion of the chair; its id lets a directive point back at it. */
export const conclusionItem = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  text: requiredText(LONG),
});
export type ConclusionItem = z.infer<typeof conclusionItem>;

export const source = z.object({
  outlet: text(SHORT),
  title: text(LIMITS.title),
  date: isoDate.nullable(),
  url: text(LIMITS.medium),
});
export type Source = z.infer<typeof source>;

export const meetingFields = z.object({
  title: requiredText(LIMITS.title),
  kind: meetingKind,
  date: isoDate,
  partOfDay: partOfDay.nullable(),
  // "8:30", "8h30" and "08:30" are all half past eight; stored as HH:MM.
  time: z
    .string()
    .max(40)
    .transform((s) => parseClockTime(s) ?? s)
    .pipe(
      z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
        message: 'giờ không hợp lệ (vd. 8:30, 8h30) / invalid time (e.g. 8:30)',
      }),
    )
    .nullable(),
  mode: meetingMode,
  location: text(SHORT),
  connectionPoints: z.array(connectionPoint).max(200),
  chair: person,
  attendees: z.array(person).max(2000),
  purpose: text(LONG),
  summary: text(LONG),
  results: text(LONG),
  difficulties: text(LONG),
  conclusions: z.array(conclusionItem).max(500),
  legalReferences: z.array(legalReference).max(200),
  sources: z.array(source).max(50),
  secrecy: secrecyLevel,
  urgency: urgencyLevel,
});

export const { stored: meeting, input: meetingInput } = recordSchemas(meetingFields);
export type Meeting = z.infer<typeof meeting>;
export type MeetingInput = z.input<typeof meetingInput>;

/** A row of the meetings list: enough to show and sort without loading every field. */
export const meetingSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: meetingKind,
  date: isoDate,
  mode: meetingMode,
  chairName: z.string(),
  directiveCount: z.number().int(),
  updatedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;
