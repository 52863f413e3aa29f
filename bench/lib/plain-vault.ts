// The benchmark's baseline: the vault's own code (migrations, repositories, search, the same
// journal/sync/temp/cache settings) over an UNENCRYPTED SQLite file, so that the only
// difference measured is the cipher. Never used by the app.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { DEFAULT_ARGON2, type OpenVault } from '../../electron/services/vault';
import { applySafetyPragmas, readPragmas } from '../../electron/services/vault/storage/connection';
import { newKeysFile } from '../../electron/services/vault/storage/key-slots';
import { migrate } from '../../electron/services/vault/storage/migrate';
import { assembleVault } from '../../electron/services/vault/storage/open-vault';

const ORGANISATION = 'Bench';

/** Opens (creating if asked) a plain database with the vault's schema and settings. */
export function openPlainVault(file: string, create = false): OpenVault {
  const db = new Database(file, { fileMustExist: !create });
  applySafetyPragmas(db);
  const p = readPragmas(db);
  if (p.journalMode !== 'wal' || p.synchronous !== 2 || p.tempStore !== 2)
    throw new Error(`plain baseline pragmas: ${JSON.stringify(p)}`);
  migrate(db);
  if (create) {
    db.prepare(
      'INSERT INTO vault_info (singleton, vault_id, organisation, created_at) VALUES (1, ?, ?, ?)',
    ).run(randomUUID(), ORGANISATION, new Date().toISOString());
  }
  const info = db.prepare('SELECT vault_id FROM vault_info').get() as { vault_id: string };
  // No key: a zero placeholder and an empty key list (backup/passphrase calls are never made).
  return assembleVault(db, Buffer.alloc(32), file, newKeysFile(info.vault_id, []), ORGANISATION, {
    argon2: { ...DEFAULT_ARGON2 },
  });
}
