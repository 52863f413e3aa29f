// Creating, opening and restoring vaults. Nothing is written before the secret is proven: a
// wrong passphrase fails at the AEAD unwrap of the keys file, before the database is opened.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppFailure } from '../../../../shared/result';
import { nfc } from '../../../../shared/text';
import { createEmptyPrivateFile } from '../../files/atomic-file';
import { realPathOf } from '../../files/same-file';
import { checkBackupFiles, restoreFiles } from './backup';
import { isPlaintextSqlite, openKeyed, secureConnection, type Db } from './connection';
import { failures, mapErrorsAsync, toVaultFailure } from '../failures';
import { DEFAULT_ARGON2 } from './kdf';
import {
  DEK_BYTES,
  keysPathOf,
  makePassphraseSlot,
  makeRecoverySlot,
  newKeysFile,
  readKeysFile,
  unwrapDek,
  writeKeysFile,
  type KeysFile,
} from './key-slots';
import { migrate, refuseNewer, schemaVersion } from './migrate';
import { assembleVault, type KdfSettings } from './open-vault';
import { generateRecoveryKey } from './recovery-key';
import type { OpenVault, UnlockSecret, VaultFactory } from '../types';

export interface VaultFactoryOptions {
  /**
   * Argon2id cost of NEW passphrase slots. Leave unset (64 MiB, t=3). Lower values exist only
   * for tests that do not test the KDF; opening always uses the cost stored in the slot.
   */
  argon2?: KdfSettings['argon2'];
  /** Forces one Argon2 implementation (tests); by default native, else WASM in a worker. */
  engine?: KdfSettings['engine'];
}

const sidecars = (file: string) => [keysPathOf(file), `${file}-wal`, `${file}-shm`];

function readInfo(db: Db): { vault_id: string; organisation: string } | undefined {
  return db.prepare('SELECT vault_id, organisation FROM vault_info WHERE singleton = 1').get() as
    { vault_id: string; organisation: string } | undefined;
}

/** Opens, checks and upgrades the database; on any failure closes it and zeroes the key. */
function openDatabase(file: string, dek: Buffer, keys: KeysFile, kdf: KdfSettings): OpenVault {
  let db: Db | undefined;
  try {
    db = openKeyed(file, dek);
    // Checked before any pragma or migration can write: a newer vault stays untouched, and a
    // vault whose creation never finished (no schema) is not ours to complete.
    refuseNewer(db);
    if (schemaVersion(db) === 0) throw failures.notOurVault();
    secureConnection(db);
    migrate(db);
    const info = readInfo(db);
    if (!info || info.vault_id !== keys.vaultId) throw failures.notOurVault();
    return assembleVault(db, dek, file, keys, info.organisation, kdf);
  } catch (e) {
    db?.close();
    dek.fill(0);
    throw toVaultFailure(e);
  }
}

/**
 * What can be checked before the key is tried: the file, its keys, that it is not plain SQLite.
 * Any failure here is the one 'cannot-open' answer (no oracle between "no such file" and "keys
 * file missing"). The path is taken by its real path, so a symlink is the same vault.
 */
function beforeTheKey(vaultPath: string): { file: string; keys: KeysFile } {
  try {
    const file = realPathOf(vaultPath);
    if (!fs.statSync(file).isFile()) throw failures.cannotOpen();
    const keys = readKeysFile(keysPathOf(file));
    if (fs.statSync(file).size === 0 || isPlaintextSqlite(file)) throw failures.cannotOpen();
    return { file, keys };
  } catch {
    throw failures.cannotOpen();
  }
}

export function createVaultFactory(options: VaultFactoryOptions = {}): VaultFactory {
  const kdf: KdfSettings = {
    argon2: options.argon2 ?? { ...DEFAULT_ARGON2 },
    engine: options.engine,
  };

  async function create(vaultPath: string, passphrase: string, organisation: string) {
    const file = path.resolve(vaultPath);
    const dir = path.dirname(file);
    const org = nfc(organisation).trim();
    if (!org)
      throw AppFailure.of(
        'invalid-input',
        'Cần tên cơ quan.',
        'The organisation name is required.',
      );
    if (!fs.existsSync(dir)) throw failures.folderMissing(dir);
    const taken = () => [file, ...sidecars(file)].some((p) => fs.existsSync(p));
    if (taken()) throw failures.vaultExists(file);

    const vaultId = randomUUID();
    const dek = randomBytes(DEK_BYTES);
    const recovery = generateRecoveryKey();
    let claimed = false;
    let db: Db | undefined;
    try {
      const keys = newKeysFile(vaultId, [
        await makePassphraseSlot(vaultId, dek, passphrase, kdf.argon2, kdf.engine),
        makeRecoverySlot(vaultId, dek, recovery.bytes),
      ]);
      if (taken()) throw failures.vaultExists(file);
      createEmptyPrivateFile(file); // claims the name (O_EXCL), mode 0600 inherited by -wal/-shm
      claimed = true;
      writeKeysFile(keysPathOf(file), keys, 'never');
      db = openKeyed(file, dek, { create: true });
      secureConnection(db);
      migrate(db);
      db.prepare(
        'INSERT INTO vault_info (singleton, vault_id, organisation, created_at) VALUES (1, ?, ?, ?)',
      ).run(vaultId, org, new Date().toISOString());
      const vault = assembleVault(db, dek, file, keys, org, kdf);
      // The organisation's exchange identity is made with the vault (older vaults: on first use).
      vault.exchange.identity();
      return { vault, recoveryKey: recovery.display };
    } catch (e) {
      db?.close();
      dek.fill(0);
      if (claimed) for (const p of [file, ...sidecars(file)]) fs.rmSync(p, { force: true });
      if ((e as { code?: string }).code === 'EEXIST') throw failures.vaultExists(file);
      throw toVaultFailure(e);
    } finally {
      recovery.bytes.fill(0);
    }
  }

  async function open(vaultPath: string, secret: UnlockSecret) {
    return mapErrorsAsync(async () => {
      const { file, keys } = beforeTheKey(vaultPath);
      const dek = await unwrapDek(keys, secret, kdf.engine);
      return openDatabase(file, dek, keys, kdf);
    });
  }

  /** Restore needs the backup's secret: the copy is opened and checked before it is named. */
  async function restore(backupPath: string, targetPath: string, secret: UnlockSecret) {
    return mapErrorsAsync(async () => {
      const source = path.resolve(backupPath);
      const keys = checkBackupFiles(source);
      const dek = await unwrapDek(keys, secret, kdf.engine);
      try {
        return restoreFiles(source, keys, targetPath, dek);
      } finally {
        dek.fill(0);
      }
    });
  }

  return { create, open, restore };
}

/** The vault factory the app uses: Argon2id at 64 MiB, t = 3. */
export const vaultFactory: VaultFactory = createVaultFactory();
