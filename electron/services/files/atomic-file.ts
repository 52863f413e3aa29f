// Crash-safe file writing (security.md, issue 8: one module for every writer): write a temp file in the same folder, fsync it,
// rename it over the target, fsync the folder. A reader — or the next start after a power cut —
// sees either the old file or the new one, never a torn mix. Files are private to the user
// (0600); on Windows the mode is ignored and the profile folder's ACL protects them.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../../shared/result';
import { EarlyWriteback } from './early-writeback';

export const PRIVATE_FILE_MODE = 0o600;

/** A temp name beside target: same folder (so rename is atomic), plain characters only. */
export function tempNameBeside(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/** Makes a rename durable. Windows cannot open a folder for fsync; NTFS journals the rename. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (e) {
    if (process.platform === 'win32') return;
    throw e;
  }
  try {
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export const fileExistsFailure = (target: string) =>
  AppFailure.of(
    'file-exists',
    `Đã có tệp tại ${target}; Briefing Desk không ghi đè lên tệp có sẵn. Hãy chọn tên khác.`,
    `A file already exists at ${target}; Briefing Desk does not overwrite existing files. Choose another name.`,
  );

/**
 * How a finished temp file takes its name. 'replace' renames over whatever is there (the user
 * chose that exact file in a save dialog, or it is the app's own file such as preferences);
 * 'never' links the temp file to the name, which the kernel refuses atomically if the name
 * exists — no check-then-write race — and reports as 'file-exists'.
 */
export type WriteMode = 'replace' | 'never';

/** Gives tmp the name target, under the mode; tmp is gone afterwards either way. */
export function commitTemp(tmp: string, target: string, mode: WriteMode): void {
  try {
    if (mode === 'replace') {
      fs.renameSync(tmp, target);
    } else {
      try {
        fs.linkSync(tmp, target);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EEXIST') throw fileExistsFailure(target);
        // File systems without hard links (FAT, some network shares): an exclusive copy still
        // never replaces anything, at the cost of a copy.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS')
          throw e;
        try {
          fs.copyFileSync(tmp, target, fs.constants.COPYFILE_EXCL);
        } catch (copyError) {
          if ((copyError as { code?: string }).code === 'EEXIST') throw fileExistsFailure(target);
          throw copyError;
        }
        fsyncFile(target);
      }
      fs.rmSync(tmp, { force: true });
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(path.dirname(target));
}

/**
 * THE way the app writes a file (backups, exports, keys, preferences, CLI exports): a private
 * temp file beside the target, fsynced, then renamed ('replace') or linked ('never') into
 * place, then the folder fsynced. The default never overwrites.
 */
export function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  mode: WriteMode = 'never',
): void {
  writeFileAtomicStreaming(
    target,
    (append) => append(typeof data === 'string' ? Buffer.from(data, 'utf8') : data),
    mode,
  );
}

/** What a streaming writer is handed: append these bytes (in order) to the file. */
export type Append = (bytes: Uint8Array) => void;

/** The temp file a positional writer fills (writeFileAtomicAt). */
export interface TempFile {
  /** Its path: another thread of this process may open it to write its own share. */
  readonly path: string;
  /** Writes the parts one after another from `position`. */
  writeAt(parts: readonly Uint8Array[], position: number): void;
  /** Every byte before `end` is written (by any thread): the disk may start on them. */
  reached(end: number): void;
}

/**
 * The same writer for files too large to hold in memory (packages of up to 200 MB), filled
 * piece by piece (the disk starts on what is written while the rest is still being made:
 * early-writeback.ts): calls `fill` with an appender, then commits the temp file under `target`
 * ('never' refuses an existing file as 'file-exists'). If `fill` throws, the temp file is
 * removed and nothing appears under the target's name.
 */
export function writeFileAtomicStreaming(
  target: string,
  fill: (append: Append) => void,
  mode: WriteMode = 'never',
): void {
  writeFileAtomicAt(
    target,
    (file) => {
      let end = 0;
      fill((bytes) => {
        file.writeAt([bytes], end);
        end += bytes.length;
        file.reached(end);
      });
    },
    mode,
  );
}

/**
 * The streaming writer for a file written by position (a package whose chunks two threads
 * write, each where it belongs): `fill` writes every byte of the file through `writeAt` (or
 * has another thread write some, by path) and says how far it is complete with `reached`;
 * the file is fsynced and committed as by writeFileAtomicStreaming once `fill` returns.
 */
export function writeFileAtomicAt(
  target: string,
  fill: (file: TempFile) => void,
  mode: WriteMode = 'never',
): void {
  const tmp = tempNameBeside(target);
  const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      const writeback = new EarlyWriteback(tmp);
      fill({
        path: tmp,
        writeAt: (parts, position) => writeAllAt(fd, parts, position),
        reached: (end) => writeback.reached(end),
      });
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  commitTemp(tmp, target, mode);
}

/** Writes every byte of `parts` from `position`: one system call unless the kernel stops short. */
function writeAllAt(fd: number, parts: readonly Uint8Array[], position: number): void {
  if (parts.length === 1) return writeWhole(fd, parts[0]!, position);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const done = fs.writevSync(fd, parts as Uint8Array[], position);
  if (done < total) writeWhole(fd, Buffer.concat(parts).subarray(done), position + done);
}

function writeWhole(fd: number, bytes: Uint8Array, position: number): void {
  for (let at = 0; at < bytes.length;)
    at += fs.writeSync(fd, bytes, at, bytes.length - at, position + at);
}

/** Copies source to a durable private temp file beside target; the caller renames it. */
export function copyToTempBeside(source: string, target: string): string {
  const tmp = tempNameBeside(target);
  try {
    fs.copyFileSync(source, tmp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(tmp, PRIVATE_FILE_MODE);
    fsyncFile(tmp);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return tmp;
}

/** Creates an empty private file, failing if anything exists there already. */
export function createEmptyPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
}
