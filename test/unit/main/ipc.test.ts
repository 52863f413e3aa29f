// The one IPC registration: a channel per contract call, and the sender check that runs
// before anything is parsed — only the main frame of our window, showing an app:// page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../shared/contract';
import { CALL_NAMES } from '../../../shared/call-names';

const handlers = vi.hoisted(
  () => new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>(),
);

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, raw: unknown) => Promise<unknown>) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, fn);
    },
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

const { registerIpc } = await import('../../../electron/main/ipc');

interface Frame {
  url: string;
  processId: number;
  routingId: number;
  parent: Frame | null;
}

function fakeWindow(url = 'app://bundle/index.html') {
  const mainFrame: Frame = { url, processId: 4, routingId: 1, parent: null };
  const webContents = { mainFrame };
  let destroyed = false;
  return {
    webContents,
    mainFrame,
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
}

describe('IPC registration', () => {
  const dispatch = vi.fn(async (name: string, raw: unknown) => ({
    ok: true as const,
    value: { name, raw },
  }));
  let win = fakeWindow();

  beforeEach(() => {
    handlers.clear();
    dispatch.mockClear();
    win = fakeWindow();
    registerIpc(dispatch, () => win as never);
  });

  const invoke = (channel: string, event: unknown, raw: unknown = {}) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, raw);
  };

  it('registers exactly one channel per contract call, named as the call', () => {
    expect([...handlers.keys()].sort()).toEqual([...callNames].sort());
    // The preload's plain list (no zod in the preload) names the same calls.
    expect([...CALL_NAMES].sort()).toEqual([...callNames].sort());
  });

  it('dispatches a call from the main frame of our window', async () => {
    const r = await invoke(
      'meetings.list',
      { sender: win.webContents, senderFrame: win.mainFrame },
      { year: 2025 },
    );
    expect(r).toEqual({ ok: true, value: { name: 'meetings.list', raw: { year: 2025 } } });
    expect(dispatch).toHaveBeenCalledWith('meetings.list', { year: 2025 });
  });

  it('refuses subframes, other windows, foreign pages, vanished frames and closed windows', async () => {
    const subframe: Frame = {
      url: 'app://bundle/index.html',
      processId: 4,
      routingId: 9,
      parent: win.mainFrame,
    };
    const otherContents = { mainFrame: { ...win.mainFrame } };
    const cases: [string, unknown, (() => void)?][] = [
      ['a subframe', { sender: win.webContents, senderFrame: subframe }],
      ['another web contents', { sender: otherContents, senderFrame: otherContents.mainFrame }],
      ['no frame', { sender: win.webContents, senderFrame: null }],
      [
        'a page navigated away',
        {
          sender: win.webContents,
          senderFrame: { ...win.mainFrame, url: 'https://evil.example/' },
        },
      ],
      [
        'a file:// page',
        { sender: win.webContents, senderFrame: { ...win.mainFrame, url: 'file:///tmp/x.html' } },
      ],
      [
        'another app:// host',
        {
          sender: win.webContents,
          senderFrame: { ...win.mainFrame, url: 'app://evil/index.html' },
        },
      ],
      [
        'a bad URL',
        { sender: win.webContents, senderFrame: { ...win.mainFrame, url: 'not a url' } },
      ],
      [
        'a destroyed window',
        { sender: win.webContents, senderFrame: win.mainFrame },
        () => win.destroy(),
      ],
    ];
    for (const [label, event, before] of cases) {
      before?.();
      const r = (await invoke('vault.unlock', event, { path: '/x', passphrase: 'p' })) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(r.ok, label).toBe(false);
      expect(r.error?.code, label).toBe('forbidden');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
