// A card is accepted only in the one form its issuer writes. Base64 decoders ignore the unused
// low bits of the last character, so a damaged card whose key text decodes to the same bytes
// was accepted with another fingerprint (hostile-inputs, seed 869833681, path 1725:9:20:10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardFingerprint,
  encodeCardFile,
  issueCard,
  readCardFile,
} from '../../../electron/services/exchange/card';
import { generateOrgSecrets } from '../../../electron/services/exchange/keys';
import { isCanonicalBase64, type IdentityCard } from '../../../shared/exchange/card';
import { AppFailure } from '../../../shared/result';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const card = issueCard({
  name: 'Bộ Ngoại giao',
  unit: 'Vụ Tổng hợp kinh tế',
  secrets: generateOrgSecrets(),
  validFrom: '2025-01-01',
  validUntil: null,
  now: new Date('2025-09-01T08:00:00Z'),
});

/** The same text with the last data character's unused bits set to `bits`. */
function withLowBits(b64: string, bits: number): string {
  const data = b64.replace(/=+$/, '');
  const pad = b64.length - data.length;
  if (pad === 0) return b64; // every bit of the last character is used
  const i = ALPHABET.indexOf(data.at(-1)!);
  const mask = pad === 1 ? 0b11 : 0b1111;
  return `${data.slice(0, -1)}${ALPHABET[(i & ~mask) | (bits & mask)]}${'='.repeat(pad)}`;
}

const refusedCode = (c: IdentityCard) => {
  try {
    readCardFile(Buffer.from(encodeCardFile(c), 'utf8'));
    return null;
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    return e.error.code;
  }
};

describe('canonical cards', () => {
  it('a key or signature text that decodes to the same bytes is refused, not given another fingerprint', () => {
    for (const field of ['signingKey', 'signature'] as const) {
      for (let bits = 1; bits < 16; bits++) {
        const variant = withLowBits(card[field], bits);
        if (variant === card[field]) continue;
        expect(Buffer.from(variant, 'base64')).toEqual(Buffer.from(card[field], 'base64'));
        expect(refusedCode({ ...card, [field]: variant })).toBe('card-invalid');
      }
    }
    expect(refusedCode(card)).toBeNull();
  });

  it('the fingerprint is computed over the decoded key bytes', () => {
    const variant = { ...card, signingKey: withLowBits(card.signingKey, 1) };
    expect(cardFingerprint(variant)).toBe(cardFingerprint(card));
  });

  it('base64 is canonical exactly when it is what the encoder writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 70 }), fc.nat(15), (bytes, bits) => {
        const b64 = Buffer.from(bytes).toString('base64');
        expect(isCanonicalBase64(b64, bytes.length)).toBe(true);
        const variant = withLowBits(b64, bits);
        expect(isCanonicalBase64(variant, bytes.length)).toBe(variant === b64);
        expect(isCanonicalBase64(b64.replace(/=+$/, ''), bytes.length)).toBe(
          bytes.length % 3 === 0,
        );
      }),
      { seed: Number(process.env.BD_SEED ?? 1), numRuns: 500 },
    );
  });
});
