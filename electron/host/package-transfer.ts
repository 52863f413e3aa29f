// Package files in the browser host (issue: no package bytes over the calls). The browser has
// no native dialog, so the host keeps packages in its own private temp folder (0700) and hands
// the page opaque handles, exactly as a dialog would in Electron:
//   POST /api/package/upload    the package file as the raw body, streamed to a temp file and
//                               refused past 200 MB as it streams → an 'open-package' handle
//                               for packages.preview / packages.import;
//   POST /api/package/target    → a 'save-package' handle for packages.seal and the id to
//                               download the sealed file with;
//   POST /api/package/attachments → an 'attachments-folder' handle (a fresh private folder)
//                               for packages.import and the id to download what it saved;
//   GET  /api/package/download?id=…[&name=…]   the sealed file (or, for an attachments id,
//                               the saved file called name), streamed, then removed.
// The POSTs want the token. The download does not: the page hands it to the browser as a
// plain link so the browser streams the file to disk (a fetch would hold it in the tab's
// memory), and a link cannot carry a header. The id is the capability instead: 192 random
// bits, only ever answered under the token, good for one file, and the origin guards still
// apply. The folder is emptied when the vault locks and removed when the host closes, so
// nothing received or sealed outlives the session that made it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, ok, type Result } from '../../shared/result';
import { PRIVATE_FILE_MODE } from '../services/files/atomic-file';
import { collectDeadChunks } from '../services/exchange/age/young-garbage';
import { MAX_PACKAGE_BYTES } from '../services/exchange/package';
import type { DeskSession } from '../services/session';
import { SECURITY_HEADERS } from './security-headers';

export {
  PACKAGE_ATTACHMENTS_PATH,
  PACKAGE_DOWNLOAD_PATH,
  PACKAGE_TARGET_PATH,
  PACKAGE_UPLOAD_PATH,
} from '../../shared/host-protocol';

const ID = /^[A-Za-z0-9_-]{32}$/;
const newId = () => randomBytes(24).toString('base64url');

const tooLarge = () =>
  fail(
    'package-too-large',
    `Gói quá lớn (tối đa ${MAX_PACKAGE_BYTES / 1024 / 1024} MB). Không mở.`,
    `The package is too large (at most ${MAX_PACKAGE_BYTES / 1024 / 1024} MB). Not opened.`,
  );

/**
 * The body and file chunks are buffers outside V8's heap that V8 frees only after ~64 MB of
 * them (young-garbage.ts): without a minor collection every 16 MiB, a 200 MB upload alone
 * kept the host ~62 MB above its baseline (bench/host-upload.ts).
 */
const COLLECT_EVERY = 16 * 1024 * 1024;
function collectingEvery16MiB(): (chunk: Buffer | string) => void {
  let since = 0;
  return (chunk) => {
    since += chunk.length;
    if (since >= COLLECT_EVERY) {
      since = 0;
      collectDeadChunks();
    }
  };
}

const isPlainName = (name: string) =>
  name.length > 0 && name.length <= 255 && name !== '.' && name !== '..' && !/[\\/\0]/.test(name);

export interface PackageTransfer {
  upload(req: IncomingMessage, res: ServerResponse): Promise<Result<{ file: string }> | null>;
  target(): Result<{ file: string; download: string }>;
  attachments(): Result<{ file: string; download: string }>;
  download(res: ServerResponse, id: string | null, fileName: string | null): void;
  /** Removes every file kept (lock, close). */
  clear(): void;
}

export function createPackageTransfer(
  session: DeskSession,
  root: string = os.tmpdir(),
): PackageTransfer {
  let dir: string | null = null;
  const sealed = new Map<string, string>();
  /** Attachments folders by download id: each saved file in one is downloadable once. */
  const folders = new Map<string, string>();
  /**
   * The last package uploaded: the page shows one opened package at a time, so a new upload
   * removes the one before (200 MB each would otherwise pile up until the lock).
   */
  let lastUpload: string | null = null;
  const folder = () => (dir ??= fs.mkdtempSync(path.join(root, 'bd-host-')));
  const clear = () => {
    sealed.clear();
    folders.clear();
    lastUpload = null;
    if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
    dir = null;
  };
  session.onLock(clear);

  return {
    clear,

    upload(req, res) {
      const declared = Number(req.headers['content-length'] ?? '0');
      if (Number.isFinite(declared) && declared > MAX_PACKAGE_BYTES) {
        req.resume();
        res.setHeader('Connection', 'close');
        return Promise.resolve(tooLarge());
      }
      const file = path.join(folder(), `nhan-${newId()}.bdpack`);
      const out = fs.createWriteStream(file, { flags: 'wx', mode: PRIVATE_FILE_MODE });
      let size = 0;
      const collect = collectingEvery16MiB();
      return new Promise((resolve) => {
        const refuse = (value: Result<{ file: string }> | null) => {
          req.unpipe(out);
          out.destroy();
          fs.rmSync(file, { force: true });
          resolve(value);
        };
        req.on('data', (chunk: Buffer) => {
          size += chunk.length;
          collect(chunk);
          // Counted as it streams: a body that lied about its length stops here.
          if (size > MAX_PACKAGE_BYTES) {
            res.setHeader('Connection', 'close');
            refuse(tooLarge());
            req.destroy();
          }
        });
        req.on('error', () => refuse(null));
        out.on('error', () =>
          refuse(fail('internal', 'Không ghi được gói tạm.', 'The package could not be stored.')),
        );
        out.on('finish', () => {
          if (size > MAX_PACKAGE_BYTES) return;
          if (lastUpload !== null) fs.rmSync(lastUpload, { force: true });
          lastUpload = file;
          resolve(ok({ file: session.files.mint('open-package', file) }));
        });
        req.pipe(out);
      });
    },

    target() {
      const id = newId();
      const file = path.join(folder(), `gui-${id}.bdpack`);
      sealed.set(id, file);
      return ok({ file: session.files.mint('save-package', file), download: id });
    },

    attachments() {
      const id = newId();
      const dir = path.join(folder(), `kem-${id}`);
      fs.mkdirSync(dir, { mode: 0o700 });
      folders.set(id, dir);
      return ok({ file: session.files.mint('attachments-folder', dir), download: id });
    },

    download(res, id, fileName) {
      const known = id !== null && ID.test(id);
      const dir = known ? folders.get(id) : undefined;
      // In an attachments folder only a plain name the import saved there, never a path.
      const saved =
        dir !== undefined && fileName !== null && isPlainName(fileName)
          ? path.join(dir, fileName)
          : undefined;
      const file = known ? (sealed.get(id) ?? saved) : undefined;
      const stat = file ? fs.lstatSync(file, { throwIfNoEntry: false }) : undefined;
      const size = stat?.isFile() ? stat.size : undefined;
      if (!file || size === undefined) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      if (saved === undefined) sealed.delete(id!);
      // The name is only a suggestion to the browser; quoted and encoded, never a path.
      const name = (fileName ?? 'goi.bdpack').replace(/[\\/"\r\n]/g, '_');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(size),
        'Content-Disposition': `attachment; filename="goi.bdpack"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'Cache-Control': 'no-store',
      });
      const stream = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
      stream.on('data', collectingEvery16MiB());
      stream.pipe(res);
      const remove = () => fs.rmSync(file, { force: true });
      stream.on('close', remove);
      res.on('close', () => {
        stream.destroy();
        remove();
      });
    },
  };
}
