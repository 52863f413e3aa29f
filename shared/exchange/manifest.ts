// The signed inventory of a package: who sent it, to whom (every recipient's fingerprint, so
// a recipient who re-encrypts it for a third party is caught), and each item's name, size and
// SHA-256. Items other than renderings are records as canonical JSON.
import { z } from 'zod';
import { recordId } from '../domain/common';
import { nameText, requiredName, text } from '../text';
import { fingerprint } from './card';

export const itemKind = z.enum([
  'brief',
  'meeting',
  'directive',
  'indicator',
  'observation',
  'rendering',
]);
export type ItemKind = z.infer<typeof itemKind>;

export const MAX_ITEMS = 20_000;
export const MAX_RECIPIENTS = 100;
/** The longest name a manifest gives an item (the sealer cuts longer titles to it). */
export const MAX_ITEM_NAME = 300;

export const manifestItem = z
  .object({
    name: requiredName(MAX_ITEM_NAME),
    kind: itemKind,
    recordId: recordId.nullable(),
    size: z
      .number()
      .int()
      .min(0)
      .max(1024 * 1024 * 1024),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type ManifestItem = z.infer<typeof manifestItem>;

export const manifest = z
  .object({
    format: z.literal('briefing-desk/package'),
    version: z.literal(1),
    packageId: recordId,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    sender: z.object({ name: requiredName(200), unit: nameText(200), fingerprint }).strict(),
    recipients: z
      .array(fingerprint)
      .min(1)
      .max(MAX_RECIPIENTS + 1),
    note: text(2000),
    items: z.array(manifestItem).max(MAX_ITEMS),
  })
  .strict()
  // The recipients are a set and always include the sender, who keeps a copy it can re-read.
  .refine((m) => new Set(m.recipients).size === m.recipients.length, {
    message: 'người nhận bị lặp / a recipient is listed twice',
    path: ['recipients'],
  })
  .refine((m) => m.recipients.includes(m.sender.fingerprint), {
    message: 'thiếu người gửi trong danh sách nhận / the sender is not among the recipients',
    path: ['recipients'],
  });
export type Manifest = z.infer<typeof manifest>;
