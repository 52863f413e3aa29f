// Issue 11 item 5, the production shell, with Electron mocked (its binary is absent here): the
// menu comes from the command list and has no Reload or DevTools; a packaged window has no
// DevTools; electron-builder.yml sets every recommended fuse.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_SPECS } from '../../../shared/commands';

const electron = vi.hoisted(() => ({ menu: null as unknown, sent: [] as unknown[][] }));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (t: unknown) => t,
    setApplicationMenu: (m: unknown) => {
      electron.menu = m;
    },
  },
  app: { on: vi.fn(), isPackaged: true },
  BrowserWindow: class {},
  dialog: {},
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

const { installMenu, menuTemplate } = await import('../../../electron/main/menu');
const { lockedWebPreferences } = await import('../../../electron/main/window');

/**
 * The parts of electron-builder.yml this test checks, read line by line (no YAML library is a
 * dependency): the `electronFuses:` block, `asar:` and the list under `signExts:`.
 */
function readBuilderConfig() {
  const lines = fs
    .readFileSync(path.resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')
    .split('\n');
  const block = (name: string) => {
    const start = lines.findIndex((l) => l.trimStart().startsWith(`${name}:`));
    const indent = (lines[start] ?? '').search(/\S/);
    const out: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      if (line.search(/\S/) <= indent) break;
      out.push(line.trim());
    }
    return out;
  };
  const electronFuses = Object.fromEntries(
    block('electronFuses').map((l) => {
      const [k, v] = l.split(':').map((x) => x.trim());
      return [k, v === 'true'];
    }),
  );
  const asar = lines
    .find((l) => l.startsWith('asar:'))
    ?.split(':')[1]
    ?.trim();
  const signExts = block('signExts').map((l) => l.replace(/^-\s*/, ''));
  return { electronFuses, asar, signExts };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('the application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`on ${platform}: every app command, no reload, no DevTools`, () => {
      const items = flatten(menuTemplate(platform, () => {}));
      const roles = items.map((i) => i.role).filter(Boolean);
      for (const forbidden of [
        'reload',
        'forceReload',
        'toggleDevTools',
        'viewMenu',
        'windowMenu',
      ]) {
        expect(roles).not.toContain(forbidden);
      }
      const ids = items.map((i) => i.id).filter(Boolean);
      const appCommands = COMMAND_SPECS.filter((c) => c.menu !== 'editor').map((c) => c.id);
      expect(ids.sort()).toEqual([...appCommands].sort());
      // Accelerators are shown but not registered: the page handles each key once.
      for (const i of items) if (i.accelerator) expect(i.registerAccelerator).toBe(false);
    });
  }

  it('sends the chosen command id to the window', () => {
    const send = vi.fn();
    installMenu(() => ({ webContents: { send } }) as never);
    const items = flatten(electron.menu as MenuItemConstructorOptions[]);
    const lock = items.find((i) => i.id === 'vault.lock');
    expect(lock?.accelerator).toBe('CmdOrCtrl+Shift+K');
    (lock?.click as () => void)();
    expect(send).toHaveBeenCalledWith('desk:command', 'vault.lock');
  });
});

describe('the checklist items a config line cannot show', () => {
  it('enables no Blink or experimental features, and no source opens external links', () => {
    const prefs = lockedWebPreferences('/p.cjs') as Record<string, unknown>;
    expect('enableBlinkFeatures' in prefs).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
      });
    const root = path.resolve(import.meta.dirname, '../../..');
    for (const file of [
      ...sources(path.join(root, 'electron')),
      ...sources(path.join(root, 'renderer')),
    ]) {
      const text = fs.readFileSync(file, 'utf8');
      expect(/shell\.openExternal|enableBlinkFeatures|allowpopups/.test(text), file).toBe(false);
    }
  });
});

describe('packaged builds', () => {
  it('have no DevTools', () => {
    expect(lockedWebPreferences('/p.cjs').devTools).toBe(false);
    expect(lockedWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(lockedWebPreferences('/p.cjs', false).devTools).toBe(true);
  });

  it('set every recommended fuse in electron-builder.yml', () => {
    const config = readBuilderConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(config.asar).toBe('true');
    // The native module lives outside the archive, so it is signed like the executables.
    expect(config.signExts).toEqual(['.node']);
  });
});
