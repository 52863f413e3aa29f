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
  _electron,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
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

export async function launchBrowserHost(): Promise<RunningApp> {
  const home = tempHome();
  const cli = join(root, 'out/main/cli.js');
  if (!existsSync(cli)) throw new Error('out/main/cli.js is missing: run `npm run build` first');
  const host: ChildProcess = spawn(process.execPath, [cli, 'serve', '--port', '0'], {
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
    host.stdout?.on('data', onData);
    host.stderr?.on('data', onData);
    host.on('exit', (code) => reject(new Error(`browser host exited (${code}):\n${out}`)));
  });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
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
