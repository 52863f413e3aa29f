// Starts the app for an end-to-end spec: the browser host (the built CLI's `serve`, opened
// in Debian's Chromium) or the real Electron shell. Each run gets its own temporary home so
// vaults and preferences never leak between runs or into the user's folders.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  chromium,
  test,
  _electron,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface RunningApp {
  page: Page;
  home: string;
  close(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'bd-e2e-'));
}

function envFor(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    BRIEFING_DESK_HOME: home,
  };
}

export interface Host {
  proc: ChildProcess;
  /** The address with its token, as the host prints it. */
  url: string;
}

/**
 * The built CLI's `serve` over `home`, on `port` (any free one by default): a spec that kills
 * and restarts the host over the same home calls this itself.
 */
export async function startHost(home: string, port = 0): Promise<Host> {
  const cli = join(root, 'out/main/cli.js');
  if (!existsSync(cli)) throw new Error('out/main/cli.js is missing: run `npm run build` first');
  const proc = spawn(process.execPath, [cli, 'serve', '--port', String(port)], {
    env: envFor(home),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${out}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[0]);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`browser host exited (${code}):\n${out}`)));
  });
  return { proc, url };
}

/** Debian's Chromium, headless, with nothing of its own reaching the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export async function launchBrowserHost(): Promise<RunningApp> {
  const home = tempHome();
  const { proc: host, url } = await startHost(home);
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    home,
    async close() {
      await browser.close();
      host.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The Electron binary path if the runtime is installed, else the reason it is not. */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile))
      return {
        missing:
          'the Electron runtime was never downloaded (node_modules/electron/path.txt is absent; it cannot be fetched offline)',
      };
    const bin = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? { path: bin } : { missing: `the Electron binary ${bin} is absent` };
  } catch {
    return { missing: 'the electron package is not installed' };
  }
}

/**
 * The app for the spec's project: the browser host, or the Electron shell — which skips the
 * spec, saying why, where its runtime is missing (the browser-host project runs the same spec).
 */
export async function launchFor(launcher: unknown): Promise<RunningApp> {
  if (launcher !== 'electron') return launchBrowserHost();
  const bin = electronBinary();
  if ('missing' in bin)
    console.warn(
      `[electron] skipped: ${bin.missing}; the browser-host project runs the same spec.`,
    );
  test.skip(
    'missing' in bin,
    `Electron launcher skipped: ${'missing' in bin ? bin.missing : ''}. The browser-host project runs the same spec.`,
  );
  return launchElectron();
}

export async function launchElectron(): Promise<RunningApp> {
  const bin = electronBinary();
  if (!('path' in bin)) throw new Error(bin.missing);
  const home = tempHome();
  const app: ElectronApplication = await _electron.launch({
    executablePath: bin.path,
    args: [root],
    env: envFor(home) as Record<string, string>,
  });
  const page = await app.firstWindow();
  return {
    page,
    home,
    async close() {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
