// Older vaults for the migration tests: a real encrypted vault file whose records this release
// wrote through its repositories, opened raw with its key and rolled back to the schema an
// older release left — so each test states only what it stores, the version it starts from,
// and what the upgrade must keep.
import path from 'node:path';
import {
  openKeyed,
  secureConnection,
  type Db,
} from '../../../../electron/services/vault/storage/connection';
import {
  keysPathOf,
  readKeysFile,
  unwrapDek,
} from '../../../../electron/services/vault/storage/key-slots';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';
import { ORG, PASS, tempDir, weakFactory } from '../helpers';
import { rollBackTo } from './rollback';

type Vault = Awaited<ReturnType<typeof weakFactory.create>>['vault'];

export interface RawVault<T> {
  file: string;
  /** The data key, to open the file raw again after an upgrade; the test zeroes it. */
  dek: Buffer;
  /** The database opened with the key and the app's safety pragmas. */
  db: Db;
  /** What `fill` returned: the records as this release saved them. */
  made: T;
}

/** A new vault holding what `fill` saves, closed, then opened raw at the current schema. */
export async function rawVault<T = undefined>(
  fill: (vault: Vault) => T = () => undefined as T,
): Promise<RawVault<T>> {
  const file = path.join(tempDir(), 'kho.bdvault');
  const { vault } = await weakFactory.create(file, PASS, ORG);
  const made = fill(vault);
  vault.close();
  const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase: PASS });
  const db = openKeyed(file, dek);
  secureConnection(db);
  return { file, dek, db, made };
}

/** The same, rolled back to `version`: the file as the release at that schema left it. */
export async function vaultAtSchema<T>(
  version: number,
  fill: (vault: Vault) => T,
): Promise<RawVault<T>> {
  const old = await rawVault(fill);
  rollBackTo(old.db, version);
  return old;
}

/** The migrations a release at `version` had: run on its file, they must find nothing to do. */
export function migrationsUpTo(version: number) {
  return MIGRATIONS.filter((m) => m.version <= version);
}

/** The versions an upgrade from `version` applies, in order. */
export function versionsAfter(version: number): number[] {
  return MIGRATIONS.map((m) => m.version).filter((v) => v > version);
}

/** Opens the file through the factory, as the app does: this is what runs the migrations. */
export function reopen(file: string) {
  return weakFactory.open(file, { passphrase: PASS });
}

/** The vault's database opened with its key, bypassing the factory (to inspect or age it). */
export async function rawDb(file: string): Promise<Db> {
  const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase: PASS });
  try {
    return openKeyed(file, dek);
  } finally {
    dek.fill(0);
  }
}

/** SQLite's plan for `sql`, one line: what a test reads to see an index walked, not a sort. */
export function queryPlan(db: Db, sql: string): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');
}

/** The primary key's columns of `table`, in key order. */
export function primaryKey(db: Db, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string; pk: number }[])
    .filter((c) => c.pk > 0)
    .sort((x, y) => x.pk - y.pk)
    .map((c) => c.name);
}
