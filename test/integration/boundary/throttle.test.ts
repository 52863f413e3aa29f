// Issue 11, "a throttle that holds": the unlock delay belongs to the vault, not to a process
// or a path string. It is keyed by the vault id and stored beside the keys, so a symlink, a
// new desk (a restart, the CLI, the host) and hundreds of other paths do not reset it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../../electron/services/desk';
import { attemptsPathOf } from '../../../electron/services/unlock-throttle';
import {
  FakeClock,
  deskWithLockedVault,
  tempDir,
  testDesk,
  testPlatform,
  weakFactory,
  unlockRefused,
} from '../handlers/helpers';
import { runCli } from '../cli/run-cli';

const WRONG = 'đây không phải mật khẩu';

describe('the unlock throttle', () => {
  it('is not reset by a symlink or a `..` spelling of the same vault', async () => {
    const { desk, dir, file } = await deskWithLockedVault();
    const link = path.join(dir, 'lien-ket.bdvault');
    fs.symlinkSync(file, link);
    fs.symlinkSync(`${file}.keys`, `${link}.keys`);
    const first = await unlockRefused(desk, file, { passphrase: WRONG });
    expect(first.code).toBe('wrong-passphrase');
    for (const other of [link, path.join(dir, '.', 'con', '..', 'kho.bdvault')]) {
      const e = await unlockRefused(desk, other, { passphrase: WRONG });
      expect(e.code, other).toBe('unlock-throttled');
    }
  });

  it('survives a new desk (a restart of the host or a second process) through the file beside the keys', async () => {
    const { desk, file } = await deskWithLockedVault();
    for (let i = 0; i < 3; i++) {
      await unlockRefused(desk, file, { passphrase: WRONG });
      desk.clock.advance(60_000);
    }
    expect(fs.existsSync(attemptsPathOf(file))).toBe(true);
    expect(fs.readFileSync(attemptsPathOf(file), 'utf8')).not.toContain(WRONG);
    // Another desk, same clock: the fourth failure waits 8 s, whoever counted the first three.
    const other = testDesk();
    other.clock.time = desk.clock.time;
    const e = await unlockRefused(other, file, { passphrase: WRONG });
    expect(e.retryAfterMs).toBe(8000);
    const refused = await unlockRefused(other, file, { passphrase: WRONG });
    expect(refused.code).toBe('unlock-throttled');
  });

  it('is not evicted by attempts on hundreds of other paths', async () => {
    const { desk, file } = await deskWithLockedVault();
    await unlockRefused(desk, file, { passphrase: WRONG });
    const elsewhere = tempDir();
    for (let i = 0; i < 300; i++) {
      await desk.call('vault.unlock', {
        file: desk.session.files.mint('open-vault', path.join(elsewhere, `x${i}.bdvault`)),
        passphrase: WRONG,
      });
    }
    const e = await unlockRefused(desk, file, { passphrase: WRONG });
    expect(e.code).toBe('unlock-throttled');
  });

  it('is shared with the CLI: after failures in the app, the CLI is made to wait too', async () => {
    // The stored time is compared across processes: the app's clock starts at the real now
    // and is moved past each delay, so the sixth failure asks for 32 s beyond it.
    const home = tempDir('bd-cli-throttle-');
    const clock = new FakeClock(Date.now());
    const app = createDesk({
      platform: testPlatform({ defaultVaultFolder: home }),
      factory: weakFactory,
      clock,
    });
    const file = path.join(home, 'kho.bdvault');
    await app.dispatch('vault.create', {
      file: app.session.files.mint('create-vault', file),
      passphrase: 'mật khẩu thử nghiệm đủ dài',
      organisation: 'Bộ Ngoại giao',
    });
    app.session.lock();
    for (let i = 0; i < 6; i++) {
      const r = await app.dispatch('vault.unlock', {
        file: app.session.files.mint('open-vault', file),
        passphrase: WRONG,
      });
      expect(r.ok).toBe(false);
      if (i < 5) clock.advance(2 ** i * 1000);
    }
    app.session.dispose();
    const run = await runCli(home, ['list', 'meetings', '--vault', file], {
      BRIEFING_DESK_PASSPHRASE: 'mật khẩu thử nghiệm đủ dài',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Hãy chờ \d+ giây/);
    expect(run.stderr).toMatch(/Wait \d+ seconds/);
  });
});
