// security.md test 5a: a full disk gives a clear, bilingual failure and loses nothing that
// was committed. On a real small tmpfs (filled to the last byte) where mounting is allowed,
// and, everywhere, in a writer process whose file-size limit is reached (EFBIG).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  pragmaProblems,
  vaultIntegrityOk,
  vaultPragmas,
  type OpenVault,
} from '../../../electron/services/vault';
import { Ledger, parseWriterLines, runWriter } from './fixtures/kill-loop';
import { directiveSave, meetingSave } from './fixtures/records';
import { fillDisk, smallDisk, tmpfsProblem } from './mounts';
import { expectBilingual, failureOf, newVault, ORG, PASS, tempDir, weakFactory } from './support';

const DISK = 4 * 1024 * 1024;
const noTmpfs = tmpfsProblem();

function disk(): string {
  const made = smallDisk(DISK);
  if ('reason' in made) throw new Error(made.reason);
  return made.dir;
}

/** Saves meetings (each with a directive) until one fails; returns the ids saved and the failure. */
function saveUntilFull(vault: OpenVault, saved: string[]) {
  for (let i = 0; i < 200; i++) {
    try {
      const m = vault.transaction(() => {
        const m = vault.meetings.save(meetingSave({ summary: `Biên bản ${i} `.repeat(400) }));
        vault.directives.save(directiveSave({ meetingId: m.id }));
        return m;
      });
      saved.push(m.id);
    } catch (e) {
      return e;
    }
  }
  throw new Error('the disk never filled up');
}

async function expectAllThere(file: string, ids: string[]) {
  const vault = await weakFactory.open(file, { passphrase: PASS });
  try {
    expect(ids.filter((id) => vault.meetings.get(id).id !== id)).toEqual([]);
    expect(vault.meetings.list({})).toHaveLength(ids.length);
    expect(vaultIntegrityOk(vault)).toBe(true);
    expect(pragmaProblems(vaultPragmas(vault))).toEqual([]);
  } finally {
    vault.close();
  }
}

describe.skipIf(noTmpfs !== null)(
  `disk full on a ${DISK / 1024 / 1024} MiB tmpfs${noTmpfs ? ` — skipped: ${noTmpfs}` : ''}`,
  () => {
    it('a save fails with disk-full, saved records stay readable, and after freeing space it saves and reopens intact', async () => {
      const { file, vault } = await newVault(disk());
      const saved: string[] = [];
      for (let i = 0; i < 10; i++) saved.push(vault.meetings.save(meetingSave()).id);
      const filler = fillDisk(path.dirname(file));
      const f = await failureOf(() => {
        throw saveUntilFull(vault, saved);
      });
      expect(f.error.code).toBe('disk-full');
      expectBilingual(f);
      expect(saved.filter((id) => vault.meetings.get(id).id !== id)).toEqual([]);
      expect(vault.meetings.list({})).toHaveLength(saved.length); // the failed save left nothing behind
      fs.rmSync(filler);
      saved.push(vault.meetings.save(meetingSave({ title: 'Sau khi giải phóng dung lượng' })).id);
      vault.close();
      await expectAllThere(file, saved);
    });

    it('filling up while writing and then locking (the checkpoint cannot run) loses nothing', async () => {
      const { file, vault } = await newVault(disk());
      const saved: string[] = [];
      const e = saveUntilFull(vault, saved); // the WAL itself fills the disk
      expect(e).toMatchObject({ error: { code: 'disk-full' } });
      expect(saved.length).toBeGreaterThan(0);
      const filler = fillDisk(path.dirname(file));
      vault.close(); // no room to checkpoint: the commits stay in the WAL
      fs.rmSync(filler);
      await expectAllThere(file, saved);
    });

    it('changing the passphrase on a full disk fails with disk-full and the old passphrase still opens', async () => {
      const { file, vault } = await newVault(disk());
      const id = vault.meetings.save(meetingSave()).id;
      const keysBefore = fs.readFileSync(`${file}.keys`);
      const filler = fillDisk(path.dirname(file));
      const f = await failureOf(() =>
        vault.changePassphrase(PASS, 'Mật khẩu mới cũng đủ dài 2026'),
      );
      expect(f.error.code).toBe('disk-full');
      expectBilingual(f);
      expect(fs.readFileSync(`${file}.keys`).equals(keysBefore)).toBe(true);
      expect(fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      vault.close();
      fs.rmSync(filler);
      await expectAllThere(file, [id]);
    });

    it('creating a vault on a full disk fails with disk-full and leaves no half-made vault', async () => {
      const dir = disk();
      const filler = fillDisk(dir);
      const file = path.join(dir, 'moi.bdvault');
      const f = await failureOf(() => weakFactory.create(file, PASS, ORG));
      expect(f.error.code).toBe('disk-full');
      expectBilingual(f);
      expect(fs.readdirSync(dir)).toEqual(['filler.bin']);
      fs.rmSync(filler);
      const { vault } = await weakFactory.create(file, PASS, ORG); // the name is free again
      vault.close();
    });

    it('a backup onto a full disk fails with disk-full, leaves no partial file, and the vault is unaffected', async () => {
      const { file, vault } = await newVault();
      const saved = Array.from(
        { length: 50 },
        () => vault.meetings.save(meetingSave({ summary: 'Nội dung '.repeat(500) })).id,
      );
      const target = disk();
      const filler = fillDisk(target);
      const f = await failureOf(() => vault.backup(path.join(target, 'sao-luu.bdvault')));
      expect(f.error.code).toBe('disk-full');
      expectBilingual(f);
      expect(fs.readdirSync(target)).toEqual(['filler.bin']);
      saved.push(vault.meetings.save(meetingSave()).id);
      vault.close();
      fs.rmSync(filler);
      await expectAllThere(file, saved);
    });
  },
);

/** prlimit (util-linux), else bash's ulimit (in KiB), to cap the size of any file the writer grows. */
function fileSizeLimit(bytes: number): string[] {
  try {
    execFileSync('prlimit', ['--version'], { stdio: 'ignore' });
    return ['prlimit', `--fsize=${bytes}`, '--'];
  } catch {
    return ['bash', '-c', `ulimit -f ${Math.floor(bytes / 1024)} && exec "$@"`, 'limited'];
  }
}

describe('file-size limit reached in a writer process (EFBIG, no privileges needed)', () => {
  it('the failing save is reported clearly, the writer goes on reading, and nothing committed is lost', async () => {
    const { file, vault, recoveryKey } = await newVault(tempDir());
    vault.close();
    // Node ignores SIGXFSZ, so the write that would pass the limit fails with EFBIG.
    const limit = fs.statSync(file).size + 1024 * 1024;
    const run = await runWriter(file, recoveryKey, 'fill', { wrap: fileSizeLimit(limit) });
    expect(run.code, run.stderr).toBe(0);
    const { groups, other } = parseWriterLines(run.lines);
    const failedLine = other.find((l) => l.startsWith('failed '));
    expect(failedLine, run.lines.slice(-3).join('\n')).toBeDefined();
    const error = JSON.parse((failedLine ?? '').slice('failed '.length)) as {
      code: string;
      message: { vi: string; en: string };
    };
    expect(['disk-full', 'io']).toContain(error.code);
    expect(error.message.vi).not.toBe(error.message.en);
    expect(other).toContain('read-ok');

    const ledger = new Ledger();
    const inFlight = ledger.record(groups);
    expect(ledger.committed.size).toBeGreaterThan(0);
    const reopened = await weakFactory.open(file, { passphrase: PASS });
    try {
      expect(ledger.check(reopened)).toEqual([]);
      // The save that failed is not there, not even in part.
      expect(inFlight && ledger.settle(reopened, inFlight)).toEqual({
        landed: false,
        problems: [],
      });
      expect(vaultIntegrityOk(reopened)).toBe(true);
    } finally {
      reopened.close();
    }
  });
});
