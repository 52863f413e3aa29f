// The atomic writer for files too large to hold in memory (packages of up to 200 MB): the same
// rule as writeFileAtomic — a private temp file beside the target, fsynced, then renamed or
// linked into place, never a torn file under the target's name — but filled piece by piece.
import fs from 'node:fs';
import { PRIVATE_FILE_MODE, commitTemp, tempNameBeside, type WriteMode } from './atomic-file';

/** What a streaming writer is handed: append these bytes (in order) to the file. */
export type Append = (bytes: Uint8Array) => void;

/**
 * Calls `fill` with an appender, then commits the temp file under `target` ('never' refuses an
 * existing file as 'file-exists'). If `fill` throws, the temp file is removed and nothing
 * appears under the target's name.
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
