// Backup and restore (security.md). A backup is `VACUUM INTO` a plain temp name beside the
// target — never a URI, which would carry the key into a file name — fsynced, checked with
// integrity_check under the vault's key, then renamed into place, with the keys file copied
// beside it so the backup opens with the same passphrase or recovery key. SQLite3MC writes
// the VACUUM INTO copy encrypted with the connection's cipher and key (tested).
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../../shared/result';
import {
  commitTemp,
  copyToTempBeside,
  createEmptyPrivateFile,
  fileExistsFailure,
  fsyncFile,
  tempNameBeside,
} from '../../files/atomic-file';
import { sameFile } from '../../files/same-file';
import { integrityOk, isPlaintextSqlite, openKeyed, type Db } from './connection';
import { failures } from '../failures';
import { keysPathOf, readKeysFile, writeKeysFile, type KeysFile } from './key-slots';

const exists = (p: string) => fs.existsSync(p);
const hasHotWal = (dbPath: string) => {
  try {
    return fs.statSync(`${dbPath}-wal`).size > 0;
  } catch {
    return false;
  }
};

/** Opens a copy with the key and checks every page and that it is this vault's copy. */
function verifyCopy(file: string, dek: Buffer, vaultId: string): boolean {
  let db: Db | undefined;
  try {
    db = openKeyed(file, dek, { readonly: true });
    const info = db.prepare('SELECT vault_id FROM vault_info').get() as
      { vault_id: string } | undefined;
    return integrityOk(db) && info?.vault_id === vaultId;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The open vault's own files: nothing may be written onto any of them. */
const vaultFiles = (vaultPath: string) => [
  vaultPath,
  keysPathOf(vaultPath),
  `${vaultPath}-wal`,
  `${vaultPath}-shm`,
];

/**
 * Writes a verified backup to outPath and its keys beside it. `replace` is true only when the
 * user chose that exact existing file in a save dialog (CLI: --force); otherwise an existing
 * file or keys file at the target is refused untouched ('file-exists'). Equality with the open
 * vault is by real path (symlinks, case on case-insensitive file systems, hard links).
 */
export function backupVault(
  db: Db,
  dek: Buffer,
  vaultPath: string,
  outPath: string,
  replace = false,
): { path: string; bytes: number } {
  const target = path.resolve(outPath);
  const own = vaultFiles(vaultPath);
  if ([target, keysPathOf(target)].some((t) => own.some((v) => sameFile(t, v))))
    throw failures.backupOntoVault();
  const dir = path.dirname(target);
  if (!exists(dir)) throw failures.folderMissing(dir);
  // Replacing is for the file the user chose: a keys file without its backup beside it is
  // someone else's, and is never replaced on the strength of a choice of the other name.
  if (!replace && (exists(target) || exists(keysPathOf(target)))) throw fileExistsFailure(target);
  if (replace && !exists(target) && exists(keysPathOf(target)))
    throw fileExistsFailure(keysPathOf(target));
  // A leftover WAL beside the target would be replayed onto the new file when it is opened.
  if (hasHotWal(target)) throw failures.backupInUse(target);
  const mode = replace ? 'replace' : 'never';
  const keys = readKeysFile(keysPathOf(vaultPath));
  const tmp = tempNameBeside(target);
  createEmptyPrivateFile(tmp);
  let wroteKeys = false;
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    if (!verifyCopy(tmp, dek, keys.vaultId)) throw failures.backupCheckFailed();
    // Keys first: a backup file never sits without the keys that open it.
    writeKeysFile(keysPathOf(target), keys, mode);
    wroteKeys = true;
    commitTemp(tmp, target, mode);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (wroteKeys && !replace && !exists(target)) fs.rmSync(keysPathOf(target), { force: true });
    throw e;
  }
  return { path: target, bytes: fs.statSync(target).size };
}

/** Structural checks a restore can make without any secret. */
export function checkBackupFiles(backupPath: string): KeysFile {
  if (!exists(backupPath)) throw failures.vaultNotFound(backupPath);
  const keys = readKeysFile(keysPathOf(backupPath));
  const size = fs.statSync(backupPath).size;
  if (size === 0 || size % 512 !== 0 || isPlaintextSqlite(backupPath)) throw failures.notOurVault();
  if (hasHotWal(backupPath)) throw failures.backupInUse(backupPath);
  return keys;
}

/**
 * Copies a backup (and its keys) to targetPath, refusing to overwrite anything. The DEK (the
 * caller unwrapped it from the backup's keys with the user's secret) is required: the copy is
 * integrity-checked under it before it takes the target's name.
 */
export function restoreFiles(
  backupPath: string,
  keys: KeysFile,
  targetPath: string,
  dek: Buffer,
): { path: string } {
  const target = path.resolve(targetPath);
  const dir = path.dirname(target);
  if (!exists(dir)) throw failures.folderMissing(dir);
  if (
    [backupPath, keysPathOf(backupPath)].some(
      (b) => sameFile(b, target) || sameFile(b, keysPathOf(target)),
    )
  ) {
    throw failures.vaultExists(target);
  }
  if ([target, keysPathOf(target), `${target}-wal`].some(exists))
    throw failures.vaultExists(target);
  const tmp = copyToTempBeside(backupPath, target);
  let wroteKeys = false;
  try {
    // The copy is opened with the key and checked page by page before it takes any name.
    if (!verifyCopy(tmp, dek, keys.vaultId)) throw failures.notOurVault();
    writeKeysFile(keysPathOf(target), keys, 'never');
    wroteKeys = true;
    commitTemp(tmp, target, 'never');
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (wroteKeys && !exists(target)) fs.rmSync(keysPathOf(target), { force: true });
    if (e instanceof AppFailure && e.error.code === 'file-exists')
      throw failures.vaultExists(target);
    throw e;
  }
  return { path: target };
}
