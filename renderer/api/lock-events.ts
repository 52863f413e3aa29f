// The host tells the window the moment the vault locks (issue 11), so records leave the screen
// and the stores at once rather than at the next status poll. Electron: main sends
// `desk:locked` through the preload's one subscription; browser host: a server-sent event
// stream read with fetch (EventSource cannot carry the token header), reopened if it drops.
import { EVENTS_PATH, TOKEN_HEADER } from '../../shared/host-protocol';
import { takeToken } from './client';

declare global {
  interface Window {
    deskEvents?: {
      onLocked(listener: () => void): () => void;
      onCommand(listener: (id: string) => void): () => void;
    };
  }
}

const RECONNECT_MS = 5_000;

function streamFromHost(listener: () => void): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function connect(): Promise<void> {
    controller = new AbortController();
    try {
      const response = await window.fetch(EVENTS_PATH, {
        headers: { [TOKEN_HEADER]: takeToken() ?? '' },
        credentials: 'omit',
        cache: 'no-store',
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error('no stream');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        if (events.some((e) => e.split('\n').includes('event: locked'))) listener();
      }
    } catch {
      // Dropped or refused: try again shortly; the status poll still covers the gap.
    }
    if (!stopped) timer = setTimeout(() => void connect(), RECONNECT_MS);
  }

  void connect();
  return () => {
    stopped = true;
    controller?.abort();
    if (timer) clearTimeout(timer);
  };
}

/** Calls listener whenever the host locks the vault; returns the unsubscribe function. */
export function onHostLock(listener: () => void): () => void {
  if (window.deskEvents) return window.deskEvents.onLocked(listener);
  // No token, no host to listen to (a page opened without the host's address, tests).
  if (
    typeof window.fetch !== 'function' ||
    typeof TextDecoderStream === 'undefined' ||
    !takeToken()
  )
    return () => {};
  return streamFromHost(listener);
}

/** Electron's application menu: the id of the command the user picked. */
export function onMenuCommand(listener: (id: string) => void): () => void {
  return window.deskEvents ? window.deskEvents.onCommand(listener) : () => {};
}
