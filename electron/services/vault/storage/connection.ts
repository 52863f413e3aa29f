// Opening the encrypted database. The DEK is a raw AEGIS key: `PRAGMA cipher = 'aegis'`, then
// `PRAGMA key = "x'<hex>'"` — never `db.key(buffer)`, which would run the bytes through a
// passphrase KDF (stack-notes). After keying, the safety pragmas are set and then READ BACK:
// a WAL database reopens with synchronous=NORMAL in this build, and a silent default here
// would trade durability or leak plaintext to temp files without anyone noticing.
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { failures } from '../failures';

export type Db = Database.Database;

export interface VaultPragmas {
  cipher: string;
  journalMode: string;
  /** 2 = FULL */
  synchronous: number;
  /** 2 = MEMORY */
  tempStore: number;
  foreignKeys: number;
  userVersion: number;
}

const PLAINTEXT_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True if the file is an unencrypted SQLite database (so certainly not a vault of ours). */
export function isPlaintextSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    return n === 16 && head.equals(PLAINTEXT_SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens file with the raw key and proves the key works by reading the schema. Nothing is
 * written: a wrong key or a foreign file fails here with SQLITE_NOTADB before any pragma
 * that could touch the file runs.
 */
export function openKeyed(
  file: string,
  dek: Buffer,
  options: { readonly?: boolean; create?: boolean } = {},
): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
  });
  try {
    db.pragma("cipher = 'aegis'");
    // The hex string lives only for this statement; JS strings cannot be wiped.
    db.pragma(`key = "x'${dek.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Sets the safety pragmas (security.md) on an opened, keyed database. */
export function applySafetyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  // Decrypting a page costs more than reading it: keep the hot FTS, index and search-text
  // pages decrypted (64 MiB at most, used only as a large vault is read; at 32 MiB a search
  // over 10,000 meetings decrypted again what the previous searches had read).
  db.pragma('cache_size = -65536');
}

export function readPragmas(db: Db): VaultPragmas {
  const get = (name: string) => db.pragma(name, { simple: true });
  return {
    cipher: String(get('cipher')),
    journalMode: String(get('journal_mode')),
    synchronous: Number(get('synchronous')),
    tempStore: Number(get('temp_store')),
    foreignKeys: Number(get('foreign_keys')),
    userVersion: Number(get('user_version')),
  };
}

/** What is wrong with the pragmas of an open vault; empty when all is as security.md says. */
export function pragmaProblems(p: VaultPragmas): string[] {
  const problems: string[] = [];
  if (p.cipher !== 'aegis') problems.push(`cipher=${p.cipher}`);
  if (p.journalMode !== 'wal') problems.push(`journal_mode=${p.journalMode}`);
  if (p.synchronous !== 2) problems.push(`synchronous=${p.synchronous}`);
  if (p.tempStore !== 2) problems.push(`temp_store=${p.tempStore}`);
  if (p.foreignKeys !== 1) problems.push(`foreign_keys=${p.foreignKeys}`);
  return problems;
}

/** Sets, then asserts; throws (and the caller closes) if the database refused any setting. */
export function secureConnection(db: Db): void {
  applySafetyPragmas(db);
  const problems = pragmaProblems(readPragmas(db));
  if (problems.length > 0) throw failures.pragmaCheckFailed(problems.join(', '));
}

export function integrityOk(db: Db): boolean {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}
