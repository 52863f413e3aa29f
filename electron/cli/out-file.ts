// The files the CLI writes (a brief's export, a register, a contact card, a package): one place
// says when --out may be written and how, so every command refuses the same way, before the
// passphrase is asked and before anything is rendered or sealed.
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../shared/result';
import { writeFileAtomic } from '../services/files/atomic-file';
import { absolute } from './commands';
import { CliFailure } from './failure';

export const outExists = (file: string) =>
  new CliFailure(
    `Tệp ${file} đã tồn tại; thêm --force để ghi đè.`,
    `${file} already exists; add --force to overwrite it.`,
  );

/**
 * The absolute --out path, once it is known that it may be written: an existing file only with
 * --force, and only into a folder that exists (the writer checks again when it writes).
 */
export function outTarget(out: string, force: boolean): string {
  const target = absolute(out);
  if (!force && fs.existsSync(target)) throw outExists(target);
  if (!fs.statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory())
    throw new CliFailure(
      `Thư mục không tồn tại: ${path.dirname(target)}`,
      `The folder does not exist: ${path.dirname(target)}`,
    );
  return target;
}

/** Writes data to target whole or not at all; without force, an existing target is kept. */
export function writeExport(target: string, data: Buffer, force: boolean): void {
  try {
    writeFileAtomic(target, data, force ? 'replace' : 'never');
  } catch (e) {
    if (e instanceof AppFailure && e.error.code === 'file-exists') throw outExists(target);
    throw e;
  }
}

/** What a command that drafts a brief prints: its id, or with --json the fields a script needs. */
export function madeBrief(
  made: { id: string; revision: number; template: string; meetingId: string | null },
  json: boolean,
): string {
  if (!json) return made.id;
  const { id, revision, template, meetingId } = made;
  return JSON.stringify({ id, revision, template, meetingId }, null, 2);
}
