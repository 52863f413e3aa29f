// The outer layer of a package is standard age v1: Debian's `age` CLI decrypts what we
// encrypt and we decrypt what it encrypts, across the chunk boundaries (0 B, 64 KiB ± 1,
// 10 MB) and with 1, 2 and 10 recipients, with keys made by either side.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decryptAge,
  encryptAge,
  generateAgeIdentity,
  recipientOf,
} from '../../../electron/services/exchange/age/age';
import { sealPackage } from '../../../electron/services/exchange/package';
import { NOW, ministry } from './helpers';

const AGE = '/usr/bin/age';
const hasAge = fs.existsSync(AGE) && fs.existsSync('/usr/bin/age-keygen');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-age-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cliKey(): { identity: string; recipient: string } {
  const out = spawnSync('/usr/bin/age-keygen', [], { encoding: 'utf8' });
  const identity = /^AGE-SECRET-KEY-1[0-9A-Z]+$/m.exec(out.stdout)![0];
  const recipient = /public key: (age1[0-9a-z]+)/.exec(out.stdout + out.stderr)![1]!;
  return { identity, recipient };
}

function cliDecrypt(cipher: Buffer, identity: string): Buffer {
  const keyFile = path.join(dir, `k-${randomBytes(4).toString('hex')}.txt`);
  fs.writeFileSync(keyFile, `${identity}\n`, { mode: 0o600 });
  const r = spawnSync(AGE, ['-d', '-i', keyFile], { input: cipher, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`age -d failed: ${r.stderr.toString()}`);
  return r.stdout;
}

function cliEncrypt(plain: Buffer, recipients: string[]): Buffer {
  const r = spawnSync(
    AGE,
    recipients.flatMap((x) => ['-r', x]),
    { input: plain, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`age -e failed: ${r.stderr.toString()}`);
  return r.stdout;
}

const SIZES = [0, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 10 * 1000 * 1000];

describe.skipIf(!hasAge)(
  hasAge
    ? 'age interop with the age CLI'
    : 'age interop — SKIPPED: /usr/bin/age is not installed (scripts/install-system-deps.sh installs it)',
  () => {
    it.each(SIZES)('the CLI decrypts what we encrypt, %i bytes', (size) => {
      const plain = randomBytes(size);
      const ours = generateAgeIdentity();
      const theirs = cliKey();
      const cipher = encryptAge(plain, [ours.recipient, theirs.recipient]);
      expect(cliDecrypt(cipher, theirs.identity).equals(plain)).toBe(true);
      expect(cliDecrypt(cipher, ours.identity).equals(plain)).toBe(true);
    });

    it.each(SIZES)('we decrypt what the CLI encrypts, %i bytes', (size) => {
      const plain = randomBytes(size);
      const ours = generateAgeIdentity();
      const cipher = cliEncrypt(plain, [ours.recipient]);
      expect(decryptAge(cipher, ours.identity).equals(plain)).toBe(true);
    });

    it.each([1, 2, 10])('every one of %i recipients opens it, both ways', (n) => {
      const plain = randomBytes(70_000);
      const keys = Array.from({ length: n }, (_, i) =>
        i % 2 === 0 ? generateAgeIdentity() : cliKey(),
      );
      const ours = encryptAge(
        plain,
        keys.map((k) => k.recipient),
      );
      const cli = cliEncrypt(
        plain,
        keys.map((k) => k.recipient),
      );
      for (const k of keys) {
        expect(cliDecrypt(ours, k.identity).equals(plain)).toBe(true);
        expect(decryptAge(cli, k.identity).equals(plain)).toBe(true);
      }
    });

    it('the age CLI opens the outer layer of a sealed package with the recipient’s key', () => {
      const sender = ministry('Bộ Ngoại giao');
      const recipient = ministry('Bộ Công Thương');
      const { bytes } = sealPackage({ sender, recipients: [recipient.card], items: [], now: NOW });
      const inner = cliDecrypt(bytes, recipient.secrets.ageIdentity);
      expect(inner.subarray(0, 4).toString('latin1')).toBe('BDPK');
    });

    it('reads keys made by age-keygen and derives the same recipient', () => {
      const k = cliKey();
      expect(recipientOf(k.identity)).toBe(k.recipient);
    });
  },
);

describe('age refusals', () => {
  const plain = Buffer.from('Thông báo kết luận — nội dung thử', 'utf8');
  const a = generateAgeIdentity();
  const b = generateAgeIdentity();
  const cipher = encryptAge(plain, [a.recipient]);

  it("someone else's identity: not for me", () => {
    expect(() => decryptAge(cipher, b.identity)).toThrow(
      expect.objectContaining({ error: expect.objectContaining({ code: 'package-not-for-me' }) }),
    );
  });

  it('any truncation is corrupt', () => {
    for (const cut of [0, 10, 40, cipher.length - 1, cipher.length - 17]) {
      expect(() => decryptAge(cipher.subarray(0, cut), a.identity)).toThrow();
    }
  });

  it('a flipped bit in the payload or the header MAC is corrupt, not garbage', () => {
    for (const at of [cipher.length - 1, cipher.length - 20, cipher.indexOf('---') + 6]) {
      const bad = Buffer.from(cipher);
      bad[at]! ^= 1;
      expect(() => decryptAge(bad, a.identity)).toThrow(
        expect.objectContaining({ error: expect.objectContaining({ code: 'package-corrupt' }) }),
      );
    }
  });
});
