// Running `briefing-desk` as a user would: a real process on the sources (through tsx), in a
// home folder of its own, with only the environment the test gives it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'electron/cli/index.ts');
// tsx's loader by absolute URL: the commands run in temp folders where `tsx` is not resolvable.
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function environment(
  home: string,
  extra: Record<string, string | undefined>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    BRIEFING_DESK_HOME: home,
    BRIEFING_DESK_CONFIG_DIR: path.join(home, 'config'),
  };
  delete env.BRIEFING_DESK_PASSPHRASE;
  delete env.BRIEFING_DESK_NEW_PASSPHRASE;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** The process itself, for tests that talk to it (a prompt, a server). */
export function startCli(
  home: string,
  args: string[],
  extra: Record<string, string | undefined> = {},
) {
  return spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], {
    cwd: home,
    env: environment(home, extra),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Runs a command to its end with stdin closed and collects what it printed. */
export function runCli(
  home: string,
  args: string[],
  extra: Record<string, string | undefined> = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = startCli(home, args, extra);
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A command run to its end by `runCli`. */
export type Cli = (home: string, args: string[]) => Promise<Run>;

/** The CLI with the vault's passphrase in its environment, as a script would run it. */
export function cliWithPassphrase(passphrase: string): Cli {
  return (home, args) => runCli(home, args, { BRIEFING_DESK_PASSPHRASE: passphrase });
}

/** `brief new` from `meeting` with `template` into `vault`, then any `extra` options. */
export function briefNew(
  cli: Cli,
  home: string,
  { vault, meeting, template }: { vault: string; meeting: string; template: string },
  ...extra: string[]
): Promise<Run> {
  return cli(home, [
    'brief',
    'new',
    '--template',
    template,
    '--meeting',
    meeting,
    '--vault',
    vault,
    ...extra,
  ]);
}

/** The id a `brief new` printed, which must have succeeded. */
export async function newBriefId(
  cli: Cli,
  home: string,
  options: { vault: string; meeting: string; template: string },
): Promise<string> {
  const run = await briefNew(cli, home, options);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trim();
}

/**
 * An export command — `['export', id]` or `['export-register', register]` — of `vault` as
 * `format` to `out`, then any `extra` options (such as --force).
 */
export function runExport(
  cli: Cli,
  home: string,
  command: [string, string],
  { vault, format, out }: { vault: string; format: string; out: string },
  ...extra: string[]
): Promise<Run> {
  return cli(home, [...command, '--vault', vault, '--format', format, '--out', out, ...extra]);
}

/** Exactly one line on stderr, in both languages. */
export function expectOneLineError(run: Run, code: number): void {
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: .+ \/ Error: .+$/);
}
