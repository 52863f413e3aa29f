// Crash-safe file replacement (security.md): write a temp file in the same folder, fsync it,
// rename it over the target, fsync the folder. A reader — or the next start after a power cut —
// sees either the old file or the new one, never a torn mix. Files are private to the user
// (0600); on Windows the mode is ignored and the profile folder's ACL protects them.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const PRIVATE_FILE_MODE = 0o600;

/** A temp name beside target: same folder (so rename is atomic), plain characters only. */
export function tempNameBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
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

/** Replaces target with data atomically and durably. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const tmp = tempNameBeside(target);
  const fd = fs.openSync(tmp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(path.dirname(target));
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
