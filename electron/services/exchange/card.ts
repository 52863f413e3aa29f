// Identity cards: issued from the vault's secrets, written as a `.bdcard` text file (printable,
// the JSON under a human header), read back strictly with the self-signature checked, and
// rotated only with the previous key's signature.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/exchange/canonical';
import {
  cardBody,
  formatFingerprint,
  identityCard,
  type CardBody,
  type IdentityCard,
} from '../../../shared/exchange/card';
import { exchangeFailures } from './failures';
import { signWith, verifyWith, type OrgSecrets } from './keys';

const SELF_DOMAIN = 'briefing-desk/card/v1\0';
const ROTATION_DOMAIN = 'briefing-desk/card-rotation/v1\0';
const FILE_HEADER = 'BRIEFING DESK — THẺ ĐỊNH DANH / IDENTITY CARD';
export const MAX_CARD_FILE = 16 * 1024;

const bodyBytes = (body: CardBody): Buffer => Buffer.from(canonicalJson(body), 'utf8');
const bodyOf = (card: IdentityCard): CardBody => {
  const { signature: _s, ...body } = card;
  return body;
};

/**
 * SHA-256 of the canonical card as 60 decimal digits (the 256-bit number mod 10^60; 2^256 is
 * over 10^77, so every digit is near-uniform), shown as 12 groups of 5 for reading aloud.
 */
export function cardFingerprint(card: IdentityCard): string {
  const hex = createHash('sha256').update(canonicalJson(card), 'utf8').digest('hex');
  return (BigInt(`0x${hex}`) % 10n ** 60n).toString().padStart(60, '0');
}

export interface IssueCard {
  name: string;
  unit: string;
  secrets: OrgSecrets;
  validFrom: string;
  validUntil: string | null;
  now: Date;
  /** For a rotation: the card being replaced and the secrets that signed it. */
  previous?: { card: IdentityCard; secrets: OrgSecrets };
}

export function issueCard(input: IssueCard): IdentityCard {
  const unsigned = cardBody.parse({
    format: 'briefing-desk/card',
    version: 1,
    name: input.name,
    unit: input.unit,
    signingKey: input.secrets.signingPublicKey,
    ageRecipient: input.secrets.ageRecipient,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    createdAt: input.now.toISOString(),
    previous: null,
  });
  const body: CardBody = input.previous
    ? {
        ...unsigned,
        previous: {
          fingerprint: cardFingerprint(input.previous.card),
          // The old key vouches for the new card's keys and names.
          signature: signWith(input.previous.secrets, ROTATION_DOMAIN, bodyBytes(unsigned)),
        },
      }
    : unsigned;
  return { ...body, signature: signWith(input.secrets, SELF_DOMAIN, bodyBytes(body)) };
}

const selfSigned = (card: IdentityCard): boolean =>
  verifyWith(card.signingKey, SELF_DOMAIN, bodyBytes(bodyOf(card)), card.signature);

/** True when `next` replaces `prev`: it names prev's fingerprint and prev's key signed it. */
export function verifyRotation(next: IdentityCard, prev: IdentityCard): boolean {
  if (!next.previous || next.previous.fingerprint !== cardFingerprint(prev)) return false;
  const unsigned = { ...bodyOf(next), previous: null };
  return verifyWith(prev.signingKey, ROTATION_DOMAIN, bodyBytes(unsigned), next.previous.signature);
}

export function encodeCardFile(card: IdentityCard): string {
  return [
    FILE_HEADER,
    `Đơn vị / Organisation: ${card.name}${card.unit ? ` — ${card.unit}` : ''}`,
    `Dấu vân tay / Fingerprint: ${formatFingerprint(cardFingerprint(card))}`,
    'Đối chiếu dấu vân tay qua điện thoại hoặc văn bản giấy trước khi tin cậy thẻ này.',
    'Compare the fingerprint by phone or on paper before trusting this card.',
    '',
    JSON.stringify(card, null, 2),
    '',
  ].join('\n');
}

/** A `.bdcard` file: bounded, strictly parsed, self-signature verified. */
export function readCardFile(bytes: Uint8Array): IdentityCard {
  if (bytes.length > MAX_CARD_FILE)
    throw exchangeFailures.cardInvalid('tệp quá lớn', 'the file is too large');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw exchangeFailures.cardInvalid('không phải văn bản UTF-8', 'not UTF-8 text');
  }
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start)
    throw exchangeFailures.cardInvalid('không tìm thấy nội dung thẻ', 'no card content found');
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(start, end + 1));
  } catch {
    throw exchangeFailures.cardInvalid('nội dung không đọc được', 'the content cannot be read');
  }
  const parsed = identityCard.safeParse(raw);
  if (!parsed.success) throw exchangeFailures.cardInvalid('sai cấu trúc', 'malformed card');
  if (canonicalJson(parsed.data) !== canonicalJson(raw))
    throw exchangeFailures.cardInvalid('nội dung không chuẩn', 'non-canonical content');
  if (!selfSigned(parsed.data))
    throw exchangeFailures.cardInvalid('chữ ký không khớp', 'the signature does not match');
  return parsed.data;
}
