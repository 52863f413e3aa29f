// Server-sent events of the browser host (issue 11): the page learns of a lock the moment it
// happens — idle, another tab, a system lock — instead of finding out at its next poll, and
// clears its stores. The stream is fetched with the token header (EventSource cannot send
// one), carries no secret, and is closed with the host.
import type { ServerResponse } from 'node:http';
import type { DeskSession, LockReason } from '../services/session';
import { SECURITY_HEADERS } from './security-headers';

/** Comments keep idle proxies and the browser from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

export interface LockEvents {
  attach(res: ServerResponse): void;
  close(): void;
}

export function createLockEvents(session: DeskSession): LockEvents {
  const open = new Set<ServerResponse>();
  const send = (reason: LockReason) => {
    for (const res of open) res.write(`event: locked\ndata: ${JSON.stringify({ reason })}\n\n`);
  };
  const stopListening = session.onLock(send);
  const keepAlive = setInterval(() => {
    for (const res of open) res.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return {
    attach(res) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      open.add(res);
      res.on('close', () => open.delete(res));
    },
    close() {
      stopListening();
      clearInterval(keepAlive);
      for (const res of open) res.end();
      open.clear();
    },
  };
}
