// security.md test 3: the safety pragmas hold on every open — create, passphrase, recovery
// key, a backup, a restored copy, and the WAL a killed writer left behind. The control shows
// why they are asserted: the same files opened with the key alone come up with
// synchronous=NORMAL and temp_store=DEFAULT (better-sqlite3 happens to turn foreign keys on).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  vaultIntegrityOk,
  vaultPragmas,
  type OpenVault,
} from '../../../electron/services/vault';
import { openKeyed, readPragmas } from '../../../electron/services/vault/storage/connection';
import { Ledger, parseWriterLines, runWriter } from './fixtures/kill-loop';
import { directiveSave, meetingSave } from './fixtures/records';
import { dekOf, newVault, PASS, tempDir, weakFactory } from './support';

const SAFE = {
  cipher: 'aegis',
  journalMode: 'wal',
  synchronous: 2, // FULL
  tempStore: 2, // MEMORY
  foreignKeys: 1,
  userVersion: LATEST_SCHEMA_VERSION,
};

const safeAndClosed = (vault: OpenVault) => {
  try {
    expect(vaultPragmas(vault)).toEqual(SAFE);
    expect(vaultIntegrityOk(vault)).toBe(true);
  } finally {
    vault.close();
  }
};

describe('safety pragmas on every open', () => {
  it('hold after create, passphrase unlock, recovery-key unlock, backup and restore', async () => {
    const { file, dir, vault, recoveryKey } = await newVault();
    expect(vaultPragmas(vault)).toEqual(SAFE);
    const m = vault.meetings.save(meetingSave());
    vault.directives.save(directiveSave({ meetingId: m.id }));
    const backup = vault.backup(path.join(tempDir(), 'sao-luu.bdvault')).path;
    vault.close();
    safeAndClosed(await weakFactory.open(file, { passphrase: PASS }));
    safeAndClosed(await weakFactory.open(file, { recoveryKey }));
    safeAndClosed(await weakFactory.open(backup, { passphrase: PASS }));
    const restored = await weakFactory.restore(backup, path.join(dir, 'khoi-phuc.bdvault'), {
      passphrase: PASS,
    });
    const reopened = await weakFactory.open(restored.path, { recoveryKey });
    expect(reopened.meetings.get(m.id).title).toBe(m.title);
    safeAndClosed(reopened);
  });

  it('hold on the reopen of a WAL left by a killed writer, which the key alone opens unsafely (control)', async () => {
    const { file, vault, recoveryKey } = await newVault();
    vault.meetings.save(meetingSave());
    vault.close();
    const run = await runWriter(file, recoveryKey, 'loop', { killAt: { after: 'ready', ms: 150 } });
    expect(run.signal).toBe('SIGKILL');
    const { groups, pragmas } = parseWriterLines(run.lines);
    expect(pragmas).toEqual(SAFE); // the writer's own open
    const ledger = new Ledger();
    const inFlight = ledger.record(groups);
    expect(ledger.committed.size).toBeGreaterThan(0);
    // The killed writer left its commits in the WAL, not yet in the database file.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    // Control, on a copy (opening recovers and checkpoints the WAL): key only, no settings.
    const copyDir = tempDir();
    for (const suffix of ['', '-wal', '-shm', '.keys'])
      fs.copyFileSync(`${file}${suffix}`, path.join(copyDir, `copy.bdvault${suffix}`));
    const dek = await dekOf(file, recoveryKey);
    const raw = openKeyed(path.join(copyDir, 'copy.bdvault'), dek);
    try {
      const p = readPragmas(raw);
      expect(p.journalMode).toBe('wal');
      expect(p.synchronous).not.toBe(2);
      expect(p.tempStore).not.toBe(2);
    } finally {
      raw.close();
      dek.fill(0);
    }

    const reopened = await weakFactory.open(file, { passphrase: PASS });
    if (inFlight) expect(ledger.settle(reopened, inFlight).problems).toEqual([]);
    expect(ledger.check(reopened)).toEqual([]);
    safeAndClosed(reopened);
  });
});
