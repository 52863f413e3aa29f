// The exchange calls of the contract (issue 4), spread into `contract` by shared/contract.ts.
// No package bytes travel through a call: packages and the renderings they bring go from file
// to file in main, named by handles a native dialog, the browser host's package endpoints or
// the CLI minted (renderer/api/package-files.ts, electron/host/package-transfer.ts).
import { z } from 'zod';
import { call, noInput } from './call';
import { recordId } from './domain/common';
import { requiredText, text } from './text';
import { identityCard } from './exchange/card';
import { itemKind } from './exchange/manifest';

/** A log entry's detail: the refusal's code, the counts of an import, the items of a seal. */
export const logDetail = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('refused'), code: z.string() }),
  z.object({ kind: z.literal('items'), items: z.number(), leftOut: z.number().optional() }),
  z.object({
    kind: z.literal('imported'),
    added: z.number(),
    updated: z.number(),
    skipped: z.number(),
    keptMine: z.number(),
    copies: z.number(),
  }),
]);
export type LogDetailInfo = z.infer<typeof logDetail>;

export const identityInfo = z.object({
  name: z.string(),
  unit: z.string(),
  fingerprint: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  createdAt: z.string(),
  previousFingerprint: z.string().nullable(),
});
export type IdentityInfo = z.infer<typeof identityInfo>;

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
    /**
     * How the contacts list names the sender; null when the package is this vault's own.
     * (Optional in the type only so screens written before it still compile; always sent.)
     */
    contactName: z.string().nullable().optional(),
  }),
  items: z.array(
    z.object({
      key: z.string(),
      kind: itemKind,
      name: z.string(),
      recordId: z.string().nullable(),
      /** Bytes (always sent; optional in the type for screens written before it). */
      size: z.number().optional(),
      action: mergeAction,
      /** For an update or a conflict: the fields that differ, mine and theirs side by side. */
      differences: z
        .array(z.object({ field: z.string(), mine: z.string(), theirs: z.string() }))
        .optional(),
    }),
  ),
});
export type PackagePreviewInfo = z.infer<typeof packagePreview>;

const fingerprintInput = z.string().max(200);
/**
 * A file handle minted in main (the CLI mints its paths the same way): the package bytes go
 * from file to file and never through the call itself.
 */
const fileHandle = z.string().min(1).max(64);

export const exchangeCalls = {
  /** This organisation's identity as the exchange screen shows it (no secret ever leaves the vault). */
  'identity.get': call(noInput, identityInfo),
  /** Sets the unit on the card: the card is re-issued (new fingerprint), chained to the old one. */
  'identity.setUnit': call(z.object({ unit: text(200) }).strict(), identityInfo),
  'identity.card': call(
    noInput,
    z.object({
      card: identityCard,
      fingerprint: z.string(),
      fileName: z.string(),
      fileText: z.string(),
    }),
  ),
  'contacts.list': call(noInput, z.array(contactInfo)),
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
        /** Each with all its observations. */
        indicatorIds: z.array(recordId).max(10_000).default([]),
        /** A chosen brief brings its meeting and that meeting's directives. */
        withMeeting: z.boolean().default(true),
        /** Also put each chosen brief's rendered file(s), from its latest revision. */
        renderings: z
          .array(z.enum(['docx', 'pdf']))
          .max(2)
          .default([]),
        note: text(2000).default(''),
        expiresAt: z.iso.datetime().nullable().default(null),
        /** A 'save-package' handle: the package is written there, streaming, not returned. */
        file: fileHandle,
      })
      .strict(),
    z.object({
      packageId: z.string(),
      fileName: z.string(),
      items: z.number(),
      /** Secrecy-marked records a chosen meeting would have brought along, left out with the reason. */
      leftOut: z.array(
        z.object({
          kind: itemKind,
          id: z.string(),
          name: z.string(),
          reason: z.object({ vi: z.string(), en: z.string() }),
        }),
      ),
    }),
  ),
  /** `file`: an 'open-package' handle. */
  'packages.preview': call(z.object({ file: fileHandle }).strict(), packagePreview),
  'packages.import': call(
    z
      .object({
        /** The same 'open-package' handle as the preview. */
        file: fileHandle,
        /** The package the user previewed: the import is refused if this file is another one. */
        packageId: recordId.optional(),
        /** One choice per conflict, by the preview item's key. */
        resolutions: z.record(z.string().max(400), resolution).default({}),
        /**
         * An 'attachments-folder' handle: the renderings that came with the package are saved
         * there (never over an existing file); without it they are not kept.
         */
        attachments: fileHandle.optional(),
      })
      .strict(),
    z.object({
      packageId: z.string(),
      added: z.number(),
      updated: z.number(),
      skipped: z.number(),
      keptMine: z.number(),
      copies: z.number(),
      /**
       * Rendered files that came with the briefs, for the user to save (not kept in the vault).
       * Always sent; optional in the type for screens written before it.
       */
      attachments: z
        .array(
          z.object({
            name: z.string(),
            recordId: z.string().nullable(),
            /** The name it was saved under in the attachments folder (never a path). */
            savedAs: z.string().optional(),
          }),
        )
        .optional(),
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
  /**
   * A package the operating system asked the app to open (Electron file association), once,
   * as an 'open-package' handle; null if none.
   */
  'packages.pending': call(
    noInput,
    z.object({ fileName: z.string(), file: z.string() }).nullable(),
  ),
  'exchange.log': call(
    noInput,
    z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        packageId: z.string().nullable(),
        fingerprints: z.array(z.string()),
        summary: z.string(),
        /** What the log screen shows in words (issue 11); null on entries written before. */
        detail: logDetail.nullable().optional(),
      }),
    ),
  ),
} as const;
