// security.md test 2: a random canary (and a random number) written into 10,000 records,
// searched for, listed, updated and backed up, appears in no byte of the vault, its WAL, SHM
// and keys file, the backup, or any file this process created in a temp folder — in UTF-8,
// UTF-16LE or folded form; SQLite creates no temp file at all (temp_store=MEMORY); and the
// database key, passphrase and recovery key appear in no file, file name or log line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldForSearch } from '../../../shared/text';
import { directiveSave, indicatorSave, meetingSave, observationSave } from './fixtures/records';
import { dekOf, encodings, filesUnder, hitsIn, newVault, PASS, tempDir } from './support';

/** Where SQLite (unix VFS) and Node put temp files: SQLITE_TMPDIR, TMPDIR, /var/tmp, /usr/tmp, /tmp. */
const TEMP_DIRS = [
  ...new Set(
    [process.env.SQLITE_TMPDIR, process.env.TMPDIR, '/var/tmp', '/usr/tmp', '/tmp', os.tmpdir()]
      .filter((d): d is string => !!d && fs.existsSync(d))
      .map((d) => fs.realpathSync(d)),
  ),
];

/**
 * Names created in the temp folders while it runs. SQLite unlinks its temp files right after
 * creating them, so only inotify (fs.watch) sees them; flush() waits until a marker file's
 * event arrives, after which every earlier event has been delivered (inotify keeps order).
 */
function watchTempDirs() {
  const created: string[] = [];
  const waiting = new Map<string, () => void>();
  const watchers = TEMP_DIRS.map((dir) =>
    fs.watch(dir, (_event, name) => {
      if (!name) return;
      created.push(path.join(dir, name));
      waiting.get(path.join(dir, name))?.();
    }),
  );
  return {
    created,
    async flush() {
      await Promise.all(
        TEMP_DIRS.map((dir) => {
          const marker = path.join(dir, `.bd-canary-flush-${randomBytes(6).toString('hex')}`);
          const seen = new Promise<void>((resolve) => waiting.set(marker, resolve));
          fs.writeFileSync(marker, '');
          fs.rmSync(marker);
          return seen;
        }),
      );
      waiting.clear();
    },
    close: () => watchers.forEach((w) => w.close()),
  };
}

const listing = () =>
  new Set(TEMP_DIRS.flatMap((d) => fs.readdirSync(d).map((n) => path.join(d, n))));

/** Everything written to the console or the process's stdout/stderr while it runs. */
function captureLogs() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, m).mockImplementation(keep);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
      lines.push(String(chunk));
      return write(chunk as string, ...rest);
    }) as typeof stream.write);
  }
  return lines;
}
afterEach(() => vi.restoreAllMocks());

const COUNTS = { meetings: 3000, directives: 4000, indicators: 1000, observations: 2000 }; // 10,000

describe('canary', () => {
  it('spills to no file: vault, WAL, SHM, keys, backup, temp folders; keys in no file, name or log', async () => {
    const watch = watchTempDirs();
    const tempBefore = listing();
    const logs = captureLogs();
    try {
      const { file, dir, vault, recoveryKey } = await newVault();
      const core = randomBytes(12).toString('hex');
      const canary = `Mật-${core}-Đồng-thuận-Canary`;
      const number = String(randomInt(100_000_000, 1_000_000_000));
      const phrase = `${canary} ${number}`;

      const meetingIds: string[] = [];
      vault.transaction(() => {
        for (let i = 0; i < COUNTS.meetings; i++) {
          meetingIds.push(
            vault.meetings.save(
              meetingSave({
                title: `Họp số ${i} ${canary}`,
                summary: `Tóm tắt ${phrase} về hội nhập quốc tế và đầu tư.`,
                conclusions: [{ id: 'c1', text: `Kết luận ${phrase}` }],
                attendees: [
                  {
                    name: `Đại biểu ${number}`,
                    title: canary,
                    organisation: '',
                    committeeRole: '',
                  },
                ],
              }),
            ).id,
          );
        }
      });
      vault.transaction(() => {
        for (let i = 0; i < COUNTS.directives; i++) {
          vault.directives.save(
            directiveSave({
              task: `Nhiệm vụ ${i}: ${phrase}`,
              assignee: `Bộ ${canary}`,
              meetingId: meetingIds[i % meetingIds.length],
              progressNotes: [{ date: '2025-09-01', text: `Tiến độ ${phrase}` }],
            }),
          );
        }
      });
      vault.transaction(() => {
        for (let i = 0; i < COUNTS.indicators; i++) {
          const ind = vault.indicators.save(
            indicatorSave({ name: `Chỉ tiêu ${i} ${canary}`, description: phrase }),
          );
          for (let k = 0; k < COUNTS.observations / COUNTS.indicators; k++) {
            vault.observations.save(
              observationSave(ind.id, {
                period: { kind: 'year', year: 2020 + k },
                source: `Nguồn ${phrase}`,
                comparison: canary,
              }),
            );
          }
        }
      });
      // Reads that sort and search, and rewrites, so the WAL holds more than inserts.
      const found = vault.search(core, 20);
      expect(found.meetings.length).toBeGreaterThan(0);
      expect(found.directives.length).toBeGreaterThan(0);
      expect(found.indicators.length).toBeGreaterThan(0);
      expect(
        vault.search(foldForSearch(`dong thuan canary ${number}`), 20).meetings.length,
      ).toBeGreaterThan(0);
      expect(vault.meetings.list({ sort: 'title' })).toHaveLength(COUNTS.meetings);
      expect(vault.directives.list({ today: '2026-01-01', assignee: canary })).toHaveLength(
        COUNTS.directives,
      );
      vault.transaction(() => {
        for (const id of meetingIds.slice(0, 500)) {
          const m = vault.meetings.get(id);
          vault.meetings.save({
            ...meetingSave({ title: m.title, summary: `${m.summary} (sửa)` }),
            id,
            revision: m.revision,
          });
        }
      });
      const backupDir = tempDir();
      const backup = vault.backup(path.join(backupDir, 'sao-luu.bdvault')).path;
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

      const dek = await dekOf(file, recoveryKey);
      const secretForms = [
        dek.toString('hex'),
        dek.toString('hex').toUpperCase(),
        dek.toString('base64'),
        PASS,
        foldForSearch(PASS),
        recoveryKey,
        recoveryKey.replace(/-/g, ''),
      ];
      const needles = [
        ...encodings(canary, canary.normalize('NFD'), foldForSearch(canary), core, number),
        ...encodings(...secretForms),
        { label: 'raw database key', bytes: Buffer.from(dek) },
      ];
      dek.fill(0);

      // While open (the WAL holds the latest commits) and after lock (checkpointed).
      const vaultFiles = () => fs.readdirSync(dir).map((n) => path.join(dir, n));
      expect(
        vaultFiles()
          .map((f) => path.basename(f))
          .sort(),
      ).toEqual(['kho.bdvault', 'kho.bdvault-shm', 'kho.bdvault-wal', 'kho.bdvault.keys']);
      expect(vaultFiles().flatMap((f) => hitsIn(f, needles))).toEqual([]);
      // And none of them is readable by other users of the machine.
      const shared = (f: string) => (fs.statSync(f).mode & 0o077) !== 0;
      expect([...vaultFiles(), ...filesUnder(backupDir)].filter(shared)).toEqual([]);
      vault.close();
      expect(vaultFiles().flatMap((f) => hitsIn(f, needles))).toEqual([]);
      expect(fs.readdirSync(backupDir).sort()).toEqual(['sao-luu.bdvault', 'sao-luu.bdvault.keys']);
      expect(filesUnder(backupDir).flatMap((f) => hitsIn(f, needles))).toEqual([]);
      expect(backup).toBe(path.join(backupDir, 'sao-luu.bdvault'));

      // Temp folders: no SQLite temp file was ever created, and no new file holds a needle.
      await watch.flush();
      expect(watch.created.filter((p) => path.basename(p).startsWith('etilqs_'))).toEqual([]);
      const newEntries = [...listing()].filter(
        (p) => !tempBefore.has(p) && p !== dir && p !== backupDir,
      );
      expect(
        newEntries
          .flatMap((p) => (fs.existsSync(p) ? [p, ...filesUnder(p)] : []))
          .flatMap((f) => hitsIn(f, needles)),
      ).toEqual([]);

      // No secret in any file name we made or saw created, nor in anything logged.
      const names = [...vaultFiles(), ...filesUnder(backupDir), ...watch.created, ...newEntries]
        .join('\n')
        .toLowerCase();
      expect(secretForms.filter((s) => names.includes(s.toLowerCase()))).toEqual([]);
      const logged = logs.join('\n').toLowerCase();
      expect(
        [...secretForms, canary, core].filter((s) => logged.includes(s.toLowerCase())),
      ).toEqual([]);

      // Controls: the scan finds each encoding in a plain file; the watcher sees the temp file
      // SQLite makes for a large sort when temp_store is not MEMORY.
      const control = path.join(tempDir(), 'control.txt');
      fs.writeFileSync(
        control,
        Buffer.concat([Buffer.from(canary, 'utf16le'), Buffer.from(` ${foldForSearch(canary)}`)]),
      );
      expect(hitsIn(control, encodings(canary, foldForSearch(canary)))).toEqual([
        `${control}: utf16le:${canary}`,
        `${control}: utf8:${foldForSearch(canary)}`,
      ]);
      const plain = new Database(path.join(tempDir(), 'plain.db'));
      try {
        plain.pragma('temp_store = FILE');
        plain.pragma('cache_size = 10');
        plain.exec('CREATE TABLE spill (x TEXT)');
        const insert = plain.prepare('INSERT INTO spill VALUES (?)');
        plain.transaction(() => {
          for (let i = 0; i < 20_000; i++) insert.run(`${phrase} ${i}`);
        })();
        plain.prepare('SELECT x FROM spill ORDER BY x DESC').all(); // the sort overflows its cache
      } finally {
        plain.close();
      }
      await watch.flush();
      expect(watch.created.some((p) => path.basename(p).startsWith('etilqs_'))).toBe(true);
    } finally {
      watch.close();
    }
  });
});
