// The preload exposes one function per contract call and nothing else; the keychain is
// refused on Linux's basic_text backend; the app:// scheme serves only the renderer folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security-headers';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ channel, input })),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (scheme: string, fn: (request: Request) => Promise<Response>) =>
      electron.protocolHandlers.set(scheme, fn),
  },
  app: { getPath: () => os.tmpdir(), on: vi.fn() },
  dialog: {},
  safeStorage: {},
}));
vi.mock('electron-store', () => ({ default: class {} }));

describe('preload', () => {
  it('exposes window.desk with exactly one function per contract call, each invoking its own channel', async () => {
    await import('../../../electron/preload/index');
    expect([...electron.exposed.keys()]).toEqual(['desk', 'deskEvents']);
    // The events object offers two subscriptions and nothing generic.
    const events = electron.exposed.get('deskEvents') as Record<string, unknown>;
    expect(Object.keys(events).sort()).toEqual(['onCommand', 'onLocked']);
    expect(Object.isFrozen(events)).toBe(true);
    const desk = electron.exposed.get('desk') as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    expect(Object.keys(desk).sort()).toEqual([...callNames].sort());
    expect(Object.isFrozen(desk)).toBe(true);
    expect(await desk['search.query']?.({ q: 'dau tu' })).toEqual({
      channel: 'search.query',
      input: { q: 'dau tu' },
    });
    expect('invoke' in desk || 'send' in desk || 'on' in desk).toBe(false);
  });
});

describe('keychain availability', () => {
  it('is refused on basic_text and when encryption is unavailable', async () => {
    const { keychainAvailable } = await import('../../../electron/main/platform');
    expect(
      keychainAvailable({
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'basic_text',
      }),
    ).toBe(false);
    expect(
      keychainAvailable({
        isEncryptionAvailable: () => false,
        getSelectedStorageBackend: () => 'gnome_libsecret',
      }),
    ).toBe(false);
    expect(
      keychainAvailable({
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
      }),
    ).toBe(true);
    // Windows and macOS have no backend selection: DPAPI / Keychain.
    expect(keychainAvailable({ isEncryptionAvailable: () => true })).toBe(true);
    expect(
      keychainAvailable({
        isEncryptionAvailable: () => {
          throw new Error('not ready');
        },
      }),
    ).toBe(false);
  });
});

describe('app:// scheme', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-app-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('serves renderer files with the CSP and refuses anything outside or on another host', async () => {
    const renderer = path.join(root, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<title>Briefing Desk</title>');
    fs.writeFileSync(path.join(root, 'secret.txt'), 'bí mật');
    const { serveRenderer } = await import('../../../electron/main/app-protocol');
    serveRenderer(renderer);
    const handle = electron.protocolHandlers.get('app');
    if (!handle) throw new Error('app:// not registered');

    const page = await handle(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Briefing Desk');

    for (const url of [
      'app://bundle/../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      const r = await handle(new Request(url));
      expect(r.status, url).toBe(404);
      expect(await r.text(), url).not.toContain('bí mật');
    }
  });
});
