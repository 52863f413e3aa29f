// What every repository function receives: the open database, the vault's organisation (the
// default origin of new records) and a cache of prepared statements, so the SQL of a hot path
// is compiled once per open.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './storage/connection';

type Statement = Database.Statement<unknown[], unknown>;

export interface VaultContext {
  readonly db: Db;
  readonly organisation: string;
  stmt(sql: string): Statement;
  /** Runs work in one IMMEDIATE transaction (a savepoint when nested). */
  tx<T>(work: () => T): T;
}

export function createContext(db: Db, organisation: string): VaultContext {
  const cache = new Map<string, Statement>();
  return {
    db,
    organisation,
    stmt(sql) {
      let s = cache.get(sql);
      if (!s) {
        s = db.prepare(sql);
        cache.set(sql, s);
      }
      return s;
    },
    tx(work) {
      return db.transaction(work).immediate();
    },
  };
}
