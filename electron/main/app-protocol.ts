// The app:// scheme the window loads from, instead of file:// (security.md): a standard,
// secure origin (app://bundle) so the CSP's 'self' means the built renderer and nothing else
// on disk. Files are found by the same contained resolver as the browser host's.
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../host/security-headers';
import { mimeTypeOf, readStaticFile, resolveStaticPath } from '../host/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    const file = resolveStaticPath(rendererDir, url.pathname);
    const content = file ? await readStaticFile(rendererDir, file) : null;
    if (!file || !content) return notFound();
    return new Response(new Uint8Array(content), {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': mimeTypeOf(file),
        'Cache-Control': 'no-cache',
      },
    });
  });
}
