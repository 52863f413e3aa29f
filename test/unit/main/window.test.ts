// The window factory's locked settings and refusals, with Electron mocked (its binary is not
// installed here): these are the properties security.md requires of every window.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const created = vi.hoisted(() => ({ windows: [] as FakeWindow[], answer: vi.fn(() => 0) }));

interface FakeWindow {
  options: Record<string, unknown>;
  webContents: FakeContents;
  loadURL: ReturnType<typeof vi.fn>;
  once: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
}
interface FakeContents {
  listeners: Map<string, Listener[]>;
  on(event: string, fn: Listener): void;
  setWindowOpenHandler: ReturnType<typeof vi.fn>;
  session: {
    setPermissionRequestHandler: ReturnType<typeof vi.fn>;
    setPermissionCheckHandler: ReturnType<typeof vi.fn>;
  };
}

vi.mock('electron', () => {
  const makeContents = (): FakeContents => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(event, fn) {
        listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      },
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    };
  };
  class BrowserWindow {
    webContents = makeContents();
    loadURL = vi.fn(async () => {});
    once = vi.fn();
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      created.windows.push(this as unknown as FakeWindow);
    }
  }
  return {
    BrowserWindow,
    dialog: { showMessageBoxSync: created.answer },
    app: { on: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
});

const { createMainWindow, lockedWebPreferences } = await import('../../../electron/main/window');

function emit(contents: FakeContents, event: string, ...args: unknown[]) {
  for (const fn of contents.listeners.get(event) ?? []) fn(...args);
}

describe('the window factory', () => {
  beforeEach(() => {
    created.windows.length = 0;
  });

  it('creates windows isolated, sandboxed, without Node, webviews or spellcheck, with our preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs' });
    const win = created.windows[0];
    expect(win).toBeDefined();
    const prefs = win?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs).toEqual(lockedWebPreferences('/app/out/preload/index.cjs'));
    expect(win?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(win?.options.show).toBe(false);
  });

  it('denies navigation, redirects, webviews, new windows and every permission', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const contents = created.windows[0]?.webContents;
    if (!contents) throw new Error('window');
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      emit(contents, event, { preventDefault }, 'https://evil.example/');
      expect(preventDefault, event).toHaveBeenCalled();
    }
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: unknown) => unknown;
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });

    const requestHandler = contents.session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      w: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = contents.session.setPermissionCheckHandler.mock
      .calls[0]?.[0] as () => boolean;
    expect(checkHandler()).toBe(false);
  });

  it('reuses saved bounds', () => {
    createMainWindow({ preloadPath: '/p.cjs', bounds: { x: 10, y: 20, width: 1000, height: 700 } });
    expect(created.windows[0]?.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('asks before closing over unsaved changes, and closes only when the user says so', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const contents = created.windows[0]!.webContents;
    const stay = { preventDefault: vi.fn() };
    created.answer.mockReturnValueOnce(0);
    emit(contents, 'will-prevent-unload', stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    const discard = { preventDefault: vi.fn() };
    created.answer.mockReturnValueOnce(1);
    emit(contents, 'will-prevent-unload', discard);
    expect(discard.preventDefault).toHaveBeenCalled();
  });
});
