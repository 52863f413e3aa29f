// security.md test 5b: a read-only folder gives a clear, bilingual `read-only` failure —
// creating a vault there, opening one, saving, backing up into it — and nothing committed is
// lost or changed. The folder is made read-only for real (read-only bind mount as root,
// else chmod for a normal user, else chattr +i); see mounts.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vaultIntegrityOk, type OpenVault } from '../../../electron/services/vault';
import { AppFailure } from '../../../shared/result';
import { killMidLoop } from './fixtures/kill-loop';
import { meetingSave } from './fixtures/records';
import { makeReadOnly } from './mounts';
import {
  expectBilingual,
  failureOf,
  newVault,
  ORG,
  PASS,
  snapshot,
  tempDir,
  weakFactory,
} from './support';

/** Probes once whether any way of making a folder read-only works here. */
const probe = (() => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'f'), 'x');
  const made = makeReadOnly(dir);
  if ('reason' in made) return { how: null, reason: made.reason };
  made.undo();
  return { how: made.how, reason: null };
})();

function readOnly(dir: string): { how: string; undo: () => void } {
  const made = makeReadOnly(dir);
  if ('reason' in made) throw new Error(made.reason);
  return made;
}

/**
 * What a user meets using a vault in a read-only folder: the vault either refuses to open, or
 * opens (SQLite falls back to reading) and refuses the save. Either way: 'read-only'.
 */
async function openOrSaveFailure(
  file: string,
  check: (vault: OpenVault) => void,
): Promise<AppFailure> {
  let vault: OpenVault;
  try {
    vault = await weakFactory.open(file, { passphrase: PASS });
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  try {
    check(vault);
    return await failureOf(() => vault.meetings.save(meetingSave({ title: 'Không thể lưu' })));
  } finally {
    vault.close();
  }
}

describe.skipIf(probe.how === null)(
  `read-only folder (${probe.how ?? `skipped: ${probe.reason}`})`,
  () => {
    it('opening or saving a vault there fails with read-only; nothing changes; all is there once writable again', async () => {
      const dir = tempDir();
      // A vault closed cleanly (no WAL) and one whose writer was killed (commits in its WAL).
      const clean = await newVault(dir, 'sach.bdvault');
      const cleanIds = [
        clean.vault.meetings.save(meetingSave()).id,
        clean.vault.meetings.save(meetingSave()).id,
      ];
      clean.vault.close();
      const walled = await newVault(dir, 'wal.bdvault');
      walled.vault.close();
      const { ledger, inFlight } = await killMidLoop(walled.file, walled.recoveryKey);
      expect(fs.statSync(`${walled.file}-wal`).size).toBeGreaterThan(0);
      const before = snapshot(dir);
      const { undo } = readOnly(dir);

      const onClean = await openOrSaveFailure(clean.file, (v) =>
        expect(v.meetings.list({})).toHaveLength(2),
      );
      expect(onClean.error.code).toBe('read-only');
      expectBilingual(onClean);
      const onWal = await openOrSaveFailure(walled.file, (v) => {
        if (inFlight) ledger.settle(v, inFlight);
        expect(ledger.check(v)).toEqual([]); // the killed writer's commits are readable
      });
      expect(onWal.error.code).toBe('read-only');
      expectBilingual(onWal);
      const create = await failureOf(() =>
        weakFactory.create(path.join(dir, 'moi.bdvault'), PASS, ORG),
      );
      expect(create.error.code).toBe('read-only');
      expectBilingual(create);
      expect(snapshot(dir)).toEqual(before);

      undo(); // writable again
      const a = await weakFactory.open(clean.file, { passphrase: PASS });
      expect(cleanIds.map((id) => a.meetings.get(id).id)).toEqual(cleanIds);
      expect(vaultIntegrityOk(a)).toBe(true);
      a.close();
      const b = await weakFactory.open(walled.file, { recoveryKey: walled.recoveryKey });
      if (inFlight) expect(ledger.settle(b, inFlight).problems).toEqual([]);
      expect(ledger.check(b)).toEqual([]);
      expect(vaultIntegrityOk(b)).toBe(true);
      b.close();
    });

    it('a backup into a read-only folder fails with read-only and the vault is unaffected', async () => {
      const { file, vault } = await newVault();
      const ids = [vault.meetings.save(meetingSave()).id];
      const target = tempDir();
      readOnly(target);
      const f = await failureOf(() => vault.backup(path.join(target, 'sao-luu.bdvault')));
      expect(f.error.code).toBe('read-only');
      expectBilingual(f);
      expect(fs.readdirSync(target)).toEqual([]);
      ids.push(vault.meetings.save(meetingSave()).id);
      vault.close();
      const reopened = await weakFactory.open(file, { passphrase: PASS });
      expect(
        reopened.meetings
          .list({})
          .map((m) => m.id)
          .sort(),
      ).toEqual([...ids].sort());
      reopened.close();
    });
  },
);
