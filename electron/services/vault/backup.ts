// Backup and restore (security.md). A backup is `VACUUM INTO` a plain temp name beside the
// target — never a URI, which would carry the key into a file name — fsynced, checked with
// integrity_check under the vault's key, then renamed into place, with the keys file copied
// beside it so the backup opens with the same passphrase or recovery key. SQLite3MC writes
// the VACUUM INTO copy encrypted with the connection's cipher and key (tested).
import fs from 'node:fs';
import path from 'node:path';
import { copyToTempBeside, createEmptyPrivateFile, fsyncDir, fsyncFile, tempNameBeside } from './atomic-file';
import { integrityOk, isPlaintextSqlite, openKeyed, type Db } from './connection';
import { failures } from './failures';
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
    const info = db.prepare('SELECT vault_id FROM vault_info').get() as { vault_id: string } | undefined;
    return integrityOk(db) && info?.vault_id === vaultId;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

export function backupVault(db: Db, dek: Buffer, vaultPath: string, outPath: string): { path: string; bytes: number } {
  const target = path.resolve(outPath);
  const forbidden = [vaultPath, keysPathOf(vaultPath), `${vaultPath}-wal`, `${vaultPath}-shm`];
  if (forbidden.includes(target) || keysPathOf(target) === vaultPath) throw failures.backupOntoVault();
  const dir = path.dirname(target);
  if (!exists(dir)) throw failures.folderMissing(dir);
  // A leftover WAL beside the target would be replayed onto the new file when it is opened.
  if (hasHotWal(target)) throw failures.backupInUse(target);
  const keys = readKeysFile(keysPathOf(vaultPath));
  const tmp = tempNameBeside(target);
  createEmptyPrivateFile(tmp);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    if (!verifyCopy(tmp, dek, keys.vaultId)) throw failures.backupCheckFailed();
    // Keys first: a backup file never sits without the keys that open it.
    writeKeysFile(keysPathOf(target), keys);
    fs.renameSync(tmp, target);
    fsyncDir(dir);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
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
 * Copies a backup (and its keys) to targetPath, refusing to overwrite anything. With the DEK
 * (the caller unwrapped it from the backup's keys), the copy is integrity-checked before it
 * takes the target's name.
 */
export function restoreFiles(backupPath: string, keys: KeysFile, targetPath: string, dek: Buffer | null): { path: string } {
  const target = path.resolve(targetPath);
  const dir = path.dirname(target);
  if (!exists(dir)) throw failures.folderMissing(dir);
  if ([target, keysPathOf(target), `${target}-wal`].some(exists)) throw failures.vaultExists(target);
  const tmp = copyToTempBeside(backupPath, target);
  let wroteKeys = false;
  try {
    if (dek && !verifyCopy(tmp, dek, keys.vaultId)) throw failures.notOurVault();
    if (exists(target) || exists(keysPathOf(target))) throw failures.vaultExists(target);
    writeKeysFile(keysPathOf(target), keys);
    wroteKeys = true;
    fs.renameSync(tmp, target);
    fsyncDir(dir);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (wroteKeys && !exists(target)) fs.rmSync(keysPathOf(target), { force: true });
    throw e;
  }
  return { path: target };
}
