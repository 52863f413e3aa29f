// A large file written then fsynced waits at the end for the disk to take all of it: sealing
// 1,000 records and 20 MB of renderings spent ~11 ms of its ~70 in the final fsync, time the
// `age` CLI (which does not fsync) never spends (issue 11: seal within 2× the CLI). Asking the
// kernel to write back what is already written, every 2 MiB and on a thread of libuv's pool,
// lets the disk work while this thread goes on encrypting; the final fsync then finds little
// left to do. Measured on bench/exchange.ts: the records seal 63–71 ms → 53–54, the 50 MiB one
// 140 → 97–127, the 200 MB one unchanged within its noise. Every 4 MiB gained less (the last
// few MiB are still dirty at the end), every 8 MiB less again on the small loads.
//
// It is only ever an early start: durability still comes from the writer's own fsync before
// the file takes its name (atomic-file.ts). Each early request gets its own descriptor, closed
// when the request is done, so that the writer's descriptor can be closed at any time; a
// request that fails (a file system that refuses fdatasync on a read-only descriptor, the temp
// file already gone) costs nothing.
import fs from 'node:fs';

/** Bytes written between two early write-back requests. */
export const EARLY_WRITEBACK_BYTES = 2 * 1024 * 1024;

export class EarlyWriteback {
  private askedAt = 0;

  constructor(private readonly file: string) {}

  /** Every byte before `end` is written; each EARLY_WRITEBACK_BYTES more asks for write-back. */
  reached(end: number): void {
    if (end - this.askedAt < EARLY_WRITEBACK_BYTES) return;
    this.askedAt = end;
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return;
    }
    fs.fdatasync(fd, () => fs.close(fd, () => {}));
  }
}
