// Identity cards: issued from the vault's secrets, written as a `.bdcard` text file (printable,
// the JSON under a human header), read back strictly with the self-signature checked, and
// rotated only with the previous key's signature.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/exchange/canonical';
import {
  cardBody,
  cardText,
  identityCard,
  type CardBody,
  type IdentityCard,
} from '../../../shared/exchange/card';
import { exchangeFailures } from './failures';
import { signWith, verifyWith, type OrgSecrets } from './keys';

const SELF_DOMAIN = 'briefing-desk/card/v1\0';
const ROTATION_DOMAIN = 'briefing-desk/card-rotation/v1\0';
export const MAX_CARD_FILE = 16 * 1024;

const bodyBytes = (body: CardBody): Buffer => Buffer.from(canonicalJson(body), 'utf8');
const bodyOf = (card: IdentityCard): CardBody => {
  const { signature: _s, ...body } = card;
  return body;
};

/** Base64 text re-encoded from the bytes it decodes to: the same key always reads the same. */
const reencoded = (b64: string) => Buffer.from(b64, 'base64').toString('base64');

/**
 * The card with every key and signature re-encoded from its decoded bytes. For a card the
 * schema accepted (canonical base64 only) this is the card itself, so fingerprints of cards
 * already pinned do not change; it makes the fingerprint a function of the key bytes even if
 * a non-canonical text ever got past the schema.
 */
function decodedForm(card: IdentityCard): IdentityCard {
  return {
    ...card,
    signingKey: reencoded(card.signingKey),
    signature: reencoded(card.signature),
    previous: card.previous
      ? { ...card.previous, signature: reencoded(card.previous.signature) }
      : null,
  };
}

/**
 * SHA-256 of the canonical card as 60 decimal digits (the 256-bit number mod 10^60; 2^256 is
 * over 10^77, so every digit is near-uniform), shown as 12 groups of 5 for reading aloud.
 */
export function cardFingerprint(card: IdentityCard): string {
  const hex = createHash('sha256')
    .update(canonicalJson(decodedForm(card)), 'utf8')
    .digest('hex');
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

/** Names on a card are one line: a line break typed into an organisation name becomes a space. */
const oneLine = (s: string) => s.replace(/[\r\n\t\u2028\u2029]+/g, ' ');

export function issueCard(input: IssueCard): IdentityCard {
  const parsed = cardBody.safeParse({
    format: 'briefing-desk/card',
    version: 1,
    name: oneLine(input.name),
    unit: oneLine(input.unit),
    signingKey: input.secrets.signingPublicKey,
    ageRecipient: input.secrets.ageRecipient,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    createdAt: input.now.toISOString(),
    previous: null,
  });
  if (!parsed.success)
    throw exchangeFailures.notBuilt(
      'Không lập được thẻ định danh từ thông tin này.',
      'An identity card cannot be made from these details.',
      parsed.error,
    );
  const unsigned = parsed.data;
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

/** The `.bdcard` file: the printable card text (a human header, then the signed JSON). */
export const encodeCardFile = (card: IdentityCard): string => cardText(card, cardFingerprint(card));

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
  // The JSON starts at the first line that starts with "{" (the header's lines start with
  // fixed labels, and names are single-line), so a "{" inside an organisation's name in the
  // header cannot be taken for it. Only white space may follow it.
  const start = /^[ \t]*\{/m.exec(text)?.index ?? -1;
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start || text.slice(end + 1).trim() !== '')
    throw exchangeFailures.cardInvalid('không tìm thấy nội dung thẻ', 'no card content found');
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(start, end + 1));
  } catch {
    throw exchangeFailures.cardInvalid('nội dung không đọc được', 'the content cannot be read');
  }
  const parsed = identityCard.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'thẻ';
    throw exchangeFailures.cardInvalid(`sai cấu trúc (${where})`, `malformed card (${where})`);
  }
  // Strings must already be as the schema leaves them (NFC, trimmed): otherwise the bytes that
  // were signed are not the bytes a reader would re-sign.
  if (canonicalJson(parsed.data) !== canonicalJson(raw))
    throw exchangeFailures.cardInvalid('nội dung không chuẩn', 'non-canonical content');
  // Re-encode and compare: a card is accepted only in the one form its issuer would write.
  if (canonicalJson(decodedForm(parsed.data)) !== canonicalJson(parsed.data))
    throw exchangeFailures.cardInvalid('nội dung không chuẩn', 'non-canonical content');
  if (!selfSigned(parsed.data))
    throw exchangeFailures.cardInvalid('chữ ký không khớp', 'the signature does not match');
  return parsed.data;
}

/**
 * A card is in force from its validFrom day to its validUntil day, both included (UTC dates, as
 * printed on it). Out of that window it neither becomes a contact nor opens a package.
 */
export function assertCardValid(card: IdentityCard, now: Date): void {
  const today = now.toISOString().slice(0, 10);
  if (today < card.validFrom) throw exchangeFailures.cardNotYetValid(card.name, card.validFrom);
  if (card.validUntil !== null && today > card.validUntil)
    throw exchangeFailures.cardExpired(card.name, card.validUntil);
}
