// An organisation's identity card: the public half of its keys, self-signed, exchanged out of
// band and pinned. Its fingerprint is read aloud by phone or compared on paper as 12 groups
// of 5 digits (Signal's safety numbers), so a forged card is caught by people, not software.
import { z } from 'zod';
import { isoDate } from '../domain/common';
import { nameText, requiredName } from '../text';

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * True when `s` is the one base64 text of `bytes` bytes: padded to a multiple of 4 and with the
 * unused low bits of the last character zero. Decoders ignore those bits, so without this two
 * texts would decode to the same key and yet hash (and fingerprint) differently.
 */
export function isCanonicalBase64(s: string, bytes: number): boolean {
  const pad = (3 - (bytes % 3)) % 3;
  if (s.length !== Math.ceil(bytes / 3) * 4) return false;
  const data = s.slice(0, s.length - pad);
  if (!/^[A-Za-z0-9+/]*$/.test(data) || s.slice(data.length) !== '='.repeat(pad)) return false;
  if (pad === 0) return true;
  const last = BASE64_ALPHABET.indexOf(data[data.length - 1]!);
  return (last & (pad === 1 ? 0b11 : 0b1111)) === 0;
}

const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'không phải base64 / not base64' })
    .refine((s) => isCanonicalBase64(s, bytes), {
      message: `phải là base64 chuẩn của ${bytes} byte / must be the canonical base64 of ${bytes} bytes`,
    });

export const FINGERPRINT_DIGITS = 60;
export const fingerprint = z
  .string()
  .regex(/^\d{60}$/, { message: 'dấu vân tay gồm 60 chữ số / a fingerprint is 60 digits' });

// A name is one line (nameText): the card's printed header shows it, and a line break inside it
// could make that header say something the signed JSON does not.

export const cardBody = z
  .object({
    format: z.literal('briefing-desk/card'),
    version: z.literal(1),
    name: requiredName(200),
    unit: nameText(200),
    /** Ed25519 public key, raw 32 bytes, base64. */
    signingKey: base64(32),
    /** age X25519 recipient. */
    ageRecipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, {
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

/**
 * What a user typed or pasted as 60 digits, or null. Spaces, line breaks, dots and any kind of
 * dash are ignored, and full-width digits (some input methods produce them) count as digits.
 */
export function parseFingerprintInput(typed: string): string | null {
  if (typed.length > 1000) return null;
  const digits = typed.normalize('NFKC').replace(/[\s.\-\u2010-\u2015\u2212_]/g, '');
  return /^[0-9]{60}$/.test(digits) ? digits : null;
}

/**
 * The card as printable text: a header to read (organisation, fingerprint in groups, what to
 * do with it) and the signed JSON under it, which is what a reader actually trusts. The
 * fingerprint is passed in because hashing needs Node (electron/services/exchange/card.ts).
 */
export function cardText(card: IdentityCard, fingerprint: string): string {
  return [
    'BRIEFING DESK — THẺ ĐỊNH DANH / IDENTITY CARD',
    `Đơn vị / Organisation: ${card.name}${card.unit ? ` — ${card.unit}` : ''}`,
    `Dấu vân tay / Fingerprint: ${formatFingerprint(fingerprint)}`,
    'Đối chiếu dấu vân tay qua điện thoại hoặc văn bản giấy trước khi tin cậy thẻ này.',
    'Compare the fingerprint by phone or on paper before trusting this card.',
    '',
    JSON.stringify(card, null, 2),
    '',
  ].join('\n');
}
