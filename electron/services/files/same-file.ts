// Path equality as the file system sees it (issue 11): two names are the same file when they
// resolve to the same real path — through symlinks, `..` and, where the folder's file system
// ignores case (Windows, macOS by default), letter case — or when both exist as one inode
// (hard links). Used wherever a write must not land on the open vault or its sidecars.
import fs from 'node:fs';
import path from 'node:path';

/** The real path of a file that may not exist yet: its folder's real path plus its name. */
export function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    const dir = path.dirname(absolute);
    if (dir === absolute) return absolute;
    return path.join(realPathOf(dir), path.basename(absolute));
  }
}

/** True when the folder's file system finds its own name in another letter case. */
function caseInsensitiveAt(dir: string): boolean {
  const base = path.basename(dir);
  const swapped = base === base.toUpperCase() ? base.toLowerCase() : base.toUpperCase();
  if (swapped === base) return process.platform === 'win32' || process.platform === 'darwin';
  try {
    const a = fs.statSync(dir);
    const b = fs.statSync(path.join(path.dirname(dir), swapped));
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

export function sameFile(a: string, b: string): boolean {
  const ra = realPathOf(a);
  const rb = realPathOf(b);
  if (ra === rb) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    if (sa.ino === sb.ino && sa.dev === sb.dev) return true;
  } catch {
    // One of them does not exist: only the names can say.
  }
  return ra.toLowerCase() === rb.toLowerCase() && caseInsensitiveAt(path.dirname(ra));
}
