// Hostile bytes against every parser of the exchange — identity card files, the age header and
// payload, the inner container, the manifest — from fast-check generators: random bytes,
// valid inputs mutated (bit flips, cuts, splices, inserted bytes), structured inputs with
// absurd counts and lengths, and JSON with wrong, extra or enormous fields. Each parser must
// either accept (and then only what it would itself have written) or refuse with an AppFailure
// of the right code: never another exception, never a hang, never an allocation sized by an
// attacker's length field.
// Cases per parser: BD_FUZZ_RUNS (default 2,000).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decryptAge,
  encryptAge,
  generateAgeIdentity,
} from '../../../electron/services/exchange/age/age';
import { MAX_HEADER, parseHeader } from '../../../electron/services/exchange/age/header';
import {
  cardFingerprint,
  encodeCardFile,
  issueCard,
  readCardFile,
} from '../../../electron/services/exchange/card';
import {
  decodeContainer,
  encodeContainer,
  type DecodedContainer,
} from '../../../electron/services/exchange/container';
import { ContainerReader } from '../../../electron/services/exchange/container-reader';
import { generateOrgSecrets } from '../../../electron/services/exchange/keys';
import { encodeManifest, readManifest } from '../../../electron/services/exchange/manifest';
import { canonicalJson } from '../../../shared/exchange/canonical';
import type { Manifest } from '../../../shared/exchange/manifest';
import { AppFailure } from '../../../shared/result';
import { encodeContainerV1 } from '../../fixtures/container-v1';

const RUNS = Number(process.env.BD_FUZZ_RUNS ?? 2000);
/**
 * Runs a parser on hostile input: its value, or the code of the AppFailure it threw. (A parser
 * that hangs on some input fails the test by its timeout; no wall-clock threshold here.)
 */
function attempt<T>(parse: () => T): { value: T } | { code: string } {
  try {
    return { value: parse() };
  } catch (e) {
    if (!(e instanceof AppFailure)) throw new Error(`not an AppFailure: ${String(e)}`);
    return { code: e.error.code };
  }
}

// Generic damage done to a valid input.
const mutated = (valid: Uint8Array) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat(valid.length * 8 - 1)), { minLength: 1, maxLength: 8 }).map((bits) => {
      const b = Buffer.from(valid);
      for (const [bit] of bits) b[bit >> 3]! ^= 1 << (bit & 7);
      return b;
    }),
    fc.nat(valid.length).map((n) => Buffer.from(valid.subarray(0, n))),
    fc
      .tuple(fc.nat(valid.length), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([at, extra]) => Buffer.concat([valid.subarray(0, at), extra, valid.subarray(at)])),
    fc
      .tuple(fc.nat(valid.length), fc.nat(valid.length))
      .map(([a, b]) =>
        Buffer.concat([valid.subarray(0, Math.min(a, b)), valid.subarray(Math.max(a, b))]),
      ),
    fc
      .tuple(fc.nat(valid.length), fc.nat(valid.length), fc.nat(valid.length))
      .map(([a, b, at]) =>
        Buffer.concat([valid.subarray(0, at), valid.subarray(Math.min(a, b), Math.max(a, b))]),
      ),
  );

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
};
const hugeLength = fc.oneof(
  fc.nat(64),
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.constantFrom(0xffffffff, 0x80000000, 0x7fffffff, 8 * 1024 * 1024 + 1),
);

let rssBefore = 0;
beforeAll(() => {
  rssBefore = process.memoryUsage().rss;
});
afterAll(() => {
  // Nothing sized by a hostile length field was allocated: a 4 GiB claim would show here.
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
});

describe('identity card files', () => {
  const secrets = generateOrgSecrets();
  const card = issueCard({
    name: 'Bộ Ngoại giao',
    unit: 'Vụ Tổng hợp kinh tế',
    secrets,
    validFrom: '2025-01-01',
    validUntil: null,
    now: new Date('2025-09-01T08:00:00Z'),
  });
  const valid = Buffer.from(encodeCardFile(card), 'utf8');
  const check = (bytes: Uint8Array) => {
    const r = attempt(() => readCardFile(bytes));
    // Accepted only if it is the very card that was signed (a changed header line is harmless).
    if ('value' in r) expect(cardFingerprint(r.value)).toBe(cardFingerprint(card));
    else expect(r.code).toBe('card-invalid');
  };
  const withField = (key: string, value: unknown) =>
    Buffer.from(`header\n${JSON.stringify({ ...card, [key]: value }, null, 2)}\n`, 'utf8');

  it('random bytes and damaged card files', () => {
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 20_000 }), mutated(valid)), check), {
      numRuns: RUNS,
    });
  });

  it('cards with a field replaced, added or made enormous', () => {
    const keys = Object.keys(card);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constantFrom(...keys), fc.jsonValue()).map(([k, v]) => withField(k, v)),
          fc.tuple(fc.string(), fc.jsonValue()).map(([k, v]) => withField(k, v)),
          fc.constantFrom(...keys).map((k) => withField(k, 'x'.repeat(17_000))),
          fc.jsonValue().map((v) => Buffer.from(`header\n${JSON.stringify(v)}\n`, 'utf8')),
          fc.nat(5000).map((depth) => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
        ),
        check,
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the age header and payload', () => {
  const me = generateAgeIdentity();
  const valid = encryptAge(Buffer.from('Thông báo kết luận'), [me.recipient, me.recipient]);
  const line = fc.oneof(
    fc.constant('---'),
    fc.string({ maxLength: 70 }).map((s) => `--- ${s}`),
    fc
      .array(fc.string({ minLength: 0, maxLength: 20 }), { maxLength: 4 })
      .map((a) => `-> ${a.join(' ')}`),
    fc.base64String({ maxLength: 80 }),
    fc.string({ maxLength: 80 }),
  );
  const structured = fc
    .tuple(fc.array(line, { maxLength: 40 }), fc.uint8Array({ maxLength: 64 }))
    .map(([lines, tail]) =>
      Buffer.concat([Buffer.from(`age-encryption.org/v1\n${lines.join('\n')}\n`, 'latin1'), tail]),
    );
  const hostile = fc.oneof(
    fc.uint8Array({ maxLength: 4000 }),
    mutated(valid),
    structured,
    fc
      .nat(MAX_HEADER * 2)
      .map((n) =>
        Buffer.concat([Buffer.from('age-encryption.org/v1\n-> a\n'), Buffer.alloc(n, 0x41)]),
      ),
  );

  it('the header parser: parsed, or refused as corrupt', () => {
    fc.assert(
      fc.property(hostile, (bytes) => {
        const r = attempt(() => parseHeader(bytes));
        if ('code' in r) expect(r.code).toBe('package-corrupt');
        else expect(r.value.payloadAt).toBeLessThanOrEqual(Math.min(bytes.length, MAX_HEADER));
      }),
      { numRuns: RUNS },
    );
  });

  it('decryption: the original bytes, or refused as corrupt / not for me', () => {
    fc.assert(
      fc.property(hostile, (bytes) => {
        const r = attempt(() => decryptAge(bytes, me.identity));
        if ('code' in r) expect(['package-corrupt', 'package-not-for-me']).toContain(r.code);
        else expect(r.value.toString('utf8')).toBe('Thông báo kết luận');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the inner container', () => {
  const parts = {
    manifest: Buffer.from('{"a":1}'),
    signature: Buffer.alloc(64, 7),
    items: [Buffer.from('một'), Buffer.alloc(0), Buffer.from('ba')],
  };
  // What the app seals (version 2, items first) and what it sealed before (version 1).
  const valid = encodeContainer({ ...parts, kinds: ['meeting', 'rendering', 'directive'] });
  const validV1 = encodeContainerV1(parts);
  const structured = fc
    .tuple(
      fc.constantFrom('BDPK', 'BDPX', ''),
      fc.constantFrom(1, 0, 2, 255),
      hugeLength,
      fc.array(
        fc.tuple(
          fc.constantFrom([], [0], [5], [6], [255]),
          hugeLength,
          fc.uint8Array({ maxLength: 100 }),
        ),
        { maxLength: 6 },
      ),
    )
    .map(([magic, version, count, sections]) =>
      Buffer.concat([
        Buffer.from(magic, 'latin1'),
        Buffer.from([version]),
        u32(count),
        ...sections.flatMap(([kind, len, bytes]) => [Buffer.from(kind), u32(len), bytes]),
      ]),
    );
  /** Accepted only as the bytes its own version's writer gives for what was read. */
  const roundTrips = (c: DecodedContainer, bytes: Uint8Array) =>
    expect(
      (c.version === 1
        ? encodeContainerV1(c)
        : encodeContainer({ ...c, kinds: c.kinds.map((k) => k!) })
      ).equals(Buffer.from(bytes)),
    ).toBe(true);
  const hostile = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    mutated(valid),
    mutated(validV1),
    structured,
  );

  it('random, damaged and absurdly-sized containers, of either version', () => {
    expect(decodeContainer(valid).kinds).toEqual(['meeting', 'rendering', 'directive']);
    expect(decodeContainer(validV1).kinds).toEqual([null, null, null]);
    fc.assert(
      fc.property(hostile, (bytes) => {
        const r = attempt(() => decodeContainer(bytes));
        if ('code' in r) expect(r.code).toBe('package-corrupt');
        else roundTrips(r.value, bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it('read in pieces of any size, the streaming reader decides as on the whole', () => {
    fc.assert(
      fc.property(hostile, fc.array(fc.nat(300), { maxLength: 20 }), (bytes, cuts) => {
        const whole = attempt(() => decodeContainer(bytes));
        const pieces = attempt(() => {
          const buf = Buffer.from(bytes);
          const items: Buffer[][] = [];
          const reader = new ContainerReader(buf.length, {
            start: (i) => (items[i] = []),
            data: (i, b) => items[i]!.push(Buffer.from(b)),
            end: () => {},
          });
          let at = 0;
          for (const cut of cuts) {
            reader.push(buf.subarray(at, Math.min(buf.length, at + cut)));
            at = Math.min(buf.length, at + cut);
          }
          reader.push(buf.subarray(at));
          reader.finish();
          return {
            version: reader.containerVersion,
            manifest: reader.manifest!,
            signature: reader.signature!,
            items: items.map((p) => Buffer.concat(p)),
            kinds: items.map((_, i) => reader.itemKinds[i] ?? null),
          };
        });
        if ('code' in whole) expect(pieces).toEqual(whole);
        else if ('value' in pieces) roundTrips(pieces.value, bytes);
        else expect.fail(`refused in pieces: ${pieces.code}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('claims of 4 GiB sections or 4 billion sections are refused at once', () => {
    const v1 = Buffer.concat([Buffer.from('BDPK'), Buffer.from([1])]);
    const v2 = Buffer.concat([Buffer.from('BDPK'), Buffer.from([2])]);
    for (const bytes of [
      Buffer.concat([v1, u32(0xffffffff)]),
      Buffer.concat([v1, u32(2), u32(0xffffffff), Buffer.alloc(8)]),
      Buffer.concat([v1, u32(3), u32(0), u32(64), Buffer.alloc(64), u32(0xfffffff0)]),
      Buffer.concat([v1, u32(20_002), Buffer.alloc(100)]),
      Buffer.concat([v2, u32(0xffffffff), Buffer.alloc(100)]),
      Buffer.concat([v2, u32(20_001), Buffer.alloc(200_000)]),
      Buffer.concat([v2, u32(1), Buffer.from([0]), u32(0xfffffff0), Buffer.alloc(100)]),
      Buffer.concat([v2, u32(0), u32(0xffffffff), Buffer.alloc(100)]),
      Buffer.concat([v2, u32(0), u32(8 * 1024 * 1024 + 1), Buffer.alloc(100)]),
    ])
      expect(attempt(() => decodeContainer(bytes))).toEqual({ code: 'package-corrupt' });
  });

  it('version 2: an unknown kind, a moved manifest, a cut or an extra byte is refused', () => {
    const itemsEnd = valid.length - 4 - parts.manifest.length - 64;
    const head = valid.subarray(0, 9);
    for (const bytes of [
      // The first item's kind byte is no kind.
      Buffer.concat([head, Buffer.from([6]), valid.subarray(10)]),
      // The manifest and signature moved in front of the items.
      Buffer.concat([head, valid.subarray(itemsEnd), valid.subarray(9, itemsEnd)]),
      // No signature, or part of it.
      valid.subarray(0, valid.length - 64),
      valid.subarray(0, valid.length - 1),
      Buffer.concat([valid, Buffer.from([0])]),
    ])
      expect(attempt(() => decodeContainer(bytes))).toEqual({ code: 'package-corrupt' });
  });
});

describe('the manifest', () => {
  const fp = (d: string) => d.repeat(60);
  const valid: Manifest = {
    format: 'briefing-desk/package',
    version: 1,
    packageId: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    createdAt: '2025-09-01T08:00:00.000Z',
    expiresAt: null,
    sender: { name: 'Bộ Ngoại giao', unit: '', fingerprint: fp('1') },
    recipients: [fp('1'), fp('2')],
    note: 'Thông báo kết luận',
    items: [
      {
        name: 'Phiên họp',
        kind: 'meeting',
        recordId: '6e5d4c3b-2a19-4876-9543-210fedcba987',
        size: 10,
        sha256: 'a'.repeat(64),
      },
    ],
  };
  const validBytes = encodeManifest(valid);
  const check = (bytes: Uint8Array) => {
    const r = attempt(() => readManifest(bytes));
    if ('code' in r) expect(r.code).toBe('package-corrupt');
    // Accepted only in the one canonical spelling of a valid manifest.
    else expect(encodeManifest(r.value).equals(Buffer.from(bytes))).toBe(true);
  };
  const json = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8');

  it('is accepted as written', () => {
    expect(readManifest(validBytes)).toEqual(valid);
  });

  it('random bytes, random JSON and damaged manifests', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.jsonValue().map(json), mutated(validBytes)),
        check,
      ),
      { numRuns: RUNS },
    );
  });

  it('fields replaced, added, reordered or made enormous', () => {
    const keys = Object.keys(valid);
    const itemKeys = Object.keys(valid.items[0]!);
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(fc.constantFrom(...keys), fc.jsonValue())
            .map(([k, v]) => json({ ...valid, [k]: v })),
          fc
            .tuple(fc.constantFrom(...itemKeys), fc.jsonValue())
            .map(([k, v]) => json({ ...valid, items: [{ ...valid.items[0], [k]: v }] })),
          fc.tuple(fc.string(), fc.jsonValue()).map(([k, v]) => json({ ...valid, [k]: v })),
          fc.constant(json(valid)), // keys in declaration order, not sorted: not canonical
          fc.constant(Buffer.from(`${canonicalJson(valid)} `)),
          fc.constantFrom(...keys).map((k) => json({ ...valid, [k]: 'x'.repeat(100_000) })),
          fc.nat(30_000).map((n) => json({ ...valid, items: Array(n).fill(valid.items[0]) })),
          fc.nat(5000).map((depth) => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
        ),
        check,
      ),
      { numRuns: Math.max(200, RUNS / 4) },
    );
  });

  it('a manifest over 8 MiB is refused before it is parsed', () => {
    const big = Buffer.alloc(8 * 1024 * 1024 + 1, 0x20);
    expect(attempt(() => readManifest(big))).toEqual({ code: 'package-corrupt' });
  });
});
