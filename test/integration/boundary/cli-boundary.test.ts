// Issue 11 and issue 9's CLI line: `backup --out` onto an existing file exits 1 and leaves it
// as it was (the review's backup over a copy of vault B); `--force` is the one way to replace;
// a weak passphrase is refused by the CLI with the app's own bilingual reason.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphraseWeakness } from '../../../shared/passphrase';
import { tempDir } from '../handlers/helpers';
import { expectOneLineError, runCli } from '../cli/run-cli';

const PASS = 'mật khẩu dòng lệnh đủ dài';
const cli = (home: string, args: string[], pass = PASS) =>
  runCli(home, args, { BRIEFING_DESK_PASSPHRASE: pass });

describe('briefing-desk backup', () => {
  it('refuses an existing --out (exit 1, untouched); --force replaces it with a backup that opens', async () => {
    const home = tempDir('bd-cli-backup-');
    expect((await cli(home, ['demo', 'a.bdvault'])).code).toBe(0);
    expect((await cli(home, ['vault', 'create', 'b.bdvault'])).code).toBe(0);
    const b = fs.readFileSync(path.join(home, 'b.bdvault'));
    const bKeys = fs.readFileSync(path.join(home, 'b.bdvault.keys'));

    const refused = await cli(home, ['backup', '--vault', 'a.bdvault', '--out', 'b.bdvault']);
    expectOneLineError(refused, 1);
    expect(refused.stderr).toMatch(/--force/);
    expect(fs.readFileSync(path.join(home, 'b.bdvault')).equals(b)).toBe(true);
    expect(fs.readFileSync(path.join(home, 'b.bdvault.keys')).equals(bKeys)).toBe(true);
    // B still opens, empty as it was made.
    const listB = await cli(home, ['list', 'meetings', '--vault', 'b.bdvault', '--json']);
    expect(JSON.parse(listB.stdout)).toEqual([]);

    const forced = await cli(home, [
      'backup',
      '--vault',
      'a.bdvault',
      '--out',
      'b.bdvault',
      '--force',
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    const listed = await cli(home, ['list', 'meetings', '--vault', 'b.bdvault', '--json']);
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
  });
});

describe('briefing-desk vault create', () => {
  it('refuses a weak passphrase with the same words as the app', async () => {
    const home = tempDir('bd-cli-weak-');
    const run = await cli(home, ['vault', 'create', 'yeu.bdvault'], 'matkhau2025');
    expectOneLineError(run, 1);
    const reason = passphraseWeakness('matkhau2025');
    expect(reason).not.toBeNull();
    expect(run.stderr).toContain(reason!.vi);
    expect(run.stderr).toContain(reason!.en);
    expect(fs.existsSync(path.join(home, 'yeu.bdvault'))).toBe(false);
  });
});
