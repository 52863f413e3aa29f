// Sealed packages between ministries, as properties over random contents and random choices of
// recipients: every recipient (and the sender) opens exactly what was sent; any single flipped
// bit and any truncation is refused; a copy a recipient re-encrypts for a third party is
// refused as forwarded; an unknown sender, a revoked sender, a forged signature, altered
// content, a replay and an expired package are each refused with their own code and message.
//
// Runs per property: BD_PROPERTY_RUNS (default 200, what CI runs). For a long run, e.g.
//   BD_PROPERTY_RUNS=5000 npx vitest run test/integration/exchange/packages.test.ts
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptAge, encryptAge } from '../../../electron/services/exchange/age/age';
import { cardFingerprint } from '../../../electron/services/exchange/card';
import { containerParts } from '../../../electron/services/exchange/container';
import { signWith } from '../../../electron/services/exchange/keys';
import { encodeManifest } from '../../../electron/services/exchange/manifest';
import {
  MAX_PACKAGE_BYTES,
  PACKAGE_DOMAIN,
  sealPackage,
  type Party,
} from '../../../electron/services/exchange/package';
import { itemKind, type Manifest } from '../../../shared/exchange/manifest';
import { AppFailure } from '../../../shared/result';
import { NOW, codeOf, ministry, opener } from './helpers';

const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 200);

const mofa = ministry('Bộ Ngoại giao', 'Vụ Tổng hợp kinh tế');
const moit = ministry('Bộ Công Thương');
const mof = ministry('Bộ Tài chính');
const moj = ministry('Bộ Tư pháp');
const stranger = ministry('Cơ quan lạ');
const everyone = [mofa, moit, mof, moj];

// Every kind a manifest may name, so a kind added to the format is sealed here too.
type Kind = (typeof itemKind.options)[number];
interface Content {
  kind: Kind;
  name: string;
  bytes: Uint8Array;
}

const contentArb: fc.Arbitrary<Content[]> = fc.array(
  fc.record({
    kind: fc.constantFrom<Kind>(...itemKind.options),
    name: fc.constantFrom('Thông báo kết luận', 'Biên bản phiên họp', 'Nhiệm vụ 1', 'Chỉ tiêu GDP'),
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.constantFrom(0, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1).map((n) => randomBytes(n)),
    ),
  }),
  { maxLength: 4 },
);

/** A sender and 1–3 recipients among the four ministries (the sender may name itself too). */
const partiesArb = fc
  .tuple(fc.nat(3), fc.subarray([0, 1, 2, 3], { minLength: 1, maxLength: 3 }))
  .map(([s, rs]) => ({ sender: everyone[s]!, recipients: rs.map((i) => everyone[i]!) }));

function seal(
  sender: Party,
  recipients: readonly Party[],
  contents: readonly Content[],
  extra: { expiresAt?: string | null; now?: Date } = {},
) {
  return sealPackage({
    sender,
    recipients: recipients.map((r) => r.card),
    items: contents.map(({ kind, name, bytes }) => ({
      // Attachments travel only as .pdf/.docx files.
      item: { name: kind === 'rendering' ? `${name}.pdf` : name, kind, recordId: randomUUID() },
      bytes,
    })),
    note: 'Thông báo kết luận phiên họp 26/8/2025',
    now: extra.now ?? NOW,
    expiresAt: extra.expiresAt ?? null,
  });
}

/** Opens as `me`, knowing every ministry but the stranger. */
const openAs = (me: Party, bytes: Uint8Array) =>
  opener(
    me,
    everyone.map((p) => p.card),
  ).open(bytes);

const small = (): Content[] => [
  { kind: 'meeting', name: 'Biên bản', bytes: Buffer.from('{"title":"Phiên họp"}') },
];

describe('every recipient opens what was sent', () => {
  it('each named recipient and the sender get the same manifest and bytes; no one else does', () => {
    fc.assert(
      fc.property(contentArb, partiesArb, (contents, { sender, recipients }) => {
        const { bytes, manifest } = seal(sender, recipients, contents);
        const named = new Set([sender, ...recipients]);
        expect(new Set(manifest.recipients)).toEqual(
          new Set([...named].map((p) => cardFingerprint(p.card))),
        );
        for (const me of named) {
          const opened = openAs(me, bytes);
          expect(opened.manifest).toEqual(manifest);
          expect(opened.sender).toEqual(sender.card);
          expect(opened.items.map((x) => Buffer.from(x.bytes))).toEqual(
            contents.map((c) => Buffer.from(c.bytes)),
          );
          expect(opened.items.map((x) => x.item.kind)).toEqual(contents.map((c) => c.kind));
        }
        for (const other of [...everyone, stranger].filter((p) => !named.has(p)))
          expect(codeOf(() => openAs(other, bytes))).toBe('package-not-for-me');
      }),
      { numRuns: RUNS },
    );
  });
});

/** A copy of the package with one bit flipped. */
function flipBit(bytes: Uint8Array, bit: number): Buffer {
  const bad = Buffer.from(bytes);
  bad[bit >> 3]! ^= 1 << (bit & 7);
  return bad;
}

/**
 * Checks any package sealed for any parties, damaged at any place in it (0 ≤ where < 1): the
 * check gets the package, its first recipient (who tries to open it) and the place.
 */
function forAnyPlaceInAPackage(check: (bytes: Buffer, reader: Party, where: number) => void) {
  fc.assert(
    fc.property(
      contentArb,
      partiesArb,
      fc.double({ min: 0, max: 1, maxExcluded: true }),
      (contents, { sender, recipients }, where) =>
        check(seal(sender, recipients, contents).bytes, recipients[0]!, where),
    ),
    { numRuns: RUNS },
  );
}

describe('damage', () => {
  it('any single flipped bit is refused (not-for-me only when it hits the header)', () => {
    forAnyPlaceInAPackage((bytes, reader, where) => {
      const bit = Math.floor(where * bytes.length * 8);
      const headerEnd = bytes.indexOf('\n', bytes.indexOf('\n---') + 1);
      const code = codeOf(() => openAs(reader, flipBit(bytes, bit)));
      if (bit >> 3 > headerEnd) expect(code).toBe('package-corrupt');
      else expect(code).toMatch(/^package-(corrupt|not-for-me)$/);
    });
  });

  it('every bit of a small package, flipped in turn, is refused', () => {
    const { bytes } = seal(mofa, [moit], small());
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      expect(codeOf(() => openAs(moit, flipBit(bytes, bit)))).toMatch(
        /^package-(corrupt|not-for-me)$/,
      );
    }
  });

  it('any truncation is refused as corrupt', () => {
    forAnyPlaceInAPackage((bytes, reader, where) => {
      const cut = bytes.subarray(0, Math.floor(where * bytes.length));
      expect(codeOf(() => openAs(reader, cut))).toBe('package-corrupt');
    });
  });
});

describe('each refusal has its own reason', () => {
  it('forwarded: a recipient re-encrypts the inner package for a third party', () => {
    fc.assert(
      fc.property(contentArb, fc.nat(), (contents, pick) => {
        // mofa sends to two of the others; one of them passes it on to the remaining one.
        const others = [moit, mof, moj];
        const third = others[pick % 3]!;
        const recipients = others.filter((p) => p !== third);
        const forwarder = recipients[pick % 2]!;
        const { bytes } = seal(mofa, recipients, contents);
        const inner = decryptAge(bytes, forwarder.secrets.ageIdentity);
        const reSent = encryptAge(inner, [third.card.ageRecipient, forwarder.card.ageRecipient]);
        expect(codeOf(() => openAs(third, reSent))).toBe('package-forwarded');
        // The forwarder itself still opens its re-encrypted copy: it was named.
        expect(openAs(forwarder, reSent).items).toHaveLength(contents.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('unknown sender: nobody vouched for its card', () => {
    fc.assert(
      fc.property(contentArb, (contents) => {
        const { bytes } = seal(stranger, [moit], contents);
        expect(codeOf(() => openAs(moit, bytes))).toBe('package-unknown-sender');
        // The same bytes open once the card is a verified contact.
        expect(opener(moit, [stranger.card]).open(bytes).sender).toEqual(stranger.card);
      }),
      { numRuns: Math.max(20, RUNS / 4) },
    );
  });

  it('revoked sender', () => {
    fc.assert(
      fc.property(contentArb, partiesArb, (contents, { sender, recipients }) => {
        const me = recipients.find((r) => r !== sender);
        if (!me) return;
        const { bytes } = seal(sender, recipients, contents);
        const o = opener(me, [sender.card], { revoked: [cardFingerprint(sender.card)] });
        expect(codeOf(() => o.open(bytes))).toBe('package-revoked-sender');
      }),
      { numRuns: Math.max(20, RUNS / 4) },
    );
  });

  it('replay: the same package a second time', () => {
    fc.assert(
      fc.property(contentArb, (contents) => {
        const { bytes } = seal(mofa, [moit, mof], contents);
        const o = opener(moit, [mofa.card]);
        o.open(bytes);
        expect(codeOf(() => o.open(bytes))).toBe('package-replay');
        // Re-encrypting the same inner package does not make it new.
        const again = encryptAge(decryptAge(bytes, moit.secrets.ageIdentity), [
          moit.card.ageRecipient,
        ]);
        expect(codeOf(() => o.open(again))).toBe('package-replay');
      }),
      { numRuns: Math.max(20, RUNS / 4) },
    );
  });

  it('expired: refused after its expiry, opened before it', () => {
    fc.assert(
      fc.property(
        contentArb,
        fc.integer({ min: 1, max: 60 * 24 * 365 }),
        fc.integer({ min: 1, max: 60 * 24 * 365 }),
        (contents, validMinutes, lateMinutes) => {
          const expiresAt = new Date(NOW.getTime() + validMinutes * 60_000);
          const { bytes } = seal(mofa, [moit], contents, { expiresAt: expiresAt.toISOString() });
          const late = new Date(expiresAt.getTime() + (lateMinutes - 1) * 60_000);
          expect(codeOf(() => opener(moit, [mofa.card], { now: late }).open(bytes))).toBe(
            'package-expired',
          );
          const early = new Date(expiresAt.getTime() - 1);
          expect(opener(moit, [mofa.card], { now: early }).open(bytes).items).toHaveLength(
            contents.length,
          );
        },
      ),
      { numRuns: Math.max(20, RUNS / 4) },
    );
  });

  /** A package put together by hand, to say things an honest sealer never would. */
  function forge(signer: Party, manifest: Manifest, items: Uint8Array[], to: Party[]) {
    const signature = Buffer.from(
      signWith(
        signer.secrets,
        PACKAGE_DOMAIN,
        createHash('sha256').update(encodeManifest(manifest)).digest(),
      ),
      'base64',
    );
    return encryptAge(
      containerParts({
        manifest: encodeManifest(manifest),
        signature,
        items,
        kinds: manifest.items.map((i) => i.kind),
      }),
      to.map((p) => p.card.ageRecipient),
    );
  }

  it('bad signature: a manifest claiming a known sender, signed by another key', () => {
    const { manifest } = seal(stranger, [moit], small());
    const claimed: Manifest = {
      ...manifest,
      sender: {
        name: mofa.card.name,
        unit: mofa.card.unit,
        fingerprint: cardFingerprint(mofa.card),
      },
      recipients: [cardFingerprint(moit.card), cardFingerprint(mofa.card)],
    };
    const bytes = forge(
      stranger,
      claimed,
      small().map((c) => c.bytes),
      [moit],
    );
    expect(codeOf(() => openAs(moit, bytes))).toBe('package-bad-signature');
  });

  it('hash mismatch: content that is not what the signed manifest lists', () => {
    const { manifest } = seal(mofa, [moit], small());
    const bytes = forge(mofa, manifest, [Buffer.from('{"title":"Phiên họp khác"}')], [moit]);
    expect(codeOf(() => openAs(moit, bytes))).toBe('package-hash-mismatch');
  });

  it('checks in the fail-closed order: the earlier reason wins', () => {
    // Revoked and forwarded: the revocation is found first.
    const { bytes, manifest } = seal(mofa, [moit], small(), {
      expiresAt: '2025-09-02T00:00:00.000Z',
    });
    const inner = decryptAge(bytes, moit.secrets.ageIdentity);
    const toMof = encryptAge(inner, [mof.card.ageRecipient]);
    const revoked = opener(mof, [mofa.card], { revoked: [cardFingerprint(mofa.card)] });
    expect(codeOf(() => revoked.open(toMof))).toBe('package-revoked-sender');
    // Forwarded and expired: forwarded.
    const later = new Date('2025-10-01T00:00:00Z');
    expect(codeOf(() => opener(mof, [mofa.card], { now: later }).open(toMof))).toBe(
      'package-forwarded',
    );
    // Replayed and expired: replay.
    const seenLater = opener(moit, [mofa.card], { now: later });
    seenLater.seen.add(`${cardFingerprint(mofa.card)}/${manifest.packageId}`);
    expect(codeOf(() => seenLater.open(bytes))).toBe('package-replay');
    // Unknown and not addressed to me: the age layer refuses first.
    expect(codeOf(() => opener(stranger, []).open(bytes))).toBe('package-not-for-me');
  });

  it('each refusal carries its own Vietnamese and English message', () => {
    const { bytes } = seal(mofa, [moit], small(), { expiresAt: '2025-09-02T00:00:00.000Z' });
    const messages = new Map<string, { vi: string; en: string }>();
    const record = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(AppFailure);
        const { code, message } = (e as AppFailure).error;
        expect(message.vi).not.toBe(message.en);
        expect(message.vi.length).toBeGreaterThan(20);
        messages.set(code, message);
      }
    };
    record(() => openAs(stranger, bytes));
    record(() => openAs(moit, bytes.subarray(0, 100)));
    record(() => opener(moit, []).open(bytes));
    record(() => opener(moit, [mofa.card], { revoked: [cardFingerprint(mofa.card)] }).open(bytes));
    record(() =>
      openAs(mof, encryptAge(decryptAge(bytes, moit.secrets.ageIdentity), [mof.card.ageRecipient])),
    );
    record(() => opener(moit, [mofa.card], { now: new Date('2026-01-01T00:00:00Z') }).open(bytes));
    const o = opener(moit, [mofa.card]);
    o.open(bytes);
    record(() => o.open(bytes));
    expect([...messages.keys()].sort()).toEqual([
      'package-corrupt',
      'package-expired',
      'package-forwarded',
      'package-not-for-me',
      'package-replay',
      'package-revoked-sender',
      'package-unknown-sender',
    ]);
    expect(new Set([...messages.values()].map((m) => m.vi)).size).toBe(messages.size);
  });

  it('too large: refused before decryption when opening, and before sealing', () => {
    const huge = Buffer.allocUnsafe(MAX_PACKAGE_BYTES + 1);
    expect(codeOf(() => openAs(moit, huge))).toBe('package-too-large');
    const mb = Buffer.alloc(1024 * 1024);
    expect(
      codeOf(() =>
        sealPackage({
          sender: mofa,
          recipients: [moit.card],
          items: Array.from({ length: 200 }, () => ({
            item: { name: 'Tệp.pdf', kind: 'rendering' as const, recordId: null },
            bytes: mb,
          })),
          now: NOW,
        }),
      ),
    ).toBe('package-too-large');
  });

  it('hostile bytes encrypted for me never crash the opener', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }),
          fc
            .uint8Array({ maxLength: 4000 })
            .map((b) => Buffer.concat([Buffer.from('BDPK\x01'), b])),
        ),
        (junk) => {
          const wrapped = encryptAge(junk, [moit.card.ageRecipient]);
          expect(codeOf(() => openAs(moit, wrapped))).toBe('package-corrupt');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
