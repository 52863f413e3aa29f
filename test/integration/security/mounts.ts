// Real full disks and read-only folders for the proofs of security.md test 5, made with what
// the machine allows: a small tmpfs (root with CAP_SYS_ADMIN), a read-only bind mount, chmod
// (which stops a non-root user only) or chattr +i. Each helper proves its effect with a probe
// write before a test relies on it, and registers its undo with onCleanup.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { onCleanup, tempDir } from './support';

/** Runs a command; returns its error text, or null on success. */
function run(cmd: string, args: string[]): string | null {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    return `${cmd} ${args.join(' ')}: ${stderr || String(e)}`;
  }
}

function unmount(dir: string): void {
  // Lazy as a last resort: a test that failed midway may still hold a file open there.
  if (run('umount', [dir]) !== null) run('umount', ['-l', dir]);
}

/** The errno code a probe write into dir fails with, or null if it succeeds. */
function writeProbe(dir: string): string | null {
  const probe = path.join(dir, '.bd-write-probe');
  try {
    fs.writeFileSync(probe, 'x');
    fs.rmSync(probe);
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** A fresh temp folder with a tmpfs of `bytes` mounted on it, or the reason there is none. */
export function smallDisk(bytes: number): { dir: string } | { reason: string } {
  const dir = tempDir('bd-full-');
  const failed = run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', dir]);
  if (failed) return { reason: `cannot mount a tmpfs (${failed})` };
  onCleanup(() => unmount(dir));
  return { dir };
}

/** Whether this machine lets the tests mount a tmpfs; the reason when it does not. */
export function tmpfsProblem(): string | null {
  const disk = smallDisk(64 * 1024);
  if ('reason' in disk) return disk.reason;
  unmount(disk.dir);
  return null;
}

/** Fills the file system of dir to the last byte; returns the filler file (delete to free). */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  try {
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/**
 * Makes dir (and the files in it) read-only for this process, trying in turn a read-only
 * bind mount, chmod (enough unless root), chattr +i. Returns how, with the undo, or every
 * reason it could not.
 */
export function makeReadOnly(dir: string): { how: string; undo: () => void } | { reason: string } {
  const reasons: string[] = [];
  const files = fs.readdirSync(dir).map((n) => path.join(dir, n));

  const bound = run('mount', ['--bind', dir, dir]);
  if (bound === null) {
    const remounted = run('mount', ['-o', 'remount,ro,bind', dir]);
    if (remounted === null && writeProbe(dir) === 'EROFS')
      return registered('read-only bind mount', () => unmount(dir));
    unmount(dir);
    reasons.push(remounted ?? 'the read-only bind mount still accepted a write');
  } else reasons.push(bound);

  const modes = files.map((f) => fs.statSync(f).mode);
  const dirMode = fs.statSync(dir).mode;
  files.forEach((f) => fs.chmodSync(f, 0o400));
  fs.chmodSync(dir, 0o500);
  const undoChmod = () => {
    fs.chmodSync(dir, dirMode);
    files.forEach((f, i) => fs.chmodSync(f, modes[i] ?? 0o600));
  };
  if (writeProbe(dir) !== null) return registered('chmod a-w', undoChmod);
  undoChmod();
  reasons.push('chmod does not stop this user (root)');

  const immutable = run('chattr', ['+i', ...files, dir]);
  const undoChattr = () => void run('chattr', ['-i', ...files, dir]);
  if (immutable === null && writeProbe(dir) !== null) return registered('chattr +i', undoChattr);
  undoChattr();
  reasons.push(immutable ?? 'chattr +i did not stop a write');
  return { reason: reasons.join('; ') };
}

function registered(how: string, undo: () => void) {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      undo();
    }
  };
  onCleanup(once);
  return { how, undo: once };
}
