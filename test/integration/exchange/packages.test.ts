// Sealed packages between ministries: every recipient opens what was sent, unchanged; any
// flipped bit or truncation, a forwarded copy, an unknown or revoked sender, a replay and an
// expired package are each refused with their own reason. Property runs: BD_PROPERTY_RUNS
// (default 100 here; set it higher for a longer run).
import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptAge, encryptAge } from '../../../electron/services/exchange/age/age';
import {
  cardFingerprint,
  encodeCardFile,
  issueCard,
  readCardFile,
  verifyRotation,
} from '../../../electron/services/exchange/card';
import { generateOrgSecrets } from '../../../electron/services/exchange/keys';
import { sealPackage } from '../../../electron/services/exchange/package';
import { formatFingerprint, parseFingerprintInput } from '../../../shared/exchange/card';
import { NOW, codeOf, ministry, opener } from './helpers';

const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 100);

const mofa = ministry('Bộ Ngoại giao', 'Vụ Tổng hợp kinh tế');
const moit = ministry('Bộ Công Thương');
const mpi = ministry('Bộ Tài chính');
const stranger = ministry('Cơ quan lạ');

function seal(
  items: { name: string; bytes: Uint8Array }[],
  recipients = [moit.card, mpi.card],
  extra: { expiresAt?: string } = {},
) {
  return sealPackage({
    sender: mofa,
    recipients,
    items: items.map(({ name, bytes }) => ({
      item: { name, kind: 'meeting' as const, recordId: randomUUID() },
      bytes,
    })),
    note: 'Thông báo kết luận phiên họp 26/8/2025',
    now: NOW,
    ...extra,
  });
}

const record = Buffer.from(
  JSON.stringify({
    title: 'Phiên họp Ban Chỉ đạo quốc gia về hội nhập quốc tế',
    date: '2025-08-26',
  }),
  'utf8',
);

describe('identity cards', () => {
  it('round-trip through the .bdcard file with a 60-digit fingerprint read as 12 groups of 5', () => {
    const text = encodeCardFile(mofa.card);
    expect(text).toContain(formatFingerprint(cardFingerprint(mofa.card)));
    const back = readCardFile(Buffer.from(text, 'utf8'));
    expect(back).toEqual(mofa.card);
    expect(formatFingerprint(cardFingerprint(back)).split(' ')).toHaveLength(12);
    expect(parseFingerprintInput(formatFingerprint(cardFingerprint(back)).replace(/ /g, '-'))).toBe(
      cardFingerprint(back),
    );
  });

  it('refuses a card whose name was edited (the self-signature no longer matches)', () => {
    const forged = encodeCardFile(mofa.card).replace('"Bộ Ngoại giao"', '"Bộ Ngoại giao giả"');
    expect(codeOf(() => readCardFile(Buffer.from(forged, 'utf8')))).toBe('card-invalid');
  });

  it('accepts a rotated card only when the previous key signed it', () => {
    const secrets = generateOrgSecrets();
    const next = issueCard({
      name: 'Bộ Ngoại giao',
      unit: '',
      secrets,
      validFrom: '2026-01-01',
      validUntil: null,
      now: NOW,
      previous: mofa,
    });
    expect(verifyRotation(next, mofa.card)).toBe(true);
    const impostor = issueCard({
      name: 'Bộ Ngoại giao',
      unit: '',
      secrets,
      validFrom: '2026-01-01',
      validUntil: null,
      now: NOW,
      previous: { card: mofa.card, secrets: stranger.secrets },
    });
    expect(verifyRotation(impostor, mofa.card)).toBe(false);
    expect(verifyRotation(mofa.card, mofa.card)).toBe(false);
  });

  it('survives hostile card files without a crash: every refusal is card-invalid', () => {
    const valid = Buffer.from(encodeCardFile(mofa.card), 'utf8');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 })).map(([at, x]) => {
            const b = Buffer.from(valid);
            b[at]! ^= x;
            return b;
          }),
        ),
        (bytes) => {
          const code = codeOf(() => readCardFile(bytes));
          expect(['card-invalid', 'no error']).toContain(code);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('packages', () => {
  it('every recipient, and the sender, opens exactly what was sent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 3000 }), { minLength: 0, maxLength: 5 }),
        (contents) => {
          const items = contents.map((bytes, i) => ({ name: `Mục ${i + 1}`, bytes }));
          const { bytes, manifest } = seal(items);
          for (const me of [moit, mpi]) {
            const opened = opener(me, [mofa.card]).open(bytes);
            expect(opened.sender).toEqual(mofa.card);
            expect(opened.items.map((x) => Buffer.from(x.bytes))).toEqual(
              contents.map((c) => Buffer.from(c)),
            );
            expect(opened.manifest).toEqual(manifest);
          }
          expect(opener(mofa, []).open(bytes).items).toHaveLength(contents.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('any single flipped bit is refused', () => {
    const { bytes } = seal([{ name: 'Biên bản', bytes: record }]);
    fc.assert(
      fc.property(fc.nat(bytes.length * 8 - 1), (bit) => {
        const bad = Buffer.from(bytes);
        bad[bit >> 3]! ^= 1 << (bit & 7);
        const code = codeOf(() => opener(moit, [mofa.card]).open(bad));
        expect(code).toMatch(/^package-(corrupt|not-for-me)$/);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('any truncation is refused', () => {
    const { bytes } = seal([{ name: 'Biên bản', bytes: randomBytes(70_000) }]);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), (len) => {
        expect(codeOf(() => opener(moit, [mofa.card]).open(bytes.subarray(0, len)))).toMatch(
          /^package-(corrupt|not-for-me)$/,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('a copy re-encrypted by a recipient for a third party is refused as forwarded', () => {
    const { bytes } = seal([{ name: 'Biên bản', bytes: record }]);
    const inner = decryptAge(bytes, moit.secrets.ageIdentity);
    const reSent = encryptAge(inner, [stranger.card.ageRecipient]);
    expect(codeOf(() => opener(stranger, [mofa.card]).open(reSent))).toBe('package-forwarded');
  });

  it('refuses a package that is not addressed to me at the age layer', () => {
    const { bytes } = seal([{ name: 'Biên bản', bytes: record }]);
    expect(codeOf(() => opener(stranger, [mofa.card]).open(bytes))).toBe('package-not-for-me');
  });

  it('an unknown sender, a revoked sender, a replay and an expired package each get their own reason', () => {
    const { bytes } = seal([{ name: 'Biên bản', bytes: record }]);
    expect(codeOf(() => opener(moit, []).open(bytes))).toBe('package-unknown-sender');
    expect(
      codeOf(() =>
        opener(moit, [mofa.card], { revoked: [cardFingerprint(mofa.card)] }).open(bytes),
      ),
    ).toBe('package-revoked-sender');
    const o = opener(moit, [mofa.card]);
    o.open(bytes);
    expect(codeOf(() => o.open(bytes))).toBe('package-replay');
    const expiring = seal([{ name: 'Biên bản', bytes: record }], [moit.card], {
      expiresAt: '2025-09-02T00:00:00.000Z',
    }).bytes;
    expect(
      codeOf(() =>
        opener(moit, [mofa.card], { now: new Date('2025-09-03T00:00:00Z') }).open(expiring),
      ),
    ).toBe('package-expired');
    expect(
      codeOf(() =>
        opener(moit, [mofa.card], { now: new Date('2025-09-01T12:00:00Z') }).open(expiring),
      ),
    ).toBe('no error');
  });

  it('a sender impersonating a known ministry (same name, own key) fails the signature or is unknown', () => {
    const fake = { ...stranger, card: { ...stranger.card, name: 'Bộ Ngoại giao' } };
    const { bytes } = sealPackage({ sender: fake, recipients: [moit.card], items: [], now: NOW });
    expect(codeOf(() => opener(moit, [mofa.card]).open(bytes))).toBe('package-unknown-sender');
  });

  it('hostile bytes encrypted for me never crash the opener', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (junk) => {
        const wrapped = encryptAge(junk, [moit.card.ageRecipient]);
        expect(codeOf(() => opener(moit, [mofa.card]).open(wrapped))).toMatch(/^package-corrupt$/);
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
