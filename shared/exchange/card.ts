// An organisation's identity card: the public half of its keys, self-signed, exchanged out of
// band and pinned. Its fingerprint is read aloud by phone or compared on paper as 12 groups
// of 5 digits (Signal's safety numbers), so a forged card is caught by people, not software.
import { z } from 'zod';
import { isoDate } from '../domain/common';
import { requiredText, text } from '../text';

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'không phải base64 / not base64' })
    .refine((s) => Math.floor((s.replace(/=+$/, '').length * 3) / 4) === bytes, {
      message: `phải dài ${bytes} byte / must be ${bytes} bytes`,
    });

export const FINGERPRINT_DIGITS = 60;
export const fingerprint = z
  .string()
  .regex(/^\d{60}$/, { message: 'dấu vân tay gồm 60 chữ số / a fingerprint is 60 digits' });

export const cardBody = z
  .object({
    format: z.literal('briefing-desk/card'),
    version: z.literal(1),
    name: requiredText(200),
    unit: text(200),
    /** Ed25519 public key, raw 32 bytes, base64. */
    signingKey: base64(32),
    /** age X25519 recipient. */
    ageRecipient: z
      .string()
      .regex(/^age1[02-9ac-hj-np-z]{58}$/, {
        message: 'khóa age không hợp lệ / not an age recipient',
      }),
    validFrom: isoDate,
    validUntil: isoDate.nullable(),
    createdAt: z.iso.datetime(),
    /** A rotated card: the previous card's fingerprint and its key's signature over this card. */
    previous: z
      .object({ fingerprint, signature: base64(64) })
      .strict()
      .nullable(),
  })
  .strict();

export const identityCard = cardBody.extend({ signature: base64(64) }).strict();
export type IdentityCard = z.infer<typeof identityCard>;
export type CardBody = z.infer<typeof cardBody>;

/** `12345 67890 …`: twelve groups of five, for reading aloud. */
export const formatFingerprint = (fp: string): string => fp.match(/\d{5}/g)?.join(' ') ?? fp;

/** What a user typed or pasted (spaces, dashes, line breaks) as 60 digits, or null. */
export function parseFingerprintInput(typed: string): string | null {
  const digits = typed.replace(/[\s\-.]/g, '');
  return /^\d{60}$/.test(digits) ? digits : null;
}
