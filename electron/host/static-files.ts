// Finding a file of the built renderer for a URL path, for both the browser host and the
// Electron shell's app:// protocol. Nothing outside the renderer folder is ever served: no
// `..` segment (plain or percent-encoded), no backslash, no NUL, and the resolved path (and
// its real path, through any symlink) must stay inside the folder.
import fs from 'node:fs';
import path from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (file: string): string =>
  MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

const isInside = (root: string, candidate: string) =>
  candidate === root || candidate.startsWith(root + path.sep);

/**
 * The file a URL path names inside root, or null when the path is malformed or tries to leave
 * it. `/` is index.html. The path is the raw one from the request line (query removed).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  return isInside(base, full) && full !== base ? full : null;
}

/** Reads a resolved file if it is a regular file whose real path is still inside root. */
export async function readStaticFile(root: string, file: string): Promise<Buffer | null> {
  try {
    const [realRoot, realFile] = await Promise.all([
      fs.promises.realpath(root),
      fs.promises.realpath(file),
    ]);
    if (!isInside(realRoot, realFile)) return null;
    const stat = await fs.promises.stat(realFile);
    if (!stat.isFile()) return null;
    return await fs.promises.readFile(realFile);
  } catch {
    return null;
  }
}
