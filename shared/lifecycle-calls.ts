// The lifecycle calls of the contract (issue 10): status changes, issuing with the outgoing
// register, correcting documents, documents not born from a meeting, the register itself.
// Spread into `contract` by shared/contract.ts.
import { z } from 'zod';
import { byId, call, revision } from './call';
import { registerEntry } from './brief/lifecycle';
import { meetingTemplateName, storedBrief } from './brief-calls';
import { isoDate, recordId } from './domain/common';

export const lifecycleCalls = {
  /** Draft ⇄ for signature; an issued document never moves back. */
  'briefs.setStatus': call(
    z.object({ id: recordId, revision, status: z.enum(['draft', 'for-signature']) }).strict(),
    storedBrief,
  ),
  /** Gives the next number of the register and the date (today when not given), and freezes. */
  'briefs.issue': call(
    z.object({ id: recordId, revision, date: isoDate.optional() }).strict(),
    z.object({ brief: storedBrief, entry: registerEntry.nullable() }),
  ),
  /** A new draft correcting or replacing an issued document, citing it. */
  'briefs.correct': call(byId, storedBrief),
  /** "Văn bản mới": a document of one of the seven types without a meeting. */
  'briefs.createBlank': call(
    z
      .object({
        template: meetingTemplateName,
        /** Which signer profile: 0 the default, 1… the others of the organisation profile. */
        signer: z.number().int().min(0).max(20).optional(),
      })
      .strict(),
    storedBrief,
  ),
  'register.list': call(
    z.object({ year: z.number().int().min(1900).max(9999).optional() }).strict(),
    z.array(registerEntry),
  ),
  /** The register as a file: CSV (UTF-8 with BOM), Excel (dates as dates, filters) or Word. */
  'register.export': call(
    z
      .object({
        year: z.number().int().min(1900).max(9999).optional(),
        format: z.enum(['csv', 'xlsx', 'docx']).default('csv'),
      })
      .strict(),
    z.object({ fileName: z.string(), mime: z.string(), base64: z.string() }),
  ),
} as const;
