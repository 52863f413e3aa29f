// Packages sealed into files and opened from files, 64 KiB at a time (issue: bounded
// resources), on real files in a temp folder: the file is what `age -d` opens and what the
// in-memory opener opens; renderings land in a private temp folder that goes on dispose and on
// every refusal; an existing file is never replaced unless the caller says so; damaged files —
// cut, flipped, extended, ending in an empty chunk, changed while read — are refused with the
// same codes as in memory, and a package damaged in both layers is refused for its outer one.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptAge,
  decryptAgeFile,
  encryptAge,
  encryptAgeToFile,
} from '../../../electron/services/exchange/age/age';
import { cardFingerprint } from '../../../electron/services/exchange/card';
import { decodeContainer } from '../../../electron/services/exchange/container';
import {
  openPackageFile,
  sealPackage,
  sealPackageToFile,
  type OpenContext,
  type Party,
  type SealInput,
} from '../../../electron/services/exchange/package';
import type { ItemKind } from '../../../shared/exchange/manifest';
import { NOW, codeOf, ministry, opener, packageFolder } from './helpers';

const AGE = '/usr/bin/age';
const RUNS = Number(process.env.BD_PROPERTY_RUNS ?? 100);
const { work, fresh } = packageFolder('bd-package-files-');

const mofa = ministry('Bộ Ngoại giao');
const moit = ministry('Bộ Công Thương');

function ctx(me: Party): OpenContext {
  const fp = cardFingerprint(mofa.card);
  return {
    me,
    findContact: (f) => (f === fp ? { card: mofa.card, revoked: false } : null),
    seenPackage: () => false,
    now: NOW,
  };
}

const input = (items: { kind: ItemKind; bytes: SealInput['items'][number]['bytes'] }[]) => ({
  sender: mofa,
  recipients: [moit.card],
  items: items.map(({ kind, bytes }, i) => ({
    item: {
      name: kind === 'rendering' ? `Bản in ${i}.pdf` : `Mục ${i}`,
      kind,
      recordId: randomUUID(),
    },
    bytes,
  })),
  now: NOW,
});

/** A private temp root per open, so what is left behind can be listed. */
function tempRoot(): string {
  const root = fresh('');
  fs.mkdirSync(root);
  return root;
}

describe('sealed into a file', () => {
  const record = Buffer.from('{"id":"x","title":"Phiên họp"}');
  const rendering = randomBytes(3 * 64 * 1024 + 17);

  it('age -d opens it, and its container is the one sealed in memory would carry', () => {
    const file = fresh();
    const { manifest } = sealPackageToFile(
      input([
        { kind: 'meeting', bytes: record },
        { kind: 'rendering', bytes: rendering },
      ]),
      file,
    );
    const key = fresh('.key');
    fs.writeFileSync(key, `${moit.secrets.ageIdentity}\n`, { mode: 0o600 });
    const r = spawnSync(AGE, ['-d', '-i', key, file], { maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    const inner = decodeContainer(r.stdout);
    expect(inner.items.map((b) => Buffer.from(b))).toEqual([record, rendering]);
    expect(JSON.parse(Buffer.from(inner.manifest).toString('utf8'))).toEqual(manifest);
  });

  it('items given as files seal as the same bytes', () => {
    const src = fresh('.pdf');
    fs.writeFileSync(src, rendering);
    const file = fresh();
    sealPackageToFile(input([{ kind: 'rendering', bytes: { file: src } }]), file);
    const opened = opener(moit, [mofa.card]).open(fs.readFileSync(file));
    expect(Buffer.from(opened.items[0]!.bytes).equals(rendering)).toBe(true);
    expect(opened.items[0]!.item.size).toBe(rendering.length);
  });

  it('never replaces an existing file unless told to; nothing is left beside it', () => {
    const file = fresh();
    fs.writeFileSync(file, 'mine');
    expect(codeOf(() => sealPackageToFile(input([{ kind: 'meeting', bytes: record }]), file))).toBe(
      'file-exists',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
    sealPackageToFile(input([{ kind: 'meeting', bytes: record }]), file, 'replace');
    expect(opener(moit, [mofa.card]).open(fs.readFileSync(file)).items).toHaveLength(1);
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('opened from a file', () => {
  it('records in memory, renderings in a private temp folder that dispose() removes', () => {
    const file = fresh();
    const rendering = randomBytes(200 * 1024);
    sealPackageToFile(
      input([
        { kind: 'directive', bytes: Buffer.from('{"id":"d"}') },
        { kind: 'rendering', bytes: rendering },
      ]),
      file,
    );
    const root = tempRoot();
    const opened = openPackageFile(file, ctx(moit), root);
    const [rec, att] = opened.items;
    expect((rec!.body as { bytes: Buffer }).bytes.toString()).toBe('{"id":"d"}');
    expect('file' in att!.body).toBe(true);
    const attFile = (att!.body as { file: string }).file;
    expect(fs.readFileSync(attFile).equals(rendering)).toBe(true);
    expect(path.dirname(attFile)).toBe(opened.tempDir);
    if (process.platform !== 'win32') {
      expect(fs.statSync(opened.tempDir!).mode & 0o777).toBe(0o700);
      expect(fs.statSync(attFile).mode & 0o777).toBe(0o600);
    }
    opened.dispose();
    expect(fs.readdirSync(root)).toEqual([]);
  });

  const damaged = (bytes: Buffer): { what: string; bytes: Buffer }[] => [
    { what: 'cut in the last chunk', bytes: bytes.subarray(0, bytes.length - 5) },
    {
      what: 'a bit flipped in the last chunk',
      bytes: Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])]),
    },
    { what: 'trailing bytes', bytes: Buffer.concat([bytes, Buffer.from([0])]) },
    { what: 'an empty final chunk', bytes: Buffer.concat([bytes, randomBytes(16)]) },
  ];

  it('damaged files are refused as corrupt, as in memory, and leave no temp file', () => {
    const { bytes } = sealPackage(
      input([
        { kind: 'meeting', bytes: Buffer.from('{"id":"m"}') },
        { kind: 'rendering', bytes: randomBytes(64 * 1024) },
      ]),
    );
    for (const d of damaged(bytes)) {
      const file = fresh();
      fs.writeFileSync(file, d.bytes);
      const root = tempRoot();
      expect([d.what, codeOf(() => openPackageFile(file, ctx(moit), root))]).toEqual([
        d.what,
        'package-corrupt',
      ]);
      expect(codeOf(() => opener(moit, [mofa.card]).open(d.bytes))).toBe('package-corrupt');
      expect(fs.readdirSync(root)).toEqual([]);
    }
  });

  it('damaged in both layers: refused for the outer one, as when all was decrypted first', () => {
    const inner = Buffer.concat([Buffer.from('BDPX'), randomBytes(200 * 1024)]);
    const bytes = encryptAge(inner, [moit.card.ageRecipient]);
    bytes[bytes.length - 1]! ^= 1;
    const file = fresh();
    fs.writeFileSync(file, bytes);
    let message = '';
    try {
      openPackageFile(file, ctx(moit), tempRoot());
    } catch (e) {
      message = (e as { error: { message: { en: string } } }).error.message.en;
    }
    expect(message).toContain('payload altered');
  });

  it('a later refusal (unknown sender) also removes the received renderings', () => {
    const file = fresh();
    sealPackageToFile(input([{ kind: 'rendering', bytes: randomBytes(100_000) }]), file);
    const root = tempRoot();
    const stranger = { ...ctx(moit), findContact: () => null };
    expect(codeOf(() => openPackageFile(file, stranger, root))).toBe('package-unknown-sender');
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('mutated packages: the file opener and the memory opener agree', () => {
    const { bytes } = sealPackage(
      input([
        { kind: 'meeting', bytes: Buffer.from('{"id":"m"}') },
        { kind: 'rendering', bytes: randomBytes(70 * 1024) },
      ]),
    );
    const file = fresh();
    const root = tempRoot();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat(bytes.length * 8 - 1).map((bit) => {
            const b = Buffer.from(bytes);
            b[bit >> 3]! ^= 1 << (bit & 7);
            return b;
          }),
          fc.nat(bytes.length).map((cut) => bytes.subarray(0, cut)),
          fc
            .tuple(fc.nat(bytes.length), fc.uint8Array({ minLength: 1, maxLength: 40 }))
            .map(([at, x]) => Buffer.concat([bytes.subarray(0, at), x, bytes.subarray(at)])),
        ),
        (bad) => {
          fs.writeFileSync(file, bad);
          // A "cut" at the full length is the package itself: it opens, and is disposed.
          const fromFile = codeOf(() => openPackageFile(file, ctx(moit), root).dispose());
          const fromMemory = codeOf(() => opener(moit, [mofa.card]).open(bad));
          expect(fromFile).toBe(fromMemory);
          expect(fs.readdirSync(root)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a file over 200 MB is refused before a byte is decrypted', () => {
    const file = fresh();
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 200 * 1024 * 1024 + 1);
    expect(codeOf(() => openPackageFile(file, ctx(moit), tempRoot()))).toBe('package-too-large');
    fs.rmSync(file);
  });
});

describe('age files in pieces', () => {
  it('a file decrypts to the bytes memory does, for sizes around the chunk', () => {
    const me = ministry('x');
    for (const size of [0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 3 * 64 * 1024]) {
      const plain = randomBytes(size);
      const file = fresh('.age');
      encryptAgeToFile(
        [plain.subarray(0, size >> 1), plain.subarray(size >> 1)],
        [me.card.ageRecipient],
        file,
      );
      const parts: Buffer[] = [];
      decryptAgeFile(file, me.secrets.ageIdentity, {
        begin: () => {},
        data: (p) => parts.push(Buffer.from(p)),
      });
      expect(Buffer.concat(parts).equals(plain)).toBe(true);
      expect(decryptAge(fs.readFileSync(file), me.secrets.ageIdentity).equals(plain)).toBe(true);
    }
  });
});
