// Brings a vault's schema up to this release, one numbered migration per transaction, with
// PRAGMA user_version recording how far it got. A vault from a newer release is refused
// untouched, never "repaired" (architecture.md rule 5).
import type { Db } from './connection';
import { failures } from '../failures';
import { MIGRATIONS } from './migrations';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export const schemaVersion = (db: Db): number =>
  Number(db.pragma('user_version', { simple: true }));

/** Throws vault-too-new, without writing anything, if the vault is ahead of these migrations. */
export function refuseNewer(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  if (schemaVersion(db) > (migrations.at(-1)?.version ?? 0)) throw failures.tooNew();
}

/** Runs the pending migrations; returns the versions applied. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  refuseNewer(db, migrations);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    if (!Number.isInteger(m.version) || m.version < 1)
      throw new Error(`bad migration version ${m.version}`);
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
