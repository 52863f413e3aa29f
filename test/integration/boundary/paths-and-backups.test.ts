// Issue 11, "main owns file paths": the reproductions of the review as tests. A backup never
// replaces an existing file (another vault's copy stayed unopenable before), restore needs the
// vault's secret and checks the copy, unlock gives one answer for every failure before the
// key, path equality is by real path, and handlers take only purpose-bound handles.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysPathOf } from '../../../electron/services/vault';
import {
  ORG,
  PASS,
  deskWithLockedVault,
  deskWithVault,
  snapshot,
  tempDir,
  testDesk,
  unlockRefused,
  unlockVault,
} from '../handlers/helpers';

describe('backups never replace a file the user did not choose', () => {
  it('refuses a backup onto a copy of another vault, which still opens afterwards', async () => {
    const { desk: deskB, file: vaultB } = await deskWithVault();
    await deskB.ok('sample.create', {});
    deskB.session.lock();
    const { desk, dir } = await deskWithVault();
    // The review's case: a copy of vault B, with its keys, at the backup's name.
    const copyOfB = path.join(dir, 'ban-sao-B.bdvault');
    fs.copyFileSync(vaultB, copyOfB);
    fs.copyFileSync(keysPathOf(vaultB), keysPathOf(copyOfB));
    const before = snapshot(dir);

    const e = await desk.failure('vault.backup', {
      file: desk.session.files.mint('save-backup', copyOfB),
    });
    expect(e.code).toBe('file-exists');
    expect(e.message.vi).toContain('không ghi đè');
    expect(e.message.en).toContain('does not overwrite');
    expect(snapshot(dir)).toEqual(before);

    // B's copy still opens with B's passphrase and holds B's records.
    const other = testDesk();
    await unlockVault(other, copyOfB, { passphrase: PASS });
    expect(await other.ok('meetings.list', {})).toHaveLength(2);
  });

  it('refuses a lone keys file at the target, even when the user chose to replace that name', async () => {
    const { desk, dir } = await deskWithVault();
    const target = path.join(dir, 'sao-luu.bdvault');
    fs.writeFileSync(keysPathOf(target), 'keys of something else');
    const chosen = desk.session.files.mint('save-backup', target, true);
    expect((await desk.failure('vault.backup', { file: chosen })).code).toBe('file-exists');
    expect(fs.readFileSync(keysPathOf(target), 'utf8')).toBe('keys of something else');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('replaces an existing file only when the user chose that exact file in a save dialog', async () => {
    const { desk, dir } = await deskWithVault();
    const target = path.join(dir, 'sao-luu.bdvault');
    await desk.ok('vault.backup', { file: desk.session.files.mint('save-backup', target) });
    await desk.ok('sample.create', {});
    // A save dialog answered "replace" for this file: the new backup takes its place.
    const replaced = await desk.ok('vault.backup', {
      file: desk.session.files.mint('save-backup', target, true),
    });
    expect(replaced.path).toBe(target);
    const check = testDesk();
    await unlockVault(check, target, { passphrase: PASS });
    expect(await check.ok('meetings.list', {})).toHaveLength(2);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('spends a save choice on its write: the same handle cannot write twice', async () => {
    const { desk, dir } = await deskWithVault();
    const chosen = desk.session.files.mint('save-backup', path.join(dir, 'mot-lan.bdvault'));
    await desk.ok('vault.backup', { file: chosen });
    expect((await desk.failure('vault.backup', { file: chosen })).code).toBe('invalid-input');
  });

  it('knows the open vault by its real path: symlinks, hard links and `..` spellings are refused', async () => {
    const { desk, dir, file } = await deskWithVault();
    const link = path.join(dir, 'lien-ket.bdvault');
    fs.symlinkSync(file, link);
    const sub = path.join(dir, 'con');
    fs.mkdirSync(sub);
    const hard = path.join(dir, 'cung-inode.bdvault');
    fs.linkSync(file, hard);
    const before = fs.readFileSync(file);
    for (const target of [link, path.join(sub, '..', 'kho.bdvault'), keysPathOf(file)]) {
      const chosen = desk.session.files.mint('save-backup', target, true);
      expect((await desk.failure('vault.backup', { file: chosen })).code, target).toBe(
        'invalid-input',
      );
    }
    expect(
      (
        await desk.failure('vault.backup', {
          file: desk.session.files.mint('save-backup', hard, true),
        })
      ).code,
    ).toBe('invalid-input');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('restore', () => {
  it('needs the vault’s secret: without one the call is refused, with a wrong one nothing appears', async () => {
    const { desk, dir } = await deskWithVault();
    const backup = path.join(dir, 'sao-luu.bdvault');
    await desk.ok('vault.backup', { file: desk.session.files.mint('save-backup', backup) });
    const target = path.join(tempDir(), 'khoi-phuc.bdvault');
    const handles = () => ({
      source: desk.session.files.mint('restore-source', backup),
      target: desk.session.files.mint('restore-target', target),
    });
    expect((await desk.failure('vault.restore', handles())).code).toBe('invalid-input');
    expect(
      (await desk.failure('vault.restore', { ...handles(), passphrase: 'mật khẩu sai hoàn toàn' }))
        .code,
    ).toBe('wrong-passphrase');
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    // A wrong secret is a guess like an unlock: the same growing delay first.
    expect((await desk.failure('vault.restore', { ...handles(), passphrase: PASS })).code).toBe(
      'unlock-throttled',
    );
    desk.clock.advance(1000);
    const restored = await desk.ok('vault.restore', { ...handles(), passphrase: PASS });
    expect(restored.path).toBe(target);
    // The answer carries a handle to open the restored copy, not a path to send back.
    await desk.ok('vault.unlock', { file: restored.file, passphrase: PASS });
  });

  it('does not copy a file that is not a vault, whatever its name', async () => {
    const { desk, dir } = await deskWithVault();
    const notVault = path.join(dir, 'bao-cao.bdvault');
    fs.writeFileSync(notVault, Buffer.alloc(8192, 7));
    const target = path.join(tempDir(), 'x.bdvault');
    const e = await desk.failure('vault.restore', {
      source: desk.session.files.mint('restore-source', notVault),
      target: desk.session.files.mint('restore-target', target),
      passphrase: PASS,
    });
    expect(['vault-not-found', 'vault-corrupt', 'cannot-open']).toContain(e.code);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('unlock answers alike before the key', () => {
  it('gives the same answer for no such file, no keys file, a folder and a non-vault', async () => {
    const { dir, file } = await deskWithLockedVault();
    const noKeys = path.join(dir, 'khong-khoa.bdvault');
    fs.copyFileSync(file, noKeys);
    const text = path.join(dir, 'van-ban.txt');
    fs.writeFileSync(text, 'không phải kho');
    const answers = [];
    for (const target of [path.join(dir, 'khong-co.bdvault'), noKeys, dir, text, '/etc/passwd']) {
      const fresh = testDesk();
      answers.push(await unlockRefused(fresh, target, { passphrase: PASS }));
    }
    expect(answers[0]?.code).toBe('cannot-open');
    for (const a of answers) expect(a).toEqual(answers[0]);
  });
});

describe('handles', () => {
  it('refuses a forged handle, a handle of another purpose, and a path where a handle belongs', async () => {
    const { desk, file } = await deskWithLockedVault();
    const forCreate = desk.session.files.mint('create-vault', file);
    expect((await desk.failure('vault.unlock', { file: forCreate, passphrase: PASS })).code).toBe(
      'invalid-input',
    );
    expect(
      (await desk.failure('vault.unlock', { file: 'fh_' + 'A'.repeat(32), passphrase: PASS })).code,
    ).toBe('invalid-input');
    expect((await desk.failure('vault.unlock', { path: file, passphrase: PASS })).code).toBe(
      'invalid-input',
    );
    expect(desk.session.openVault).toBeNull();
  });

  it('expires a choice after half an hour', async () => {
    const { desk, file } = await deskWithLockedVault();
    const chosen = desk.session.files.mint('open-vault', file);
    desk.clock.advance(31 * 60_000);
    expect((await desk.failure('vault.unlock', { file: chosen, passphrase: PASS })).code).toBe(
      'invalid-input',
    );
  });

  it('prunes the recent-vaults list by handle without touching the files', async () => {
    const { desk, file } = await deskWithVault();
    const settings = await desk.ok('settings.get', {});
    expect(settings.recentVaults.map((r) => r.path)).toEqual([file]);
    const after = await desk.ok('settings.set', { forgetRecent: [settings.recentVaults[0]!.file] });
    expect(after.recentVaults).toEqual([]);
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('the passphrase policy of shared/ is enforced by the handlers', () => {
  it('refuses a weak passphrase at create and at change, with the same bilingual reason', async () => {
    const desk = testDesk();
    const file = path.join(tempDir(), 'yeu.bdvault');
    const weak = await desk.failure('vault.create', {
      file: desk.session.files.mint('create-vault', file),
      passphrase: 'matkhau123',
      organisation: ORG,
    });
    expect(weak.code).toBe('invalid-input');
    expect(weak.message.vi).toMatch(/^Mật khẩu quá yếu/);
    expect(weak.message.en).toMatch(/^The passphrase is too weak/);
    expect(fs.existsSync(file)).toBe(false);

    const { desk: open } = await deskWithVault();
    const change = await open.failure('vault.changePassphrase', {
      current: PASS,
      next: 'matkhau123',
    });
    expect(change.message).toEqual(weak.message);
  });

  it('lets the recovery key prove the right to set a new passphrase', async () => {
    const { desk, file, recoveryKey } = await deskWithLockedVault();
    await desk.ok('vault.unlock', {
      file: desk.session.files.mint('open-vault', file),
      recoveryKey,
    });
    await desk.ok('vault.changePassphrase', {
      recoveryKey,
      next: 'một mật khẩu mới sau khôi phục',
    });
    desk.session.lock();
    await unlockVault(desk, file, { passphrase: 'một mật khẩu mới sau khôi phục' });
  });
});
