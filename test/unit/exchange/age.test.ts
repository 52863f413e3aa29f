// Our age v1 writer and reader on their own (the CLI interop is in
// test/integration/exchange/age-interop.test.ts, the community vectors in age-testkit.test.ts):
// the header we write is the spec's, the payload has the spec's size at every chunk boundary,
// a payload given in pieces is the same as given whole, and every way of damaging a file —
// trailing bytes, a cut at a chunk boundary, swapped chunks, a header over the limits — is
// refused as corrupt, while a file for someone else is "not for me".
// Property runs: BD_PROPERTY_RUNS (default 200).
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptAge,
  encryptAge,
  generateAgeIdentity,
} from '../../../electron/services/exchange/age/age';
import { buildAgeFile, wrapBody, x25519Stanza } from './age-builder';
import { AppFailure } from '../../../shared/result';

const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 200);

/** The code of the AppFailure `f` throws, 'no error', or what else it threw. */
function codeOf(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    return e instanceof AppFailure ? e.error.code : `not an AppFailure: ${String(e)}`;
  }
}
const K = 64 * 1024;
const me = generateAgeIdentity();
const other = generateAgeIdentity();

const headerEnd = (file: Buffer) => file.indexOf('\n', file.indexOf('\n---') + 1) + 1;

describe('what we write', () => {
  it('is the spec’s header: version line, one X25519 stanza per recipient, MAC line', () => {
    const file = encryptAge(Buffer.from('x'), [me.recipient, other.recipient]);
    const lines = file.subarray(0, headerEnd(file)).toString('latin1').split('\n');
    expect(lines[0]).toBe('age-encryption.org/v1');
    for (const i of [1, 3]) {
      expect(lines[i]).toMatch(/^-> X25519 [A-Za-z0-9+/]{43}$/);
      expect(lines[i + 1]).toMatch(/^[A-Za-z0-9+/]{43}$/);
    }
    expect(lines[5]).toMatch(/^--- [A-Za-z0-9+/]{43}$/);
    expect(lines[6]).toBe('');
  });

  it.each([0, 1, K - 1, K, K + 1, 2 * K, 2 * K + 1, 3 * K - 1])(
    '%i bytes: nonce + plaintext + one tag per 64 KiB chunk (an empty payload has one chunk)',
    (n) => {
      const plain = randomBytes(n);
      const file = encryptAge(plain, [me.recipient]);
      const chunks = Math.max(1, Math.ceil(n / K));
      expect(file.length - headerEnd(file)).toBe(16 + n + 16 * chunks);
      expect(decryptAge(file, me.identity).equals(plain)).toBe(true);
    },
  );

  it('encrypts a payload given in pieces exactly as the pieces joined', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(0, 1, K - 1, K, K + 1), fc.integer({ min: 0, max: 3 * K })),
          { maxLength: 6 },
        ),
        (sizes) => {
          const parts = sizes.map((n) => randomBytes(n));
          const file = encryptAge(parts, [me.recipient]);
          expect(decryptAge(file, me.identity).equals(Buffer.concat(parts))).toBe(true);
        },
      ),
      { numRuns: Math.max(20, RUNS / 5) },
    );
  });

  it('refuses to encrypt to nobody, to more than 200, or to something that is not age1…', () => {
    expect(() => encryptAge(Buffer.alloc(1), [])).toThrow();
    expect(() => encryptAge(Buffer.alloc(1), Array(201).fill(me.recipient))).toThrow();
    expect(() => encryptAge(Buffer.alloc(1), [me.identity])).toThrow();
  });
});

describe('what we refuse', () => {
  const plain = randomBytes(3 * K);
  const file = encryptAge(plain, [me.recipient]);
  const payloadAt = headerEnd(file);
  const chunkAt = (i: number) => payloadAt + 16 + i * (K + 16);

  it('a file for someone else: not for me; every recipient of a shared file opens it', () => {
    expect(codeOf(() => decryptAge(file, other.identity))).toBe('package-not-for-me');
    const both = encryptAge(plain, [other.recipient, me.recipient]);
    expect(decryptAge(both, me.identity).equals(plain)).toBe(true);
    expect(decryptAge(both, other.identity).equals(plain)).toBe(true);
  });

  it.each([
    ['one trailing byte', Buffer.concat([file, Buffer.alloc(1)])],
    ['16 trailing bytes', Buffer.concat([file, randomBytes(16)])],
    ['a trailing full chunk', Buffer.concat([file, randomBytes(K + 16)])],
    ['cut after the first chunk', file.subarray(0, chunkAt(1))],
    ['cut after the second chunk', file.subarray(0, chunkAt(2))],
    ['cut inside the last tag', file.subarray(0, file.length - 1)],
    ['only the nonce', file.subarray(0, payloadAt + 16)],
    ['half the nonce', file.subarray(0, payloadAt + 8)],
    ['no payload', file.subarray(0, payloadAt)],
    [
      'first two chunks swapped',
      Buffer.concat([
        file.subarray(0, chunkAt(0)),
        file.subarray(chunkAt(1), chunkAt(2)),
        file.subarray(chunkAt(0), chunkAt(1)),
        file.subarray(chunkAt(2)),
      ]),
    ],
    ['a chunk dropped', Buffer.concat([file.subarray(0, chunkAt(1)), file.subarray(chunkAt(2))])],
  ])('%s: corrupt', (_what, bad) => {
    expect(codeOf(() => decryptAge(bad, me.identity))).toBe('package-corrupt');
  });

  it('a payload that ends in an empty chunk after full ones: corrupt (the spec forbids it)', () => {
    // Built by re-encrypting with a known file key: 64 KiB then an empty final chunk.
    const fileKey = randomBytes(16);
    const good = buildAgeFile(fileKey, [x25519Stanza(fileKey, me.recipient)], randomBytes(K));
    expect(decryptAge(good, me.identity).length).toBe(K);
    expect(codeOf(() => decryptAge(Buffer.concat([good, randomBytes(16)]), me.identity))).toBe(
      'package-corrupt',
    );
  });

  describe('headers off the spec, each with a correct MAC', () => {
    const fileKey = randomBytes(16);
    const mine = x25519Stanza(fileKey, me.recipient);
    const build = (...stanzas: string[]) => buildAgeFile(fileKey, stanzas, Buffer.from('ok'));

    it('the builder itself makes files we open (so the refusals below are meaningful)', () => {
      expect(decryptAge(build(mine), me.identity).toString()).toBe('ok');
      expect(
        decryptAge(
          build(`-> other.example/x a b\n${wrapBody(randomBytes(100))}\n`, mine),
          me.identity,
        ).toString(),
      ).toBe('ok');
    });

    it.each([
      ['no stanza at all', []],
      ['a stanza with no argument', ['->\n\n']],
      ['two spaces between arguments', ['-> a  b\n\n']],
      ['a trailing space', ['-> a \n\n']],
      ['a body line of 65 columns', [`-> a\n${'A'.repeat(65)}\n\n`]],
      ['a body with = padding', ['-> a\nAA==\n']],
      ['a non-canonical body', ['-> a\nAB\n']],
      ['a CR before the line feed', ['-> a\r\n\n']],
      ['a byte outside ASCII', ['-> \u00e9\n\n']],
      ['an X25519 stanza with an extra argument', [mine.replace('\n', ' x\n')]],
      [
        'an X25519 body of 33 bytes',
        [`-> X25519 ${mine.split(' ')[2]!.split('\n')[0]}\n${wrapBody(randomBytes(33))}\n`],
      ],
    ])('%s: corrupt', (_what, stanzas) => {
      const withMine =
        stanzas.length > 0 && !stanzas[0]!.startsWith('-> X25519') ? [...stanzas, mine] : stanzas;
      expect(codeOf(() => decryptAge(build(...withMine), me.identity))).toBe('package-corrupt');
    });

    it('200 stanzas open; 201 are refused before any key work', () => {
      const grease = `-> grease\n${wrapBody(randomBytes(32))}\n`;
      expect(decryptAge(build(...Array(199).fill(grease), mine), me.identity).toString()).toBe(
        'ok',
      );
      expect(codeOf(() => decryptAge(build(...Array(200).fill(grease), mine), me.identity))).toBe(
        'package-corrupt',
      );
    });

    it('a header longer than 64 KiB is refused without reading on', () => {
      const huge = `-> big\n${wrapBody(randomBytes(60 * 1024))}\n`;
      expect(codeOf(() => decryptAge(build(mine, huge), me.identity))).toBe('package-corrupt');
      // A 1 MB "line" with no line feed at all: refused after looking at the first 64 KiB.
      const noLf = Buffer.concat([
        Buffer.from('age-encryption.org/v1\n-> '),
        Buffer.alloc(1e6, 0x41),
      ]);
      expect(codeOf(() => decryptAge(noLf, me.identity))).toBe('package-corrupt');
    });

    it('a header whose MAC does not match (stanza argument changed after the MAC): corrupt', () => {
      const good = build(`-> grease a\n\n`, mine);
      const bad = Buffer.from(good);
      bad[bad.indexOf('grease a') + 7] = 0x62; // "a" → "b": still well formed
      expect(codeOf(() => decryptAge(bad, me.identity))).toBe('package-corrupt');
    });
  });
});
