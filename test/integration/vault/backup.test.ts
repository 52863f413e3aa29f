// Backup and restore: the copy is encrypted with the same key (no plaintext, unreadable
// without the key), opens with the same passphrase, and restore never overwrites a vault.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { keysPathOf } from '../../../electron/services/vault';
import {
  directive,
  failureCode,
  meeting,
  newVault,
  PASS,
  snapshot,
  tempDir,
  weakFactory,
} from './helpers';

describe('backup and restore', () => {
  it('writes an encrypted backup that opens with the passphrase and the recovery key', async () => {
    const { vault, recoveryKey } = await newVault();
    const canary = `CANARY${randomBytes(8).toString('hex').toUpperCase()}`;
    const m = vault.meetings.save(meeting({ summary: `Nội dung mật ${canary}` }));
    vault.directives.save(directive({ meetingId: m.id }));
    const out = path.join(tempDir(), 'sao-luu.bdvault');
    const result = vault.backup(out);
    expect(result).toEqual({ path: out, bytes: fs.statSync(out).size });
    expect(result.bytes).toBeGreaterThan(0);
    // Still usable after the backup.
    vault.meetings.save(meeting({ title: 'Sau sao lưu' }));
    vault.close();

    const bytes = fs.readFileSync(out);
    expect(bytes.includes(canary)).toBe(false);
    expect(bytes.includes(canary.toLowerCase())).toBe(false);
    expect(bytes.includes('Nội dung mật')).toBe(false);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // No temp file left beside it; only the backup and its keys.
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual([
      'sao-luu.bdvault',
      'sao-luu.bdvault.keys',
    ]);
    if (process.platform !== 'win32') expect(fs.statSync(out).mode & 0o777).toBe(0o600);

    const plain = new Database(out, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM meetings').all()).toThrow(/not a database/);
    plain.close();

    const fromBackup = await weakFactory.open(out, { passphrase: PASS });
    expect(fromBackup.meetings.get(m.id).summary).toContain(canary);
    expect(fromBackup.meetings.list({}).map((s) => s.title)).toEqual([m.title]);
    fromBackup.close();
    (await weakFactory.open(out, { recoveryKey })).close();
  });

  it('restores a backup beside, checked with the secret, and never over an existing vault', async () => {
    const { file, vault } = await newVault();
    const m = vault.meetings.save(meeting());
    const backupDir = tempDir();
    const out = path.join(backupDir, 'b.bdvault');
    vault.backup(out);
    vault.close();

    const target = path.join(tempDir(), 'khoi-phuc.bdvault');
    expect(await failureCode(() => weakFactory.restore(out, target, { passphrase: 'sai' }))).toBe(
      'wrong-passphrase',
    );
    expect(fs.existsSync(target)).toBe(false);
    expect(await weakFactory.restore(out, target, { passphrase: PASS })).toEqual({ path: target });
    const restored = await weakFactory.open(target, { passphrase: PASS });
    expect(restored.meetings.get(m.id)).toEqual(m);
    restored.close();

    const before = snapshot(path.dirname(file));
    expect(await failureCode(() => weakFactory.restore(out, file, { passphrase: PASS }))).toBe(
      'vault-exists',
    );
    expect(await failureCode(() => weakFactory.restore(out, target, { passphrase: PASS }))).toBe(
      'vault-exists',
    );
    expect(snapshot(path.dirname(file))).toEqual(before);
  });

  it('refuses to restore what is not a backup', async () => {
    const dir = tempDir();
    const target = path.join(tempDir(), 'x.bdvault');
    expect(
      await failureCode(() =>
        weakFactory.restore(path.join(dir, 'none.bdvault'), target, { passphrase: PASS }),
      ),
    ).toBe('vault-not-found');
    const lone = path.join(dir, 'lone.bdvault');
    fs.writeFileSync(lone, randomBytes(4096));
    expect(await failureCode(() => weakFactory.restore(lone, target, { passphrase: PASS }))).toBe(
      'vault-corrupt',
    );
    const plain = path.join(dir, 'plain.bdvault');
    const db = new Database(plain);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const { file, vault } = await newVault();
    vault.close();
    fs.copyFileSync(keysPathOf(file), keysPathOf(plain));
    expect(await failureCode(() => weakFactory.restore(plain, target, { passphrase: PASS }))).toBe(
      'vault-corrupt',
    );
    // Random pages with a valid keys file pass the structural check but not the keyed one.
    fs.copyFileSync(keysPathOf(file), keysPathOf(lone));
    expect(await failureCode(() => weakFactory.restore(lone, target, { passphrase: PASS }))).toBe(
      'vault-corrupt',
    );
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it('refuses to back up onto the vault itself', async () => {
    const { file, vault } = await newVault();
    expect(await failureCode(() => vault.backup(file))).toBe('invalid-input');
    expect(await failureCode(() => vault.backup(keysPathOf(file)))).toBe('invalid-input');
    vault.close();
  });
});
