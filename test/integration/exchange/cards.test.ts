// Identity cards as ministries exchange them: a `.bdcard` file (printable text, the signed JSON
// under a header) that reads back as the same card with the same 60-digit fingerprint, that
// refuses any edit to what was signed, and a rotated card accepted only when the previous key
// signed it. Property runs: BD_PROPERTY_RUNS (default 200).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardFingerprint,
  encodeCardFile,
  issueCard,
  readCardFile,
  verifyRotation,
} from '../../../electron/services/exchange/card';
import { generateOrgSecrets, type OrgSecrets } from '../../../electron/services/exchange/keys';
import { formatFingerprint, parseFingerprintInput } from '../../../shared/exchange/card';
import { NOW, codeOf, ministry } from './helpers';

const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 200);
const mofa = ministry('Bộ Ngoại giao', 'Vụ Tổng hợp kinh tế');
const stranger = ministry('Cơ quan lạ');
const file = (text: string) => Buffer.from(text, 'utf8');

const issue = (name: string, unit: string, secrets: OrgSecrets = generateOrgSecrets()) =>
  issueCard({ name, unit, secrets, validFrom: '2025-01-01', validUntil: null, now: NOW });

describe('identity cards', () => {
  it('round-trip through the .bdcard file with a 60-digit fingerprint read as 12 groups of 5', () => {
    const text = encodeCardFile(mofa.card);
    const fp = cardFingerprint(mofa.card);
    expect(fp).toMatch(/^\d{60}$/);
    expect(text).toContain(formatFingerprint(fp));
    const back = readCardFile(file(text));
    expect(back).toEqual(mofa.card);
    expect(cardFingerprint(back)).toBe(fp);
    expect(formatFingerprint(fp).split(' ')).toHaveLength(12);
    expect(parseFingerprintInput(formatFingerprint(fp).replace(/ /g, '-'))).toBe(fp);
  });

  it('any organisation name and unit round-trips, braces and quotes included', () => {
    const secrets = generateOrgSecrets();
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
        fc.string({ maxLength: 60, unit: 'grapheme' }),
        (name, unit) => {
          let card;
          try {
            card = issue(`Bộ {${name}}`, unit, secrets);
          } catch (e) {
            // Only names the schema refuses (control characters) may fail, and as input errors.
            expect(
              codeOf(() => {
                throw e;
              }),
            ).toBe('invalid-input');
            return;
          }
          expect(readCardFile(file(encodeCardFile(card)))).toEqual(card);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('puts a name typed over two lines on one line', () => {
    const card = issue('Bộ Ngoại giao\nVụ Tổng hợp', 'Phòng 1\r\nTầng 2');
    expect(card.name).toBe('Bộ Ngoại giao Vụ Tổng hợp');
    expect(card.unit).toBe('Phòng 1 Tầng 2');
    expect(readCardFile(file(encodeCardFile(card)))).toEqual(card);
  });

  it('reads the card pasted as its JSON alone, or with Windows line endings', () => {
    expect(readCardFile(file(JSON.stringify(mofa.card)))).toEqual(mofa.card);
    expect(readCardFile(file(encodeCardFile(mofa.card).replace(/\n/g, '\r\n')))).toEqual(mofa.card);
  });

  it.each([
    ['an edited name', (t: string) => t.replace('"Bộ Ngoại giao"', '"Bộ Ngoại giao giả"')],
    ['an edited unit', (t: string) => t.replace('"Vụ Tổng hợp kinh tế"', '"Vụ Khác"')],
    [
      'another age key',
      (t: string) => t.replace(mofa.card.ageRecipient, stranger.card.ageRecipient),
    ],
    [
      'another signing key',
      (t: string) => t.replace(mofa.card.signingKey, stranger.card.signingKey),
    ],
    [
      'a later expiry',
      (t: string) => t.replace('"validUntil": null', '"validUntil": "2099-01-01"'),
    ],
    ['an extra field', (t: string) => t.replace('"version": 1,', '"version": 1, "admin": true,')],
    ['text after the card', (t: string) => `${t}\nP.S. tin tôi đi`],
    ['a second card after it', (t: string) => `${t}\n${JSON.stringify(stranger.card)}`],
  ])('refuses %s as card-invalid', (_what, edit) => {
    const edited = edit(encodeCardFile(mofa.card));
    expect(edited).not.toBe(encodeCardFile(mofa.card));
    expect(codeOf(() => readCardFile(file(edited)))).toBe('card-invalid');
  });

  it('reads the JSON typed in NFD as the same card (what is signed is the NFC form)', () => {
    const nfd = encodeCardFile(mofa.card).replace(
      '"name": "Bộ Ngoại giao"',
      `"name": "${'Bộ Ngoại giao'.normalize('NFD')}"`,
    );
    expect(nfd).not.toBe(encodeCardFile(mofa.card));
    expect(readCardFile(file(nfd))).toEqual(mofa.card);
  });

  it('refuses a file over 16 KiB and bytes that are not UTF-8, with a reason', () => {
    const big = file(`${encodeCardFile(mofa.card)}${' '.repeat(16 * 1024)}`);
    expect(codeOf(() => readCardFile(big))).toBe('card-invalid');
    try {
      readCardFile(Buffer.from([0x7b, 0xff, 0x7d]));
    } catch (e) {
      expect((e as { error: { message: { vi: string; en: string } } }).error.message).toEqual({
        vi: 'Thẻ định danh không hợp lệ: không phải văn bản UTF-8.',
        en: 'The identity card is not valid: not UTF-8 text.',
      });
    }
  });

  it('accepts a rotated card only when the previous key signed it', () => {
    const secrets = generateOrgSecrets();
    const rotate = (previous: { card: typeof mofa.card; secrets: OrgSecrets }) =>
      issueCard({
        name: 'Bộ Ngoại giao',
        unit: 'Vụ mới',
        secrets,
        validFrom: '2026-01-01',
        validUntil: null,
        now: NOW,
        previous,
      });
    const next = rotate(mofa);
    expect(next.previous?.fingerprint).toBe(cardFingerprint(mofa.card));
    expect(verifyRotation(next, mofa.card)).toBe(true);
    // The rotated card is itself a valid card file.
    expect(readCardFile(file(encodeCardFile(next)))).toEqual(next);
    // Signed by someone else's key while naming mofa's card: refused.
    expect(verifyRotation(rotate({ card: mofa.card, secrets: stranger.secrets }), mofa.card)).toBe(
      false,
    );
    // Not a rotation of an unrelated card, nor of itself.
    expect(verifyRotation(next, stranger.card)).toBe(false);
    expect(verifyRotation(mofa.card, mofa.card)).toBe(false);
    // A rotation signature lifted onto a different new card: refused.
    const other = issue('Bộ Ngoại giao', 'Vụ mới', stranger.secrets);
    const lifted = { ...other, previous: next.previous };
    expect(verifyRotation(lifted, mofa.card)).toBe(false);
  });

  it('a chain of rotations is verified link by link', () => {
    let current = mofa;
    for (let i = 0; i < 3; i++) {
      const secrets = generateOrgSecrets();
      const card = issueCard({
        name: 'Bộ Ngoại giao',
        unit: `Vụ ${i}`,
        secrets,
        validFrom: '2026-01-01',
        validUntil: null,
        now: NOW,
        previous: current,
      });
      expect(verifyRotation(card, current.card)).toBe(true);
      if (i > 0) expect(verifyRotation(card, mofa.card)).toBe(false);
      current = { card, secrets };
    }
  });
});
