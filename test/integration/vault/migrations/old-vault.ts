// Older vaults for the migration tests: a real encrypted vault file whose schema is what the
// first N migrations make — run here, never undone from a newer one — holding raw rows: the
// rows this release's repositories wrote for the test's records, cut to the columns and
// constraints of schema N. So each test states only what it stores, the version it starts
// from, and what the upgrade must keep; and adding a migration needs no hand-kept "down".
import fs from 'node:fs';
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
import { expect } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  migrate,
  schemaVersion,
  type Migration,
} from '../../../../electron/services/vault/storage/migrate';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';
import { ORG, PASS, tempDir, weakFactory } from '../helpers';
import { copyRows } from './raw-rows';

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

/**
 * A vault at schema `version` (only the migrations up to it have run) holding the rows of what
 * `fill` saves — the file as the release at that schema left it. Same key and vault id as the
 * vault the rows come from (its keys file is copied), so the factory opens and upgrades it.
 */
export async function vaultAtSchema<T>(
  version: number,
  fill: (vault: Vault) => T,
): Promise<RawVault<T>> {
  const current = await rawVault(fill);
  const file = path.join(path.dirname(current.file), `schema-${version}.bdvault`);
  fs.copyFileSync(keysPathOf(current.file), keysPathOf(file));
  fs.writeFileSync(file, '', { mode: 0o600 });
  const db = openKeyed(file, current.dek, { create: true });
  secureConnection(db);
  migrate(db, migrationsUpTo(version));
  copyRows(current.db, db);
  current.db.close();
  return { file, dek: current.dek, db, made: current.made };
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

/**
 * The migration is in the list, after the one of version `previous` (what it builds on), and
 * the app's schema reaches it: an old vault is upgraded through it, in that order.
 */
export function expectListedAfter(migration: Migration, previous: number): void {
  expect(MIGRATIONS).toContain(migration);
  expect(MIGRATIONS.indexOf(migration)).toBeGreaterThan(
    MIGRATIONS.findIndex((m) => m.version === previous),
  );
  expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(migration.version);
}

/**
 * The migration stands at `index` of the list, right after the one it builds on (the first
 * migrations' places are fixed), and the app's schema reaches it.
 */
export function expectListedAt(migration: Migration, index: number): void {
  expect(MIGRATIONS[index]).toBe(migration);
  expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(migration.version);
}

/**
 * Migrating an old file in place, as the factory does on open, runs exactly the migrations
 * after `from`, in order, and leaves it at the app's schema. One check for every migration
 * test, so each states only its starting version.
 */
export function expectMigratesFrom(db: Db, from: number): void {
  expect(migrate(db)).toEqual(versionsAfter(from));
  expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
}

/**
 * After the factory upgraded `file`: opens it raw with its key, checks it reached the app's
 * schema, lets `look` inspect what the upgrade left, then closes it and zeroes the key — the
 * end every upgrade test shares.
 */
export function inspectUpgraded(file: string, dek: Buffer, look: (raw: Db) => void = () => {}) {
  const raw = openKeyed(file, dek);
  try {
    expect(schemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
    look(raw);
  } finally {
    raw.close();
    dek.fill(0);
  }
}
