// Crash-safe file writing (security.md, issue 8: one module for every writer): write a temp file in the same folder, fsync it,
// rename it over the target, fsync the folder. A reader — or the next start after a power cut —
// sees either the old file or the new one, never a torn mix. Files are private to the user
// (0600); on Windows the mode is ignored and the profile folder's ACL protects them.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../../shared/result';

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

/**
 * The same writer for files too large to hold in memory (packages of up to 200 MB), filled
 * piece by piece: calls `fill` with an appender, then commits the temp file under `target`
 * ('never' refuses an existing file as 'file-exists'). If `fill` throws, the temp file is
 * removed and nothing appears under the target's name.
 */
export function writeFileAtomicStreaming(
  target: string,
  fill: (append: Append) => void,
  mode: WriteMode = 'never',
): void {
  const tmp = tempNameBeside(target);
  const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      fill((bytes) => {
        let done = 0;
        while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
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
