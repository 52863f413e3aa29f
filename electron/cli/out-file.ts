// The files the CLI writes (a brief's export, a register, a contact card, a package): one place
// says when --out may be written and how, so every command refuses the same way, before the
// passphrase is asked and before anything is rendered or sealed.
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../shared/result';
import { writeFileAtomic } from '../services/files/atomic-file';
import type { Desk } from '../services/desk';
import { absolute, withVault } from './commands';
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

/**
 * Where a command's rendering goes: the vault it renders from, --out and --force, read together
 * from the options (run.ts) and passed along as one.
 */
export interface ExportTarget {
  vault: string;
  out: string;
  force: boolean;
}

/**
 * A file the vault renders, written to --out (a brief's export, a register): one order for every
 * such command — --out is checked before the passphrase is asked and anything is rendered, then
 * the rendering is written whole — and `report` says what was written.
 */
export async function exportToOut<T extends { base64: string }>(
  { vault, out, force }: ExportTarget,
  render: (desk: Desk) => Promise<T>,
  report: (target: string, made: T) => void,
): Promise<void> {
  const target = outTarget(out, force);
  await withVault(vault, async (desk) => {
    const made = await render(desk);
    writeExport(target, Buffer.from(made.base64, 'base64'), force);
    report(target, made);
  });
}
