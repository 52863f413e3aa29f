// Bech32 as age uses it for keys: BIP 173's published vectors, the age spec's example key pair,
// and the property that makes a typed key safe to check — any single mistyped character is
// caught by the checksum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bech32Decode, bech32Encode } from '../../../electron/services/exchange/age/bech32';
import {
  generateAgeIdentity,
  parseIdentity,
  parseRecipient,
  recipientOf,
} from '../../../electron/services/exchange/age/age';

const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 200);
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

describe('bech32 (BIP 173 vectors)', () => {
  it.each([
    'A12UEL5L',
    'a12uel5l',
    'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
    'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
    `11${'q'.repeat(82)}c8247j`,
  ])('accepts %s and re-encodes it', (s) => {
    const d = bech32Decode(s);
    expect(d).not.toBeNull();
    expect(bech32Encode(d!.hrp, d!.data)).toBe(s.toLowerCase());
  });

  it.each([
    ['no separator', 'pzry9x0s0muk'],
    ['empty human-readable part', '1pzry9x0s0muk'],
    ['invalid data character', 'x1b4n0q5v'],
    ['checksum too short', 'li1dgmt3'],
    ['invalid character in the checksum', 'de1lg7wt\u00ff'],
    ['checksum computed over upper-case HRP', 'A1G7SGD8'],
    ['empty HRP, zero data', '10a06t8'],
    ['empty HRP', '1qzzfhee'],
    ['mixed case', 'A12uEL5L'],
    ['character outside US-ASCII in HRP', '\u0080' + '1eym55h'],
  ])('refuses: %s', (_why, s) => {
    expect(bech32Decode(s)).toBeNull();
  });

  it('round-trips any 32 bytes, and catches any single substituted character', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.nat(),
        fc.nat(CHARSET.length - 2),
        (bytes, where, shift) => {
          const s = bech32Encode('age', bytes);
          expect(Buffer.from(bech32Decode(s)!.data)).toEqual(Buffer.from(bytes));
          const at = 4 + (where % (s.length - 4));
          const typo =
            s.slice(0, at) +
            CHARSET[(CHARSET.indexOf(s[at]!) + shift + 1) % CHARSET.length] +
            s.slice(at + 1);
          expect(bech32Decode(typo)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('age keys', () => {
  // The example pair printed in the age specification (c2sp.org/age, "The X25519 recipient type").
  const SPEC_IDENTITY =
    'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
  const SPEC_RECIPIENT = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj';

  it('derives the specification’s example recipient from its example identity', () => {
    expect(Buffer.from(parseIdentity(SPEC_IDENTITY)!)).toEqual(Buffer.alloc(32, 0x42));
    expect(recipientOf(SPEC_IDENTITY)).toBe(SPEC_RECIPIENT);
  });

  it('writes identities in upper case and recipients in lower case, and reads only those', () => {
    const k = generateAgeIdentity();
    expect(k.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(k.recipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(recipientOf(k.identity)).toBe(k.recipient);
    expect(parseIdentity(k.identity.toLowerCase())).toBeNull();
    expect(parseRecipient(k.recipient.toUpperCase())).toBeNull();
    // An identity is not a recipient and the other way round.
    expect(parseRecipient(k.identity)).toBeNull();
    expect(parseIdentity(k.recipient)).toBeNull();
  });
});
