// Calls that depend on the host: settings and the preferences file, the OS keychain (only
// where the platform has a usable one), the file dialog, "today" for overdue directives,
// backup and restore.
import fs from 'node:fs';
import path from 'node:path';
import { pickFile } from '../../../electron/host/file-picker';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeychainAdapter } from '../../../electron/services/platform';
import {
  createFilePreferenceStore,
  MAX_RECENT_VAULTS,
  parsePreferences,
  withRecentVault,
} from '../../../electron/services/preferences-file';
import {
  createVault,
  deskWithVault,
  ORG,
  PASS,
  tempDir,
  testDesk,
  unlockRefused,
  unlockVault,
} from './helpers';

/** A stand-in for safeStorage: AES-GCM under a key only this "OS" knows. */
function fakeKeychain(available = true): KeychainAdapter & { calls: number } {
  const osKey = randomBytes(32);
  const k = {
    calls: 0,
    available: () => available,
    encrypt(plain: Buffer) {
      k.calls += 1;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', osKey, iv);
      const body = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(wrapped: Buffer) {
      k.calls += 1;
      const d = createDecipheriv('aes-256-gcm', osKey, wrapped.subarray(0, 12));
      d.setAuthTag(wrapped.subarray(12, 28));
      return Buffer.concat([d.update(wrapped.subarray(28)), d.final()]);
    },
  };
  return k;
}

describe('settings', () => {
  it('reads defaults, writes language, idle time and reminders, reports the default vault folder', async () => {
    const desk = testDesk();
    expect(await desk.ok('settings.get', {})).toEqual({
      language: 'vi',
      idleLockMinutes: 10,
      recentVaults: [],
      defaultVaultFolder: desk.platform.defaultVaultFolder,
      dueReminders: true,
    });
    const next = await desk.ok('settings.set', {
      language: 'en',
      idleLockMinutes: 30,
      dueReminders: false,
    });
    expect(next).toMatchObject({ language: 'en', idleLockMinutes: 30, dueReminders: false });
    expect(await desk.ok('settings.get', {})).toMatchObject({
      language: 'en',
      idleLockMinutes: 30,
      dueReminders: false,
    });
    // What was reminded of stays in the host: settings say only whether to remind.
    expect(Object.keys(await desk.ok('settings.get', {}))).not.toContain('reminded');
    expect((await desk.ok('vault.status', {})).idleLockMinutes).toBe(30);
  });

  it('keeps recent vaults newest first, without duplicates, at most 8', async () => {
    const { desk, dir, file } = await deskWithVault();
    const second = path.join(dir, 'hai.bdvault');
    await createVault(desk, second);
    desk.clock.advance(1000);
    await unlockVault(desk, file, { passphrase: PASS });
    expect((await desk.ok('settings.get', {})).recentVaults.map((r) => r.path)).toEqual([
      file,
      second,
    ]);

    let prefs = parsePreferences({});
    for (let i = 0; i < 12; i++)
      prefs = withRecentVault(prefs, `/v/${i}.bdvault`, new Date(i).toISOString());
    prefs = withRecentVault(prefs, '/v/5.bdvault', new Date(99).toISOString());
    expect(prefs.recentVaults).toHaveLength(MAX_RECENT_VAULTS);
    expect(prefs.recentVaults.map((r) => r.path).slice(0, 3)).toEqual([
      '/v/5.bdvault',
      '/v/11.bdvault',
      '/v/10.bdvault',
    ]);
  });

  it('resolves a bare vault name in the default vault folder (the browser host’s picker)', async () => {
    const desk = testDesk();
    const picked = pickFile(desk.session.files, desk.platform, {
      purpose: 'create-vault',
      path: 'kho-cua-toi.bdvault',
    });
    if (!picked.ok) throw new Error('picked');
    const status = (
      await desk.ok('vault.create', {
        file: picked.value.file,
        passphrase: PASS,
        organisation: ORG,
      })
    ).status;
    expect(status.path).toBe(path.join(desk.platform.defaultVaultFolder, 'kho-cua-toi.bdvault'));
    expect(fs.existsSync(path.join(desk.platform.defaultVaultFolder, 'kho-cua-toi.bdvault'))).toBe(
      true,
    );
  });

  it('gives no package handle for a typed path: packages go through /api/package/… only', () => {
    const desk = testDesk();
    for (const purpose of ['open-package', 'save-package', 'attachments-folder'])
      expect(pickFile(desk.session.files, desk.platform, { purpose, path: '/etc/passwd' }).ok).toBe(
        false,
      );
  });
});

const DEFAULTS = {
  language: 'vi',
  idleLockMinutes: 10,
  recentVaults: [],
  dueReminders: true,
  reminded: { day: '', ids: [] },
};

describe('the preferences file of the browser host and CLI', () => {
  it('round-trips, and a broken file falls back to defaults field by field', () => {
    const dir = tempDir();
    const store = createFilePreferenceStore(dir);
    expect(store.read()).toEqual(DEFAULTS);
    const written = {
      language: 'en' as const,
      idleLockMinutes: 15,
      recentVaults: [{ path: '/a.bdvault', openedAt: '2025-01-01T00:00:00.000Z' }],
      dueReminders: false,
      reminded: { day: '2025-09-15', ids: ['d1', 'd2'] },
    };
    store.write(written);
    expect(createFilePreferenceStore(dir).read()).toEqual(written);
    const file = path.join(dir, 'preferences.json');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o077).toBe(0);

    fs.writeFileSync(
      file,
      '{"language": "fr", "idleLockMinutes": 9999, "recentVaults": [{"path": "/ok.bdvault", "openedAt": "x"}, 42, {"path": ""}], "dueReminders": "yes", "reminded": {"day": 5}}',
    );
    expect(store.read()).toEqual({
      ...DEFAULTS,
      recentVaults: [{ path: '/ok.bdvault', openedAt: 'x' }],
    });
    fs.writeFileSync(file, '{ not json');
    expect(store.read()).toEqual(DEFAULTS);
    fs.writeFileSync(file, '"just a string"');
    expect(store.read()).toEqual(DEFAULTS);
    fs.writeFileSync(
      file,
      '{"__proto__": {"idleLockMinutes": 1, "language": "en"}, "constructor": 1}',
    );
    expect(store.read()).toEqual(DEFAULTS);
  });
});

describe('OS keychain', () => {
  it('is refused where the platform has none, with the reason (Linux basic_text)', async () => {
    const { desk, file } = await deskWithVault();
    expect((await desk.ok('vault.status', {})).keychainAvailable).toBe(false);
    const e = await desk.failure('vault.enableKeychain', { enabled: true });
    expect(e.code).toBe('unsupported');
    expect(e.message.en).toContain('basic_text');
    expect(e.message.vi).toContain('basic_text');
    await desk.ok('vault.lock', {});
    expect((await unlockRefused(desk, file, { keychain: true })).code).toBe('unsupported');
  });

  it('is refused when the keychain reports itself unusable', async () => {
    const { desk } = await deskWithVault({ keychain: fakeKeychain(false) });
    expect((await desk.ok('vault.status', {})).keychainAvailable).toBe(false);
    expect((await desk.failure('vault.enableKeychain', { enabled: true })).code).toBe(
      'unsupported',
    );
  });

  it('adds a keychain slot, unlocks with it after a lock, and removes it', async () => {
    const keychain = fakeKeychain();
    const { desk, file } = await deskWithVault({ keychain });
    expect((await desk.ok('vault.enableKeychain', { enabled: true })).hasKeychainSlot).toBe(true);
    await desk.ok('vault.lock', {});
    // Still known while locked: the keys file (not encrypted) lists the slot kinds.
    expect(await desk.ok('vault.status', {})).toMatchObject({
      state: 'locked',
      hasKeychainSlot: true,
      keychainAvailable: true,
    });
    expect((await unlockVault(desk, file, { keychain: true })).state).toBe('unlocked');
    expect((await desk.ok('vault.enableKeychain', { enabled: false })).hasKeychainSlot).toBe(false);
    await desk.ok('vault.lock', {});
    expect((await unlockRefused(desk, file, { keychain: true })).code).toBe('unsupported');
  });
});

describe('host services', () => {
  it('chooseFile turns the dialog’s answer into a handle bound to its purpose, never a path', async () => {
    expect(await testDesk().ok('vault.chooseFile', { purpose: 'open-vault' })).toEqual({
      file: null,
      name: null,
    });
    const asked: string[] = [];
    const desk = testDesk({
      chooseFile: async (purpose) => {
        asked.push(purpose);
        return purpose === 'save-backup' ? null : '/home/a/kho.bdvault';
      },
    });
    const chosen = await desk.ok('vault.chooseFile', { purpose: 'create-vault' });
    expect(chosen.name).toBe('kho.bdvault');
    expect(chosen.file).not.toContain('/home/a');
    expect(desk.session.files.resolve(chosen.file!, 'create-vault').path).toBe(
      '/home/a/kho.bdvault',
    );
    // The same handle is refused for another purpose.
    expect(() => desk.session.files.resolve(chosen.file!, 'open-vault')).toThrow();
    expect(await desk.ok('vault.chooseFile', { purpose: 'save-backup' })).toEqual({
      file: null,
      name: null,
    });
    expect(asked).toEqual(['create-vault', 'save-backup']);
  });

  it('judges "overdue" by the caller’s day, else the host’s', async () => {
    const { desk } = await deskWithVault({ today: () => '2030-01-01' });
    await desk.ok('sample.create', {});
    const withDeadline = (await desk.ok('directives.list', {})).filter(
      (d) => d.deadline !== null && d.status !== 'done',
    );
    expect(withDeadline.length).toBeGreaterThan(0);
    expect(await desk.ok('directives.list', { overdue: true })).toHaveLength(withDeadline.length);
    expect(await desk.ok('directives.list', { overdue: true, today: '2020-01-01' })).toHaveLength(
      0,
    );
  });

  it('backs up the open vault and restores the backup as a vault that opens with the same passphrase', async () => {
    const { desk, dir } = await deskWithVault();
    await desk.ok('sample.create', {});
    const out = path.join(dir, 'sao-luu.bdvault');
    const made = await desk.ok('vault.backup', {
      file: desk.session.files.mint('save-backup', out),
    });
    expect(made.path).toBe(out);
    expect(made.bytes).toBeGreaterThan(0);
    const target = path.join(dir, 'khoi-phuc.bdvault');
    const restore = () => ({
      source: desk.session.files.mint('restore-source', out),
      target: desk.session.files.mint('restore-target', target),
      passphrase: PASS,
    });
    expect((await desk.ok('vault.restore', restore())).path).toBe(target);
    expect((await desk.failure('vault.restore', restore())).code).toBe('vault-exists');
    await unlockVault(desk, target, { passphrase: PASS });
    expect(await desk.ok('meetings.list', {})).toHaveLength(2);
    await desk.ok('vault.lock', {});
    expect(
      (
        await desk.failure('vault.backup', {
          file: desk.session.files.mint('save-backup', path.join(dir, 'x.bdvault')),
        })
      ).code,
    ).toBe('locked');
  });
});
