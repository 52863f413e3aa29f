// The source-document calls of the contract (issue 12), spread into `contract` by
// shared/contract.ts. A received report is imported in one call — the source itself (original
// bytes as base64, bounded here) with the observations and directives the user accepted, each
// with the span and quote it came from — so a failure writes nothing at all.
import { z } from 'zod';
import { isoDate, recordId } from './domain/common';
import { directiveInput } from './domain/directive';
import { observationInput } from './domain/indicator';
import { meetingFactsInput, mergePicks } from './reports/meeting-facts';
import { newIndicatorInput } from './reports/new-indicators';
import { LIMITS } from './limits';
import { requiredText, text, SHORT } from './text';

export const MAX_SOURCE_MB = 16;
const MAX_SOURCE_BASE64 = Math.ceil((MAX_SOURCE_MB * 1024 * 1024 * 4) / 3) + 4;

export const provenanceInput = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string().min(1).max(20_000),
    rule: z.string().max(200),
  })
  .strict();

export const sourceSummary = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  title: z.string(),
  publisher: z.string(),
  publishedOn: z.string().nullable(),
  address: z.string(),
  fileName: z.string(),
  kind: z.enum(['docx', 'pdf', 'txt', 'html', 'paste']),
  sha256: z.string(),
  bytes: z.number(),
  createdAt: z.string(),
});

/**
 * The meeting a report's facts go to, written in the import's transaction (issue 12 §4): a new
 * meeting (its id minted by the client, so the accepted directives can name it) or a merge into
 * a meeting the vault holds, at the revision the user saw.
 */
export const reportMeeting = z.discriminatedUnion('mode', [
  z
    .object({
      mode: z.literal('new'),
      id: recordId,
      title: requiredText(LIMITS.title),
      date: isoDate,
      summary: text(LIMITS.long),
      facts: meetingFactsInput,
    })
    .strict(),
  z
    .object({
      mode: z.literal('merge'),
      id: recordId,
      revision: z.number().int().min(1),
      facts: meetingFactsInput,
      picks: mergePicks,
    })
    .strict(),
]);
export type ReportMeeting = z.input<typeof reportMeeting>;

export const sourceImport = z
  .object({
    meetingId: recordId.nullable(),
    title: text(1000),
    publisher: text(SHORT),
    publishedOn: isoDate.nullable(),
    address: text(2000),
    fileName: requiredText(255),
    kind: z.enum(['docx', 'pdf', 'txt', 'html', 'paste']),
    originalBase64: z
      .string()
      .max(MAX_SOURCE_BASE64, {
        message: `Tệp quá lớn (tối đa ${MAX_SOURCE_MB} MB) / The file is too large (at most ${MAX_SOURCE_MB} MB)`,
      })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'không phải base64 / not base64' }),
    text: z.string().min(1).max(4_000_000),
    observations: z
      .array(z.object({ observation: observationInput, provenance: provenanceInput }).strict())
      .max(5000),
    directives: z
      .array(z.object({ directive: directiveInput, provenance: provenanceInput }).strict())
      .max(2000),
    meeting: reportMeeting.optional(),
    /** Indicators created for figures no existing indicator fits (issue 12 §2). */
    newIndicators: z.array(newIndicatorInput).max(500).optional(),
  })
  .strict()
  .refine((v) => !v.meeting || v.meetingId === v.meeting.id, {
    message:
      'Nguồn phải thuộc cuộc họp được tạo hoặc gộp / The source must belong to the meeting created or merged',
    path: ['meetingId'],
  });
export type SourceImport = z.input<typeof sourceImport>;

export const sourcesCalls = {
  'sources.import': {
    input: sourceImport,
    output: z.object({
      source: sourceSummary,
      meetingId: z.string().nullable(),
      indicatorIds: z.array(z.string()),
      observationIds: z.array(z.string()),
      directiveIds: z.array(z.string()),
    }),
  },
  'sources.list': {
    input: z.object({ meetingId: recordId.optional() }).strict(),
    output: z.array(sourceSummary),
  },
};
