// The exchange calls of the contract (issue 4), spread into `contract` by shared/contract.ts.
// Files travel as base64 in both directions (the browser host has no file system access);
// their size is bounded here, before the handler decodes anything.
import { z } from 'zod';
import { recordId } from './domain/common';
import { requiredText, text } from './text';
import { identityCard } from './exchange/card';
import { itemKind } from './exchange/manifest';

const MAX_PACKAGE_BASE64 = Math.ceil((200 * 1024 * 1024 * 4) / 3) + 4;
const base64 = (max: number, what: { vi: string; en: string }) =>
  z
    .string()
    .max(max, { message: `${what.vi} quá lớn / ${what.en} too large` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'không phải base64 / not base64' });

export const contactInfo = z.object({
  name: z.string(),
  fingerprint: z.string(),
  organisation: z.string(),
  unit: z.string(),
  verifiedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type ContactInfo = z.infer<typeof contactInfo>;

export const mergeAction = z.enum([
  'add',
  'skip-identical',
  'update',
  'mine-newer',
  'conflict',
  'attachment',
]);
export const resolution = z.enum(['mine', 'theirs', 'both']);

export const packagePreview = z.object({
  packageId: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  note: z.string(),
  sender: z.object({
    name: z.string(),
    unit: z.string(),
    fingerprint: z.string(),
    known: z.literal(true),
  }),
  items: z.array(
    z.object({
      key: z.string(),
      kind: itemKind,
      name: z.string(),
      recordId: z.string().nullable(),
      action: mergeAction,
    }),
  ),
});
export type PackagePreviewInfo = z.infer<typeof packagePreview>;

const fingerprintInput = z.string().max(200);
const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const exchangeCalls = {
  'identity.card': call(
    z.object({}).strict(),
    z.object({
      card: identityCard,
      fingerprint: z.string(),
      fileName: z.string(),
      fileText: z.string(),
    }),
  ),
  'contacts.list': call(z.object({}).strict(), z.array(contactInfo)),
  'contacts.add': call(
    z.object({ cardText: z.string().max(16 * 1024), fingerprint: fingerprintInput }).strict(),
    contactInfo,
  ),
  'contacts.rename': call(
    z.object({ fingerprint: fingerprintInput, name: requiredText(200) }).strict(),
    contactInfo,
  ),
  'contacts.revoke': call(z.object({ fingerprint: fingerprintInput }).strict(), contactInfo),
  'packages.seal': call(
    z
      .object({
        to: z.array(requiredText(200)).min(1).max(100),
        briefIds: z.array(recordId).max(1000).default([]),
        meetingIds: z.array(recordId).max(1000).default([]),
        directiveIds: z.array(recordId).max(10_000).default([]),
        note: text(2000).default(''),
        expiresAt: z.iso.datetime().nullable().default(null),
      })
      .strict(),
    z.object({
      packageId: z.string(),
      fileName: z.string(),
      base64: z.string(),
      items: z.number(),
    }),
  ),
  'packages.preview': call(
    z.object({ base64: base64(MAX_PACKAGE_BASE64, { vi: 'Gói', en: 'The package' }) }).strict(),
    packagePreview,
  ),
  'packages.import': call(
    z
      .object({
        base64: base64(MAX_PACKAGE_BASE64, { vi: 'Gói', en: 'The package' }),
        resolutions: z.record(z.string().max(400), resolution).default({}),
      })
      .strict(),
    z.object({
      packageId: z.string(),
      added: z.number(),
      updated: z.number(),
      skipped: z.number(),
      keptMine: z.number(),
      copies: z.number(),
    }),
  ),
  /** Where each record's last exchanged version came from (only records received from another organisation). */
  'exchange.sources': call(
    z
      .object({
        kind: z.enum(['brief', 'meeting', 'directive', 'indicator', 'observation']),
        ids: z.array(recordId).max(100_000),
      })
      .strict(),
    z.record(
      z.string(),
      z.object({ sourceOrg: z.string(), packageId: z.string(), at: z.string() }),
    ),
  ),
  /** A package the operating system asked the app to open (Electron file association), once; null if none. */
  'packages.pending': call(
    z.object({}).strict(),
    z.object({ fileName: z.string(), base64: z.string() }).nullable(),
  ),
  'exchange.log': call(
    z.object({}).strict(),
    z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        packageId: z.string().nullable(),
        fingerprints: z.array(z.string()),
        summary: z.string(),
      }),
    ),
  ),
} as const;
