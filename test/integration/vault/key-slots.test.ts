// Key slots with the real KDF cost (64 MiB, t = 3): passphrase, recovery key, change of
// passphrase. Each Argon2 derivation takes ~0.3 s, so this file keeps their number small.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { vaultFactory, keysPathOf } from '../../../electron/services/vault';
import { failureCode, failureOf, ORG, PASS, snapshot, tempDir, weakFactory } from './helpers';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('key slots', () => {
  it('stores the passphrase slot with Argon2id ≥ 64 MiB, t = 3 and private files', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kho.bdvault');
    const { vault, recoveryKey } = await vaultFactory.create(file, PASS, ORG);
    vault.close();
    const keys = JSON.parse(fs.readFileSync(keysPathOf(file), 'utf8'));
    const slot = keys.slots.find((s: { kind: string }) => s.kind === 'passphrase');
    expect(slot.kdf.name).toBe('argon2id');
    expect(slot.kdf.memoryKiB).toBeGreaterThanOrEqual(65536);
    expect(slot.kdf.iterations).toBeGreaterThanOrEqual(3);
    expect(slot.kdf.parallelism).toBe(1);
    expect(Buffer.from(slot.kdf.salt, 'base64')).toHaveLength(16);
    expect(keys.slots.map((s: { kind: string }) => s.kind).sort()).toEqual([
      'passphrase',
      'recovery',
    ]);
    // The recovery key is printed as 8 groups of 4 Crockford characters, never stored.
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    expect(fs.readFileSync(keysPathOf(file), 'utf8')).not.toContain(recoveryKey.replace(/-/g, ''));
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(keysPathOf(file)).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses a wrong passphrase without touching any file, then opens with the right one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kho.bdvault');
    const { vault } = await vaultFactory.create(file, PASS, ORG);
    vault.meetings.list({});
    vault.close();
    const before = snapshot(dir);
    const failure = await failureOf(() => vaultFactory.open(file, { passphrase: 'mật khẩu sai' }));
    expect(failure.error.code).toBe('wrong-passphrase');
    expect(failure.error.message.vi).toContain('Mật khẩu không đúng');
    expect(snapshot(dir)).toEqual(before);
    const reopened = await vaultFactory.open(file, { passphrase: PASS });
    expect(reopened.organisation).toBe(ORG);
    reopened.close();
  });

  it('treats the passphrase as NFC: typed decomposed, it still opens', async () => {
    const file = path.join(tempDir(), 'kho.bdvault');
    const { vault } = await weakFactory.create(file, PASS, ORG);
    vault.close();
    const reopened = await weakFactory.open(file, { passphrase: PASS.normalize('NFD') });
    reopened.close();
  });

  it('opens with the recovery key however it is typed, and refuses a wrong or malformed one', async () => {
    const file = path.join(tempDir(), 'kho.bdvault');
    const { vault, recoveryKey } = await weakFactory.create(file, PASS, ORG);
    const saved = vault.meetings.list({});
    vault.close();
    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `;
    const reopened = await weakFactory.open(file, { recoveryKey: typed });
    expect(reopened.meetings.list({})).toEqual(saved);
    reopened.close();
    const other = recoveryKey.startsWith('0')
      ? `1${recoveryKey.slice(1)}`
      : `0${recoveryKey.slice(1)}`;
    expect(await failureCode(() => weakFactory.open(file, { recoveryKey: other }))).toBe(
      'wrong-passphrase',
    );
    expect(await failureCode(() => weakFactory.open(file, { recoveryKey: 'ABCD-EFGH' }))).toBe(
      'invalid-input',
    );
  });

  it('changes the passphrase by rewriting one slot: old fails, new and recovery work, database untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'kho.bdvault');
    const { vault, recoveryKey } = await vaultFactory.create(file, PASS, ORG);
    vault.close();
    const dbBefore = sha(file);
    const keysBefore = JSON.parse(fs.readFileSync(keysPathOf(file), 'utf8'));

    const open = await vaultFactory.open(file, { passphrase: PASS });
    expect(await failureCode(() => open.changePassphrase('không phải mật khẩu', 'mới'))).toBe(
      'wrong-passphrase',
    );
    await open.changePassphrase(PASS, 'mật khẩu mới 2026');
    open.close();

    expect(sha(file)).toBe(dbBefore);
    const keysAfter = JSON.parse(fs.readFileSync(keysPathOf(file), 'utf8'));
    const byKind = (k: { slots: { kind: string }[] }, kind: string) =>
      k.slots.find((s) => s.kind === kind);
    expect(byKind(keysAfter, 'recovery')).toEqual(byKind(keysBefore, 'recovery'));
    expect(byKind(keysAfter, 'passphrase')).not.toEqual(byKind(keysBefore, 'passphrase'));

    expect(await failureCode(() => vaultFactory.open(file, { passphrase: PASS }))).toBe(
      'wrong-passphrase',
    );
    (await vaultFactory.open(file, { passphrase: 'mật khẩu mới 2026' })).close();
    (await vaultFactory.open(file, { recoveryKey })).close();
  });

  it('adds and removes a keychain slot whose blob the platform unwraps', async () => {
    const file = path.join(tempDir(), 'kho.bdvault');
    const { vault } = await weakFactory.create(file, PASS, ORG);
    // A stand-in for safeStorage: XOR with a fixed pad (reversible, not the identity).
    const pad = Buffer.alloc(32, 0x5a);
    const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ (pad[i] ?? 0)));
    expect(vault.hasKeychainSlot).toBe(false);
    vault.setKeychainSlot(xor);
    expect(vault.hasKeychainSlot).toBe(true);
    vault.close();
    const viaKeychain = await weakFactory.open(file, { keychain: xor });
    expect(viaKeychain.hasKeychainSlot).toBe(true);
    expect(await failureCode(() => weakFactory.open(file, { keychain: (b) => b }))).toBe(
      'wrong-passphrase',
    );
    viaKeychain.setKeychainSlot(null);
    viaKeychain.close();
    expect(await failureCode(() => weakFactory.open(file, { keychain: xor }))).toBe('unsupported');
  });
});
