// The checks every request to the browser host passes before anything else runs. The host
// listens on 127.0.0.1, but a web page in the same browser can still aim requests at it: the
// Host check defeats DNS rebinding (a hostile name resolving to 127.0.0.1), the Origin check
// refuses cross-site pages, and the token (known only to the tab opened from the printed
// address) guards every call.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** Null when the request comes from our own page (or from no page at all), else the reason. */
export function originProblem(req: IncomingMessage, port: number): string | null {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowedHosts(port).has(host)) return 'host';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) return 'origin';
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return 'origin';
  return null;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison (hashing first makes unequal lengths take the same path). */
export function tokenMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads a request body of at most limit bytes. A declared or actual larger body is refused
 * without buffering it; the rest is drained (up to a bound) so the client still reads the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    const refuse = () => {
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > limit * 4) req.destroy();
      });
      req.resume();
      resolve({ ok: false, reason: 'too-large' });
    };
    if (Number.isFinite(declared) && declared > limit) {
      refuse();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        refuse();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ok: true, body: Buffer.concat(chunks) });
    });
    req.on('error', () => {
      if (done) return;
      done = true;
      resolve({ ok: false, reason: 'aborted' });
    });
  });
}
