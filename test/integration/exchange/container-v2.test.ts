// Container version 2 (container.ts: items first, the signed manifest with their hashes last),
// on real package files: it round-trips and is what the CLI decrypts; packages sealed as
// version 1 still open; and a version 2 package whose inner bytes were changed by someone able
// to encrypt to the recipient — its manifest, an item, an item's kind, its order, cut short or
// extended — is refused with the existing bilingual failures, leaving the private temp folder
// empty although its renderings had arrived before the manifest that condemns them.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decryptAge, encryptAge } from '../../../electron/services/exchange/age/age';
import { cardFingerprint } from '../../../electron/services/exchange/card';
import { decodeContainer } from '../../../electron/services/exchange/container';
import {
  openPackageFile,
  sealPackageToFile,
  type OpenContext,
  type SealInput,
} from '../../../electron/services/exchange/package';
import { itemBytes } from '../../../electron/services/exchange/package-receiver';
import { AppFailure } from '../../../shared/result';
import { sealPackageV1 } from '../../fixtures/container-v1';
import { NOW, ministry, packageFolder } from './helpers';

const AGE = '/usr/bin/age';
const { work, fresh } = packageFolder('bd-container-v2-');

const mofa = ministry('Bộ Ngoại giao');
const moit = ministry('Bộ Công Thương');

const ctx: OpenContext = {
  me: moit,
  findContact: (fp) =>
    fp === cardFingerprint(mofa.card) ? { card: mofa.card, revoked: false } : null,
  seenPackage: () => false,
  now: NOW,
};

const meeting = Buffer.from('{"id":"m","title":"Phiên họp thứ hai"}');
const directive = Buffer.from('{"id":"d","task":"Báo cáo tăng trưởng"}');
const rendering = randomBytes(150 * 1024);
const rendering2 = randomBytes(70 * 1024);

const items: SealInput['items'] = [
  { item: { name: 'Biên bản', kind: 'meeting', recordId: randomUUID() }, bytes: meeting },
  { item: { name: 'Bản in 1.pdf', kind: 'rendering', recordId: null }, bytes: rendering },
  { item: { name: 'Nhiệm vụ 1', kind: 'directive', recordId: randomUUID() }, bytes: directive },
  { item: { name: 'Bản in 2.pdf', kind: 'rendering', recordId: null }, bytes: rendering2 },
];

function sealed(): string {
  const file = fresh();
  const note = 'Thông báo kết luận';
  sealPackageToFile({ sender: mofa, recipients: [moit.card], items, note, now: NOW }, file);
  return file;
}

/** A private temp root per open, so what is left behind can be listed. */
function tempRoot(): string {
  const root = fresh('');
  fs.mkdirSync(root);
  return root;
}

/** The refusal's code and both its messages, or 'no error'. */
function refusal(file: string, root: string): { code: string; vi: string; en: string } | string {
  try {
    openPackageFile(file, ctx, root).dispose();
    return 'no error';
  } catch (e) {
    if (!(e instanceof AppFailure)) return `not an AppFailure: ${String(e)}`;
    return { code: e.error.code, ...e.error.message };
  }
}

describe('container version 2', () => {
  it('round trip: items first, manifest and signature last, every item back as sealed', () => {
    const file = sealed();
    const key = fresh('.key');
    fs.writeFileSync(key, `${moit.secrets.ageIdentity}\n`, { mode: 0o600 });
    const cli = spawnSync(AGE, ['-d', '-i', key, file], { maxBuffer: 16 * 1024 * 1024 });
    expect(cli.status).toBe(0);
    const inner = decodeContainer(cli.stdout);
    expect(inner.version).toBe(2);
    expect(inner.kinds).toEqual(['meeting', 'rendering', 'directive', 'rendering']);
    // The signed manifest closes the container: its JSON and the 64-byte signature end it.
    const tail = cli.stdout.subarray(cli.stdout.length - 64 - inner.manifest.length);
    expect(tail.subarray(0, inner.manifest.length).equals(Buffer.from(inner.manifest))).toBe(true);

    const root = tempRoot();
    const opened = openPackageFile(file, ctx, root);
    expect(opened.items.map((i) => itemBytes(i.body))).toEqual([
      meeting,
      rendering,
      directive,
      rendering2,
    ]);
    expect(opened.items.map((i) => 'file' in i.body)).toEqual([false, true, false, true]);
    expect(opened.manifest.items.map((i) => i.size)).toEqual([
      meeting.length,
      rendering.length,
      directive.length,
      rendering2.length,
    ]);
    opened.dispose();
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('a package sealed as version 1 still opens, and is still refused when altered', () => {
    const v1 = sealPackageV1({
      sender: mofa,
      recipients: [moit.card],
      items: tamperable(),
      now: NOW,
    });
    const inner = decryptAge(v1.bytes, moit.secrets.ageIdentity);
    expect(decodeContainer(inner).version).toBe(1);
    const file = fresh();
    fs.writeFileSync(file, v1.bytes);
    const root = tempRoot();
    const opened = openPackageFile(file, ctx, root);
    expect(opened.manifest).toEqual(v1.manifest);
    expect(opened.items.map((i) => itemBytes(i.body))).toEqual([meeting, rendering]);
    expect('file' in opened.items[1]!.body).toBe(true);
    opened.dispose();

    // The rendering's last byte, changed and encrypted again to the recipient.
    inner[inner.length - 1]! ^= 1;
    const altered = fresh();
    fs.writeFileSync(altered, encryptAge(inner, [moit.card.ageRecipient]));
    expect(refusal(altered, root)).toMatchObject({ code: 'package-hash-mismatch' });
    expect(fs.readdirSync(root)).toEqual([]);
  });

  /** A record and a rendering, as the version 1 writer takes them (bytes in memory). */
  function tamperable() {
    return [
      { item: items[0]!.item, bytes: meeting },
      { item: items[1]!.item, bytes: rendering },
    ];
  }

  // The inner container of a sealed package, changed, then encrypted again to the recipient:
  // what anyone holding the recipient's public key can do. Cut along the format: the head, each
  // item with its prefix (kind, length), then the manifest's length, the manifest, the signature.
  function cut(inner: Buffer): { head: Buffer; items: Buffer[]; tail: Buffer } {
    const parts: Buffer[] = [];
    let at = 9;
    for (let i = 0; i < inner.readUInt32BE(5); i++) {
      const end = at + 5 + inner.readUInt32BE(at + 1);
      parts.push(inner.subarray(at, end));
      at = end;
    }
    return { head: inner.subarray(0, 9), items: parts, tail: inner.subarray(at) };
  }
  const swap = (inner: Buffer, a: number, b: number) => {
    const { head, items: parts, tail } = cut(inner);
    [parts[a], parts[b]] = [parts[b]!, parts[a]!];
    return Buffer.concat([head, ...parts, tail]);
  };
  const cases: { what: string; change: (inner: Buffer) => Buffer; code: string }[] = [
    {
      what: 'a byte of the manifest changed (its note), not signed again',
      change: (inner) => {
        const at = inner.lastIndexOf(Buffer.from('"note":"')) + 8;
        const b = Buffer.from(inner);
        b[at] = 'X'.charCodeAt(0);
        return b;
      },
      code: 'package-bad-signature',
    },
    {
      what: 'a byte of a rendering changed',
      change: (inner) => {
        const b = Buffer.from(inner);
        b[cut(inner).items[0]!.length + 9 + 5 + 1000]! ^= 1;
        return b;
      },
      code: 'package-hash-mismatch',
    },
    {
      what: 'the two renderings swapped',
      change: (i) => swap(i, 1, 3),
      code: 'package-hash-mismatch',
    },
    { what: 'the two records swapped', change: (i) => swap(i, 0, 2), code: 'package-corrupt' },
    {
      what: 'a record claiming to be a rendering in its prefix',
      change: (inner) => {
        const b = Buffer.from(inner);
        b[9] = 5;
        return b;
      },
      code: 'package-corrupt',
    },
    {
      what: 'the manifest and signature moved before the items',
      change: (inner) => {
        const { head, items: parts, tail } = cut(inner);
        return Buffer.concat([head, tail, ...parts]);
      },
      code: 'package-corrupt',
    },
    {
      what: 'the signature cut off',
      change: (inner) => inner.subarray(0, inner.length - 64),
      code: 'package-corrupt',
    },
    {
      what: 'cut in the middle of the second rendering',
      change: (inner) => inner.subarray(0, inner.length - cut(inner).tail.length - 5000),
      code: 'package-corrupt',
    },
    {
      what: 'one byte after the signature',
      change: (inner) => Buffer.concat([inner, Buffer.from([0])]),
      code: 'package-corrupt',
    },
  ];

  it.each(cases)('refused: $what; the temp folder is left empty', ({ change, code }) => {
    const inner = decryptAge(fs.readFileSync(sealed()), moit.secrets.ageIdentity);
    const file = fresh();
    fs.writeFileSync(file, encryptAge(change(inner), [moit.card.ageRecipient]));
    const root = tempRoot();
    const got = refusal(file, root);
    expect(got).toMatchObject({ code });
    const { vi, en } = got as { vi: string; en: string };
    expect(vi).not.toBe(en);
    expect(vi.length).toBeGreaterThan(20);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('a package cut short as a file is refused by the age layer, leaving nothing', () => {
    const bytes = fs.readFileSync(sealed());
    for (const cut of [bytes.length - 1, bytes.length - 70_000, Math.floor(bytes.length / 2)]) {
      const file = fresh();
      fs.writeFileSync(file, bytes.subarray(0, cut));
      const root = tempRoot();
      expect(refusal(file, root)).toMatchObject({ code: 'package-corrupt' });
      expect(fs.readdirSync(root)).toEqual([]);
    }
  });
});

describe('large items, hashed as they are encrypted', () => {
  // Tens of megabytes from a file, streamed through the cipher and the hash piece by piece.
  const big = randomBytes(32 * 1024 * 1024 + 123);
  const bigFile = fresh('.pdf');
  fs.writeFileSync(bigFile, big);
  const emptyFile = fresh('.pdf');
  fs.writeFileSync(emptyFile, '');
  const inMemory = randomBytes(300 * 1024);
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

  const largeItems = (): SealInput['items'] => [
    { item: { name: 'Lớn.pdf', kind: 'rendering', recordId: null }, bytes: { file: bigFile } },
    items[0]!,
    { item: { name: 'Rỗng.pdf', kind: 'rendering', recordId: null }, bytes: { file: emptyFile } },
    { item: { name: 'Vừa.pdf', kind: 'rendering', recordId: null }, bytes: inMemory },
    items[2]!,
  ];

  it('every hash in the signed manifest is the hash of the bytes that open', () => {
    const file = fresh();
    const { manifest } = sealPackageToFile(
      { sender: mofa, recipients: [moit.card], items: largeItems(), now: NOW },
      file,
    );
    const expected = [big, meeting, Buffer.alloc(0), inMemory, directive];
    expect(manifest.items.map((i) => i.sha256)).toEqual(expected.map(sha));
    const opened = openPackageFile(file, ctx, tempRoot());
    expect(opened.items.map((i) => itemBytes(i.body).equals(expected.shift()!))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    opened.dispose();
  });

  it('a seal that fails halfway writes nothing, and the next one seals and opens', () => {
    const folder = fresh('');
    fs.mkdirSync(folder);
    const broken = [
      ...largeItems(),
      // A folder where a file was expected: reading it fails once the big file has been hashed.
      {
        item: { name: 'Hỏng.pdf', kind: 'rendering' as const, recordId: null },
        bytes: { file: folder },
      },
    ];
    const target = fresh();
    expect(() =>
      sealPackageToFile({ sender: mofa, recipients: [moit.card], items: broken, now: NOW }, target),
    ).toThrow();
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const file = fresh();
    const { manifest } = sealPackageToFile(
      { sender: mofa, recipients: [moit.card], items: largeItems(), now: NOW },
      file,
    );
    expect(manifest.items[0]!.sha256).toBe(sha(big));
    openPackageFile(file, ctx, tempRoot()).dispose();
  });
});
