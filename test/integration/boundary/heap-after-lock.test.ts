// Issue 11, "secrets leave on lock": after the vault is used (unlock, records, the exchange
// identity) and locked, a heap snapshot of the process holds neither the database key (hex or
// raw), nor the passphrase, nor the organisation's age secret. The test never keeps those as
// JS strings itself: it makes them inside a function and keeps only byte needles.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import {
  keysPathOf,
  readKeysFile,
  unwrapDek,
} from '../../../electron/services/vault/storage/key-slots';
import { ORG, tempDir, testDesk } from '../handlers/helpers';

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/** The lowercase hex of bytes, as bytes: no JS string of the key is ever made. */
function hexBytes(raw: Buffer, upper = false): Buffer {
  const out = Buffer.alloc(raw.length * 2);
  for (let i = 0; i < raw.length; i++) {
    out[2 * i] = HEX[raw[i]! >> 4]!;
    out[2 * i + 1] = HEX[raw[i]! & 15]!;
  }
  return upper ? Buffer.from(out.map((c) => (c >= 97 ? c - 32 : c))) : out;
}

interface Needles {
  passphrase: Buffer;
  dek: Buffer;
  ageSecret: Buffer;
}

/** Uses a vault through the handlers and locks it; only byte copies of the secrets come back. */
async function useAndLock(dir: string): Promise<Needles> {
  const desk = testDesk();
  // Random words: no literal of the passphrase exists anywhere in the sources.
  const words = Array.from({ length: 5 }, () => randomBytes(6).toString('hex'));
  const passphrase = words.join(' ');
  const file = path.join(dir, 'kho.bdvault');
  await desk.ok('vault.create', {
    file: desk.session.files.mint('create-vault', file),
    passphrase,
    organisation: ORG,
  });
  desk.session.lock();
  await desk.ok('vault.unlock', { file: desk.session.files.mint('open-vault', file), passphrase });
  await desk.ok('sample.create', {});
  await desk.ok('meetings.list', {});
  await desk.ok('identity.card', {});
  await desk.ok('vault.lock', {});

  const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase });
  const db = openKeyed(file, dek, { readonly: true });
  const row = db.prepare('SELECT secrets FROM org_identity').get() as { secrets: string };
  db.close();
  const ageSecret = Buffer.from(
    (JSON.parse(row.secrets) as { ageIdentity: string }).ageIdentity,
    'utf8',
  );
  desk.session.dispose();
  return { passphrase: Buffer.from(passphrase, 'utf8'), dek, ageSecret };
}

describe('after lock', () => {
  it('the heap holds no key, passphrase or organisation secret', async () => {
    const dir = tempDir('bd-heap-');
    const needles = await useAndLock(dir);
    const snapshotFile = path.join(dir, 'after-lock.heapsnapshot');
    v8.writeHeapSnapshot(snapshotFile);
    const heap = fs.readFileSync(snapshotFile);
    fs.rmSync(snapshotFile);
    const found = {
      passphrase: heap.includes(needles.passphrase),
      dekHex: heap.includes(hexBytes(needles.dek)),
      dekHexUpper: heap.includes(hexBytes(needles.dek, true)),
      dekRaw: heap.includes(needles.dek),
      ageSecret: heap.includes(needles.ageSecret),
    };
    // The scan can find what it looks for: the age secret's well-known prefix is in the code.
    expect(heap.includes(Buffer.from('AGE-SECRET-KEY-1'))).toBe(true);
    expect(found).toEqual({
      passphrase: false,
      dekHex: false,
      dekHexUpper: false,
      dekRaw: false,
      ageSecret: false,
    });
    needles.dek.fill(0);
  });
});
