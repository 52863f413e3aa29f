// Create, lock, reopen; the safety pragmas on every open; what happens with files that are
// missing, foreign or damaged.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import {
  keysPathOf,
  LATEST_SCHEMA_VERSION,
  pragmaProblems,
  vaultPragmas,
} from '../../../electron/services/vault';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import { readKeysFile, unwrapDek } from '../../../electron/services/vault/storage/key-slots';
import {
  failureCode,
  failureOf,
  meeting,
  newVault,
  ORG,
  PASS,
  snapshot,
  tempDir,
  weakFactory,
} from './helpers';

describe('vault lifecycle', () => {
  it('creates, locks and reopens with the data intact', async () => {
    const { file, vault } = await newVault();
    expect(vault.organisation).toBe(ORG);
    expect(vault.path).toBe(file);
    const saved = vault.meetings.save(meeting());
    vault.close();
    const reopened = await weakFactory.open(file, { passphrase: PASS });
    expect(reopened.meetings.get(saved.id)).toEqual(saved);
    reopened.close();
  });

  it('after close every call is refused as locked, and close can be repeated', async () => {
    const { vault } = await newVault();
    const saved = vault.meetings.save(meeting());
    vault.close();
    vault.close();
    expect(await failureCode(() => vault.meetings.get(saved.id))).toBe('locked');
    expect(await failureCode(() => vault.meetings.list({}))).toBe('locked');
    expect(await failureCode(() => vault.search('hoi', 10))).toBe('locked');
    expect(await failureCode(() => vault.transaction(() => 1))).toBe('locked');
    expect(await failureCode(() => vault.backup('/tmp/x.bdvault'))).toBe('locked');
    expect(await failureCode(() => vault.changePassphrase(PASS, 'x'))).toBe('locked');
    expect(await failureCode(() => vaultPragmas(vault))).toBe('locked');
  });

  it('asserts WAL, synchronous FULL, temp_store MEMORY, foreign keys and AEGIS on reopen of a WAL vault', async () => {
    const { file, vault } = await newVault();
    vault.meetings.save(meeting());
    vault.close();
    // The file on disk is a WAL database (header bytes 18/19 = 2) and not plaintext SQLite.
    const header = fs.readFileSync(file).subarray(0, 100);
    expect(header.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // Without the key the file is unreadable.
    const raw = new Database(file);
    expect(() => raw.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
    raw.close();
    // With the key but no pragmas, this build reopens a WAL vault with synchronous=NORMAL:
    // the reason the vault sets and asserts FULL on every open.
    const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase: PASS });
    const keyed = openKeyed(file, dek);
    expect(keyed.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(keyed.pragma('synchronous', { simple: true })).toBe(1);
    keyed.close();
    const reopened = await weakFactory.open(file, { passphrase: PASS });
    expect(vaultPragmas(reopened)).toEqual({
      cipher: 'aegis',
      journalMode: 'wal',
      synchronous: 2,
      tempStore: 2,
      foreignKeys: 1,
      userVersion: LATEST_SCHEMA_VERSION,
    });
    reopened.close();
  });

  it('names each pragma that is not as required', () => {
    const good = {
      cipher: 'aegis',
      journalMode: 'wal',
      synchronous: 2,
      tempStore: 2,
      foreignKeys: 1,
      userVersion: 1,
    };
    expect(pragmaProblems(good)).toEqual([]);
    expect(pragmaProblems({ ...good, synchronous: 1, tempStore: 0 })).toEqual([
      'synchronous=1',
      'temp_store=0',
    ]);
    expect(
      pragmaProblems({ ...good, cipher: 'chacha20', journalMode: 'delete', foreignKeys: 0 }),
    ).toHaveLength(3);
  });

  it('refuses to create over an existing vault or in a missing folder', async () => {
    const { file, vault } = await newVault();
    vault.close();
    expect(await failureCode(() => weakFactory.create(file, PASS, ORG))).toBe('vault-exists');
    expect(
      await failureCode(() =>
        weakFactory.create(path.join(tempDir(), 'no', 'such.bdvault'), PASS, ORG),
      ),
    ).toBe('io');
  });

  it('gives one "cannot open" answer before the key: no oracle between a missing file and missing keys', async () => {
    const dir = tempDir();
    const missing = await failureOf(() =>
      weakFactory.open(path.join(dir, 'none.bdvault'), { passphrase: PASS }),
    );
    const { file, vault } = await newVault();
    vault.close();
    fs.rmSync(keysPathOf(file));
    const noKeys = await failureOf(() => weakFactory.open(file, { passphrase: PASS }));
    const folder = await failureOf(() => weakFactory.open(dir, { passphrase: PASS }));
    expect(missing.error.code).toBe('cannot-open');
    // The very same answer, word for word, whatever was wrong.
    expect(noKeys.error).toEqual(missing.error);
    expect(folder.error).toEqual(missing.error);
    expect(missing.error.message.vi).toContain('Không mở được kho');
    expect(missing.error.message.en).toContain('.keys');
  });

  it('refuses files that are not its vaults, without modifying them', async () => {
    const { file, vault } = await newVault();
    vault.close();
    const dir = path.dirname(file);
    const keys = fs.readFileSync(keysPathOf(file));

    const plain = path.join(dir, 'plain.bdvault');
    const db = new Database(plain);
    db.exec('CREATE TABLE t (x)');
    db.close();
    fs.writeFileSync(keysPathOf(plain), keys);

    const random = path.join(dir, 'random.bdvault');
    fs.writeFileSync(random, randomBytes(8192));
    fs.writeFileSync(keysPathOf(random), keys);

    // A real vault, but beside it the keys file of another vault with the same passphrase.
    const { file: other, vault: otherVault } = await newVault('other.bdvault');
    otherVault.close();
    fs.copyFileSync(keysPathOf(other), keysPathOf(file));

    const garbledKeys = path.join(dir, 'garbled.bdvault');
    fs.copyFileSync(other, garbledKeys);
    fs.writeFileSync(
      keysPathOf(garbledKeys),
      '{"format": "briefing-desk-vault-keys", "version": 1, "slots": 7}',
    );

    const before = snapshot(dir);
    // Refused before the key (plain SQLite, a damaged keys file): the one 'cannot-open'
    // answer; after the key (random pages, another vault's keys): 'vault-corrupt'.
    const codes = [];
    for (const f of [plain, random, file, garbledKeys]) {
      codes.push(await failureCode(() => weakFactory.open(f, { passphrase: PASS })));
    }
    expect(codes).toEqual(['cannot-open', 'vault-corrupt', 'vault-corrupt', 'cannot-open']);
    expect(snapshot(dir)).toEqual(before);
  });
});
