// The browser host: the same handlers as the Electron shell, served over HTTP to a browser on
// this machine only (architecture.md, "host/"). It binds 127.0.0.1 — never all interfaces —,
// prints an address carrying a random 256-bit token in its fragment, and answers
//   POST /api/call/<name>  → the dispatcher's Result as JSON (token required),
//   POST /api/pick         → a typed file name as a purpose-bound handle (token required),
//   GET  /api/events       → server-sent `locked` events (token required),
//   /api/package/…         → package files up and down, as handles (package-transfer.ts), and
//   GET  /<file>           → the built renderer, with the app's CSP.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CALL_PATH_PREFIX,
  EVENTS_PATH,
  EXCLUSIVE_CALLS,
  PICK_PATH,
  MAX_REQUEST_BYTES,
  TOKEN_FRAGMENT_KEY,
  TOKEN_HEADER,
} from '../../shared/host-protocol';
import { fail } from '../../shared/result';
import type { Clock } from '../services/clock';
import { createDesk } from '../services/desk';
import type { Dispatch } from '../services/dispatch';
import type { Platform } from '../services/platform';
import type { DeskSession } from '../services/session';
import type { VaultFactory } from '../services/vault/types';
import { pickFile } from './file-picker';
import { createLockEvents } from './lock-events';
import {
  PACKAGE_ATTACHMENTS_PATH,
  PACKAGE_DOWNLOAD_PATH,
  PACKAGE_TARGET_PATH,
  PACKAGE_UPLOAD_PATH,
  createPackageTransfer,
} from './package-transfer';
import { newToken } from './host-address';
import { originProblem, readBody, tokenMatches } from './request-guards';
import { SECURITY_HEADERS } from './security-headers';
import { mimeTypeOf, readStaticFile, resolveStaticPath } from './static-files';

export const LOOPBACK = '127.0.0.1';

export interface HostOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer, normally out/renderer. */
  rendererDir: string;
  platform: Platform;
  /** A vault to show on the unlock screen at start. */
  vaultPath?: string;
  /** The access token; a new random one when not given (see host-address.ts). */
  token?: string;
  factory?: VaultFactory;
  clock?: Clock;
}

export interface RunningHost {
  /** The address to open: http://127.0.0.1:<port>/#token=<token>. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The host's own dispatcher (the CLI unlocks `serve --vault` through it). */
  dispatch: Dispatch;
  session: DeskSession;
  /** Locks the vault and stops listening. */
  close(): Promise<void>;
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  extra: Record<string, string> = {},
): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const refusal = (
  status: number,
  code: 'forbidden' | 'invalid-input',
  vi: string,
  en: string,
  extra: Record<string, string> = {},
) => ({
  status,
  body: fail(code, vi, en),
  extra,
});

const REFUSED = {
  host: refusal(
    403,
    'forbidden',
    'Yêu cầu không đến từ địa chỉ của ứng dụng.',
    'The request did not come from the app’s own address.',
  ),
  token: refusal(401, 'forbidden', 'Thiếu hoặc sai mã truy cập.', 'Missing or wrong access token.'),
  method: refusal(405, 'invalid-input', 'Phương thức không được hỗ trợ.', 'Method not allowed.', {
    Allow: 'POST',
  }),
  type: refusal(415, 'invalid-input', 'Nội dung phải là JSON.', 'The body must be JSON.'),
  size: refusal(413, 'invalid-input', 'Yêu cầu quá lớn.', 'The request is too large.', {
    Connection: 'close',
  }),
};

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { platform, rendererDir } = options;
  const { session, dispatch } = createDesk({
    platform,
    factory: options.factory,
    clock: options.clock,
  });
  if (options.vaultPath) session.remember(options.vaultPath);
  const token = options.token ?? newToken();
  let port = 0;
  const lockEvents = createLockEvents(session);
  /** The package call running now, if any: one at a time, the others are told 'busy'. */
  let exclusiveBusy = false;
  const packages = createPackageTransfer(session);
  const busy = () =>
    fail(
      'busy',
      'Đang xử lý một gói khác; hãy thử lại khi gói đó xong.',
      'Another package is being processed; try again when it is done.',
    );

  /** Method and token checks of the package endpoints; false when it already answered. */
  function packageRequestAllowed(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== method) {
      sendJson(res, 405, REFUSED.method.body, { Allow: method });
      return false;
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendJson(res, 401, REFUSED.token.body);
      return false;
    }
    return true;
  }

  async function handlePackageFile(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (pathname === PACKAGE_DOWNLOAD_PATH) {
      // No token: a plain link the browser streams to disk; the one-time id is the capability
      // (package-transfer.ts says why).
      if (req.method !== 'GET') return sendJson(res, 405, REFUSED.method.body, { Allow: 'GET' });
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      return packages.download(res, query.get('id'), query.get('name'));
    }
    if (!packageRequestAllowed(req, res, 'POST')) return;
    if (pathname === PACKAGE_TARGET_PATH) return sendJson(res, 200, packages.target());
    if (pathname === PACKAGE_ATTACHMENTS_PATH) return sendJson(res, 200, packages.attachments());
    const type = req.headers['content-type'];
    if (type !== undefined && !/^application\/octet-stream\b/i.test(type))
      return sendJson(res, 415, {
        ok: false,
        error: {
          code: 'invalid-input',
          message: {
            vi: 'Gói phải gửi lên dưới dạng tệp nhị phân.',
            en: 'The package must be sent as a binary file.',
          },
        },
      });
    // One package at a time, refused before the body is read, like the package calls.
    if (exclusiveBusy) return sendJson(res, 200, busy(), { Connection: 'close' });
    exclusiveBusy = true;
    try {
      const result = await packages.upload(req, res);
      if (result) sendJson(res, 200, result);
      else res.destroy();
    } finally {
      exclusiveBusy = false;
    }
  }

  /** Reads a JSON body under the token; null when it already answered (refusal). */
  async function readJsonCall(
    req: IncomingMessage,
    res: ServerResponse,
    limit: number,
  ): Promise<{ raw: unknown } | null> {
    if (req.method !== 'POST') {
      sendJson(res, 405, REFUSED.method.body, REFUSED.method.extra);
      return null;
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      sendJson(res, 401, REFUSED.token.body);
      return null;
    }
    const type = req.headers['content-type'];
    if (type !== undefined && !/^application\/json\b/i.test(type)) {
      sendJson(res, 415, REFUSED.type.body);
      return null;
    }
    const read = await readBody(req, limit);
    if (!read.ok) {
      if (read.reason === 'too-large') sendJson(res, 413, REFUSED.size.body, REFUSED.size.extra);
      else res.destroy();
      return null;
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(read.body);
      return { raw: text.trim() !== '' ? JSON.parse(text) : {} };
    } catch {
      sendJson(
        res,
        200,
        fail(
          'invalid-input',
          'Dữ liệu gửi lên không phải JSON hợp lệ.',
          'The request body is not valid JSON.',
        ),
      );
      return null;
    }
  }

  async function handlePick(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonCall(req, res, 64 * 1024);
    if (body) sendJson(res, 200, pickFile(session.files, platform, body.raw));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return void sendJson(res, 405, REFUSED.method.body, { Allow: 'GET' });
    if (!tokenMatches(req.headers[TOKEN_HEADER], token))
      return void sendJson(res, 401, REFUSED.token.body);
    lockEvents.attach(res);
  }

  async function handleCall(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    let name: string;
    try {
      name = decodeURIComponent(pathname.slice(CALL_PATH_PREFIX.length));
    } catch {
      name = pathname.slice(CALL_PATH_PREFIX.length);
    }
    const exclusive = EXCLUSIVE_CALLS.includes(name);
    // Refused before the body is read: a second 200 MB upload is never buffered.
    if (exclusive && exclusiveBusy && req.method === 'POST') {
      return void sendJson(res, 200, busy(), { Connection: 'close' });
    }
    if (exclusive) exclusiveBusy = true;
    try {
      // Package calls carry handles, not bytes: every call has the ordinary limit.
      const body = await readJsonCall(req, res, MAX_REQUEST_BYTES);
      if (body) sendJson(res, 200, await dispatch(name, body.raw));
    } finally {
      if (exclusive) exclusiveBusy = false;
    }
  }

  async function handleStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    const head = { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...head, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveStaticPath(rendererDir, pathname);
    const content = file ? await readStaticFile(rendererDir, file) : null;
    if (!file || !content) {
      res.writeHead(404, { ...head, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      ...head,
      'Content-Type': mimeTypeOf(file),
      'Content-Length': String(content.length),
      // The page itself is never cached, so a rebuilt renderer is picked up on reload.
      ...(file.endsWith('.html') ? { 'Cache-Control': 'no-store' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  const server = http.createServer((req, res) => {
    const problem = originProblem(req, port);
    if (problem) return void sendJson(res, 403, REFUSED.host.body);
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const work = pathname.startsWith(CALL_PATH_PREFIX)
      ? handleCall(req, res, pathname)
      : pathname === PICK_PATH
        ? handlePick(req, res)
        : pathname === EVENTS_PATH
          ? Promise.resolve(handleEvents(req, res))
          : pathname === PACKAGE_UPLOAD_PATH ||
              pathname === PACKAGE_TARGET_PATH ||
              pathname === PACKAGE_ATTACHMENTS_PATH ||
              pathname === PACKAGE_DOWNLOAD_PATH
            ? handlePackageFile(req, res, pathname)
            : handleStatic(req, res, pathname);
    work.catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, fail('internal', 'Lỗi máy chủ cục bộ.', 'Local host error.'));
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    origin,
    port,
    token,
    dispatch,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        session.dispose();
        lockEvents.close();
        packages.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
