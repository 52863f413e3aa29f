// The outer layer of a package is standard age v1: Debian's `age` CLI (1.1.1) decrypts what we
// encrypt and we decrypt what it encrypts, at every size of 0 B, 64 KiB − 1, 64 KiB,
// 64 KiB + 1 and 10 MB with 1, 2 and 10 recipients, each recipient opening it with its own
// key, keys made by either side (age-keygen's read by us, ours by age and age-keygen).
// Without /usr/bin/age the interop block is skipped with a message saying so; CI installs it.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
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
import { NOW, codeOf, ministry } from './helpers';

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

const K = 64 * 1024;
const SIZES = [0, K - 1, K, K + 1, 10 * 1000 * 1000];
const COUNTS = [1, 2, 10];
const MATRIX = SIZES.flatMap((size) => COUNTS.map((n) => [size, n] as const));
const payloads = new Map(SIZES.map((size) => [size, randomBytes(size)]));

/** n key pairs, alternately made by us and by age-keygen. */
const keysFor = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 === 0 ? generateAgeIdentity() : cliKey()));

/**
 * The payload of `size` bytes encrypted by one side to n keys, then decrypted by the other
 * side with each key: what both directions of the interop check. Returns the ciphertext.
 */
function expectEveryKeyOpens(
  size: number,
  n: number,
  encrypt: (plain: Buffer, recipients: string[]) => Buffer,
  decrypt: (cipher: Buffer, identity: string) => Buffer,
): Buffer {
  const plain = payloads.get(size)!;
  const keys = keysFor(n);
  const cipher = encrypt(
    plain,
    keys.map((k) => k.recipient),
  );
  for (const k of keys) expect(decrypt(cipher, k.identity).equals(plain)).toBe(true);
  return cipher;
}

describe.skipIf(!hasAge)(
  hasAge
    ? 'age interop with the age CLI'
    : 'age interop — SKIPPED: /usr/bin/age is not installed (scripts/install-system-deps.sh installs it)',
  () => {
    it.each(MATRIX)('the CLI decrypts what we encrypt: %i bytes, %i recipients', (size, n) => {
      expectEveryKeyOpens(size, n, encryptAge, cliDecrypt);
    });

    it.each(MATRIX)('we decrypt what the CLI encrypts: %i bytes, %i recipients', (size, n) => {
      const cipher = expectEveryKeyOpens(size, n, cliEncrypt, decryptAge);
      expect(codeOf(() => decryptAge(cipher, generateAgeIdentity().identity))).toBe(
        'package-not-for-me',
      );
    });

    it('the age CLI opens the outer layer of a sealed package with the recipient’s key', () => {
      const sender = ministry('Bộ Ngoại giao');
      const recipient = ministry('Bộ Công Thương');
      const { bytes } = sealPackage({
        sender,
        recipients: [recipient.card],
        items: [
          {
            item: { name: 'Biên bản', kind: 'meeting', recordId: randomUUID() },
            bytes: Buffer.from('{"title":"Phiên họp"}'),
          },
        ],
        now: NOW,
      });
      const inner = cliDecrypt(bytes, recipient.secrets.ageIdentity);
      expect(inner.subarray(0, 4).toString('latin1')).toBe('BDPK');
      expect(inner.equals(decryptAge(bytes, recipient.secrets.ageIdentity))).toBe(true);
      // The sender keeps a copy it can open too, with the CLI as well.
      expect(cliDecrypt(bytes, sender.secrets.ageIdentity).equals(inner)).toBe(true);
    });

    it('reads keys made by age-keygen and derives the same recipient', () => {
      const k = cliKey();
      expect(recipientOf(k.identity)).toBe(k.recipient);
    });

    it('age-keygen derives our recipient from our identity', () => {
      const ours = generateAgeIdentity();
      const keyFile = path.join(dir, `y-${randomBytes(4).toString('hex')}.txt`);
      fs.writeFileSync(keyFile, `${ours.identity}\n`, { mode: 0o600 });
      const r = spawnSync('/usr/bin/age-keygen', ['-y', keyFile], { encoding: 'utf8' });
      expect(r.stdout.trim()).toBe(ours.recipient);
    });

    it('an ASCII-armored file (age -a) is refused as corrupt: packages are binary', () => {
      const ours = generateAgeIdentity();
      const r = spawnSync(AGE, ['-a', '-r', ours.recipient], { input: Buffer.from('x') });
      expect(r.stdout.toString('latin1')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
      expect(codeOf(() => decryptAge(r.stdout, ours.identity))).toBe('package-corrupt');
    });
  },
);
