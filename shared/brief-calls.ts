// The brief calls of the contract (issue 3), spread into `contract` by shared/contract.ts.
// A brief arriving from a client is read with parseBrief's own rules — size and depth bounds
// before the schema walks it, then the schema (NFC, per-node limits) — so a save is either
// stored whole or refused with the reason, never half-stored.
import { z } from 'zod';
import { byId, call, noInput, revision } from './call';
import {
  brief,
  briefStatus,
  parseBrief,
  signatureBlock,
  ORGANISATION_LIMITS,
  templateName,
  type Brief,
  type ProblemCode,
} from './brief';
import type { BriefOrganisation } from './brief/templates/context';
import { recordId } from './domain/common';
import { text } from './text';

/** A brief from untrusted JSON, exactly as parseBrief reads it. */
const clientBrief = z.unknown().transform((raw, ctx): Brief => {
  const parsed = parseBrief(raw);
  if (parsed.ok) return parsed.value;
  const { error } = parsed;
  const issues = error.issues ?? [
    { path: '', message: `${error.message.vi} / ${error.message.en}` },
  ];
  for (const issue of issues) {
    ctx.issues.push({
      code: 'custom',
      input: raw,
      path: issue.path === '' ? [] : issue.path.split('.'),
      message: issue.message,
    });
  }
  return z.NEVER;
}) as unknown as z.ZodType<Brief, z.input<typeof brief>>;

export const meetingTemplateName = templateName.exclude(['blank', 'directive-report']);

export const briefOrganisation = z
  .object({
    name: text(ORGANISATION_LIMITS.name),
    superiorBody: text(ORGANISATION_LIMITS.superiorBody),
    abbreviation: text(ORGANISATION_LIMITS.abbreviation),
    draftingUnit: text(ORGANISATION_LIMITS.draftingUnit),
    place: text(ORGANISATION_LIMITS.place),
    signer: signatureBlock,
    /** Other signer profiles (a deputy, a head signing directly); `signer` is the default. */
    otherSigners: z.array(signatureBlock).max(20).optional(),
    drafterInitials: text(ORGANISATION_LIMITS.drafterInitials),
  })
  .strict() satisfies z.ZodType<BriefOrganisation>;

export const briefSummary = z.object({
  id: z.string(),
  revision: z.number(),
  template: templateName,
  typeName: z.string(),
  abstract: z.string(),
  /** As printed: `Số: 05/TB-VPCP`, `Số:       /TB-VPCP` before registration, '' for a working paper. */
  numberSymbol: z.string(),
  meetingId: z.string().nullable(),
  updatedAt: z.string(),
  status: briefStatus,
});
export type BriefSummary = z.infer<typeof briefSummary>;

export const storedBrief = z.object({
  id: z.string(),
  revision: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  originOrg: z.string(),
  template: templateName,
  meetingId: z.string().nullable(),
  status: briefStatus,
  /** The issued document this one corrects or replaces, if any. */
  correctsId: z.string().nullable(),
  brief,
  /** Observation ids whose figure in the body differs from the vault now, or is gone from it. */
  staleFigures: z.array(z.string()),
  /** Those of staleFigures that are gone (deleted, in the trash): they read "đã bị xóa". */
  deletedFigures: z.array(z.string()),
});
export type StoredBrief = z.infer<typeof storedBrief>;

export const briefRevisionInfo = z.object({
  revision: z.number(),
  savedAt: z.string(),
  savedBy: z.string(),
  sha256: z.string(),
});
export type BriefRevisionInfo = z.infer<typeof briefRevisionInfo>;

const problemCodes = [
  'empty-field',
  'number-symbol',
  'no-number',
  'no-date',
  'empty-body',
  'stale-figure',
  'missing-figure',
  'unsourced-figure',
  'secrecy-mark',
  'placeholder',
  'empty-task-cell',
  'draft-mark',
  'no-secretary',
] as const satisfies readonly ProblemCode[];

export const exportProblem = z.object({
  code: z.enum(problemCodes),
  severity: z.enum(['blocking', 'warning']),
  field: z.string(),
  message: z.object({ vi: z.string(), en: z.string() }),
});

export const exportFormat = z.enum(['docx', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormat>;

/**
 * How an export reaches the user, for every call that makes a file (a brief, a register):
 * 'save-dialog', the host asks where to save (Electron's native dialog) and writes the file
 * itself; where it has no dialog (browser host) the bytes come back as with 'bytes'.
 */
export const exportDelivery = z.enum(['bytes', 'save-dialog']).default('bytes');

/** The file an export made, as `exportDelivery` asked. */
export const exportedFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  /** The file, when the page delivers it (download); '' when the host saved it. */
  base64: z.string(),
  /** Where the host saved it, or null (bytes returned, or the user cancelled the dialog). */
  savedTo: z.string().nullable(),
  cancelled: z.boolean(),
});

export const briefCalls = {
  'organisation.get': call(noInput, briefOrganisation),
  'organisation.set': call(briefOrganisation, briefOrganisation),
  'briefs.list': call(z.object({ meetingId: recordId.optional() }).strict(), z.array(briefSummary)),
  'briefs.get': call(byId, storedBrief),
  'briefs.create': call(
    z.object({ template: meetingTemplateName, meetingId: recordId }).strict(),
    storedBrief,
  ),
  'briefs.save': call(
    z.object({ id: recordId, revision, brief: clientBrief }).strict(),
    storedBrief,
  ),
  'briefs.delete': call(
    z.object({ id: recordId, revision }).strict(),
    z.object({ deleted: z.literal(true) }),
  ),
  'briefs.revisions': call(byId, z.array(briefRevisionInfo)),
  'briefs.revision': call(z.object({ id: recordId, revision }).strict(), brief),
  'briefs.restore': call(
    z.object({ id: recordId, revision, from: revision }).strict(),
    storedBrief,
  ),
  'briefs.check': call(byId, z.array(exportProblem)),
  'briefs.refreshFigures': call(z.object({ id: recordId, revision }).strict(), storedBrief),
  'briefs.export': call(
    z
      .object({
        id: recordId,
        format: exportFormat,
        deliver: exportDelivery,
      })
      .strict(),
    exportedFile.extend({ revision: z.number(), problems: z.array(exportProblem) }),
  ),
} as const;
