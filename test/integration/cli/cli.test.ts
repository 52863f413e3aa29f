// The `briefing-desk` command end to end: a real process on the sources (through tsx), real
// vault files, the passphrase from the environment. Exit codes and the one-line errors are
// what scripts depend on.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../shared/host-protocol';
import { foldForSearch } from '../../../shared/text';
import { tempDir } from '../handlers/helpers';
import { environment, expectOneLineError, ROOT, runCli, startCli, type Run } from './run-cli';

const PASS = 'mật khẩu dòng lệnh đủ dài';
const NEW_PASS = 'mật khẩu mới của dòng lệnh';

const start = startCli;
const cli = (
  home: string,
  args: string[],
  extra: Record<string, string | undefined> = { BRIEFING_DESK_PASSPHRASE: PASS },
) => runCli(home, args, extra);

describe('briefing-desk CLI', () => {
  it('creates a vault, printing the recovery key once with the advice to keep it; never overwrites', async () => {
    const home = tempDir('bd-cli-');
    const run = await cli(home, ['vault', 'create', 'kho.bdvault', '--org', 'Sở Ngoại vụ']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/[A-Z0-9]{4}(-[A-Z0-9]{4}){7}/);
    expect(run.stdout).toMatch(/in hoặc chép/);
    expect(run.stdout).toMatch(/Print or write down/);
    expect(fs.existsSync(path.join(home, 'kho.bdvault'))).toBe(true);
    expect(fs.existsSync(path.join(home, 'kho.bdvault.keys'))).toBe(true);
    // The passphrase is nowhere in what was printed.
    expect(run.stdout + run.stderr).not.toContain(PASS);

    const again = await cli(home, ['vault', 'create', 'kho.bdvault']);
    expectOneLineError(again, 1);
    expect(again.stderr).toMatch(/không ghi đè|never overwrites/);
  });

  it('demo, list --json, list as a table, search without diacritics, backup', async () => {
    const home = tempDir('bd-cli-');
    const demo = await cli(home, ['demo', 'demo.bdvault']);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/2 cuộc họp/);

    const meetings = await cli(home, ['list', 'meetings', '--vault', 'demo.bdvault', '--json']);
    expect(meetings.code, meetings.stderr).toBe(0);
    const parsed = JSON.parse(meetings.stdout) as { title: string }[];
    expect(parsed).toHaveLength(2);
    expect(parsed.some((m) => m.title.includes('hội nhập'))).toBe(true);

    const directives = await cli(home, ['list', 'directives', '--vault', 'demo.bdvault']);
    expect(directives.code).toBe(0);
    expect(directives.stdout).toMatch(/Thời hạn\s+Trạng thái/);
    expect(directives.stdout).toMatch(/\d+ nhiệm vụ/);

    const indicators = await cli(home, ['list', 'indicators', '--vault', 'demo.bdvault']);
    expect(indicators.stdout).toMatch(/Kinh tế/);
    expect(indicators.stdout).toMatch(/7,52%/);

    const search = await cli(home, ['search', 'dau tu', '--vault', 'demo.bdvault', '--json']);
    expect(search.code, search.stderr).toBe(0);
    const result = JSON.parse(search.stdout) as Record<
      'meetings' | 'directives' | 'indicators',
      { title: string; snippet: string }[]
    >;
    const hits = [...result.meetings, ...result.directives, ...result.indicators];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => foldForSearch(h.title + h.snippet).includes('dau tu'))).toBe(true);

    const backup = await cli(home, [
      'backup',
      '--vault',
      'demo.bdvault',
      '--out',
      'sao-luu.bdvault',
    ]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(fs.existsSync(path.join(home, 'sao-luu.bdvault'))).toBe(true);
    const fromBackup = await cli(home, [
      'list',
      'meetings',
      '--vault',
      'sao-luu.bdvault',
      '--json',
    ]);
    expect(JSON.parse(fromBackup.stdout)).toHaveLength(2);
  });

  it('passwd: afterwards the old passphrase fails and the new one works', async () => {
    const home = tempDir('bd-cli-');
    expect((await cli(home, ['vault', 'create', 'k.bdvault'])).code).toBe(0);
    const changed = await cli(home, ['passwd', '--vault', 'k.bdvault'], {
      BRIEFING_DESK_PASSPHRASE: PASS,
      BRIEFING_DESK_NEW_PASSPHRASE: NEW_PASS,
    });
    expect(changed.code, changed.stderr).toBe(0);
    const old = await cli(home, ['list', 'meetings', '--vault', 'k.bdvault']);
    expectOneLineError(old, 1);
    expect(old.stderr).toMatch(/Mật khẩu không đúng/);
    const fresh = await cli(home, ['list', 'meetings', '--vault', 'k.bdvault', '--json'], {
      BRIEFING_DESK_PASSPHRASE: NEW_PASS,
    });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(JSON.parse(fresh.stdout)).toEqual([]);
  });

  it('refuses a passphrase given as an argument, saying why', async () => {
    const home = tempDir('bd-cli-');
    for (const args of [
      ['vault', 'create', 'k.bdvault', '--passphrase', 'abc'],
      ['list', 'meetings', '--vault', 'k.bdvault', '--passphrase=abc'],
      ['passwd', '--vault', 'k.bdvault', '--new-passphrase', 'x'],
    ]) {
      const run = await cli(home, args);
      expectOneLineError(run, 2);
      expect(run.stderr).toMatch(/BRIEFING_DESK_PASSPHRASE/);
      expect(run.stderr).toMatch(/shell history/);
    }
    expect(fs.existsSync(path.join(home, 'k.bdvault'))).toBe(false);
  });

  it('fails with one line and a non-zero code on usage errors, missing passphrase, missing vault', async () => {
    const home = tempDir('bd-cli-');
    expectOneLineError(await cli(home, []), 2);
    expectOneLineError(await cli(home, ['format', 'c:']), 2);
    expectOneLineError(await cli(home, ['list', 'secrets', '--vault', 'x.bdvault']), 2);
    expectOneLineError(await cli(home, ['list', 'meetings']), 2);
    expectOneLineError(await cli(home, ['backup', '--vault', 'x.bdvault']), 2);
    expectOneLineError(
      await cli(home, ['list', 'meetings', '--vault', 'x.bdvault', '--out', 'y']),
      2,
    );
    expectOneLineError(await cli(home, ['serve', '--port', 'abc']), 2);
    const missing = await cli(home, ['list', 'meetings', '--vault', 'khong-co.bdvault']);
    expectOneLineError(missing, 1);
    // One answer for every failure before the key (issue 11): no oracle on the file system.
    expect(missing.stderr).toMatch(/Không mở được kho này/);
    // No variable and no terminal: it says how to give one instead of waiting forever.
    const noPass = await cli(home, ['vault', 'create', 'k.bdvault'], {});
    expectOneLineError(noPass, 1);
    expect(noPass.stderr).toMatch(/BRIEFING_DESK_PASSPHRASE/);

    const help = await cli(home, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage/);
    expect(help.stdout).toMatch(/serve/);
  });

  it('serve --vault unlocks at start, prints the address with the token, and locks on SIGTERM', async () => {
    const home = tempDir('bd-cli-');
    expect((await cli(home, ['demo', 'd.bdvault'])).code).toBe(0);
    const rendererDir = path.join(home, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><title>Briefing Desk</title>',
    );

    const child = start(home, ['serve', '--vault', 'd.bdvault', '--port', '0'], {
      BRIEFING_DESK_PASSPHRASE: PASS,
      BRIEFING_DESK_RENDERER_DIR: rendererDir,
    });
    child.stdin.end();
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}/.exec(out);
        if (m) resolve(m[0]);
      });
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const address = new URL(url);
    const token = address.hash.slice('#token='.length);
    const call = (name: string) =>
      fetch(`${address.origin}/api/call/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: '{}',
      }).then(
        (r) =>
          r.json() as Promise<{ ok: boolean; value: { state: string; host: string } & unknown[] }>,
      );
    expect((await call('vault.status')).value).toMatchObject({
      state: 'unlocked',
      host: 'browser',
    });
    expect((await call('meetings.list')).value).toHaveLength(2);
    expect((await fetch(`${address.origin}/`)).status).toBe(200);
    // The same process (same pid) no longer carries the passphrase where other processes of
    // the user can read it (issue 11): /proc/<pid>/environ has neither the name nor the value.
    if (process.platform === 'linux') {
      const environ = fs.readFileSync(`/proc/${child.pid}/environ`);
      expect(environ.includes('BRIEFING_DESK_PASSPHRASE=')).toBe(false);
      expect(environ.includes(Buffer.from(PASS, 'utf8'))).toBe(false);
      expect(fs.readdirSync('/dev/shm').filter((n) => n.startsWith('briefing-desk-'))).toEqual([]);
    }

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/Đã khóa kho/);
    await expect(fetch(`${address.origin}/`)).rejects.toThrow();
  });

  it.skipIf(!fs.existsSync(path.join(ROOT, 'out/main/cli.js')))(
    'runs through the bin launcher on the built CLI',
    async () => {
      const home = tempDir('bd-cli-');
      const run = await new Promise<Run>((resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'bin/briefing-desk.js'), '--help'], {
          cwd: home,
          env: environment(home, {}),
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/briefing-desk vault create/);
    },
  );
});
