// Migration 0001 (the initial schema), and the migration rules: an older vault is upgraded in
// place, a newer one is refused untouched.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Db } from '../../../../electron/services/vault/storage/connection';
import {
  LATEST_SCHEMA_VERSION,
  migrate,
  schemaVersion,
  type Migration,
} from '../../../../electron/services/vault/storage/migrate';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';
import {
  directive,
  failureOf,
  indicator,
  meeting,
  newVault,
  observation,
  PASS,
  snapshot,
  weakFactory,
} from '../helpers';
import { rawDb } from './old-vault';

const names = (db: Db, type: string) =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all(type) as { name: string }[]
  ).map((r) => r.name);

describe('migration 0001-initial', () => {
  it('creates the tables, indexes and the contentless FTS table', async () => {
    const { file, vault } = await newVault();
    vault.close();
    const db = await rawDb(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = names(db, 'table');
    const ftsTables = ['meetings_fts', 'directives_fts', 'indicators_fts'];
    for (const t of [
      'vault_info',
      'meetings',
      'directives',
      'indicators',
      'observations',
      'search_docs',
      ...ftsTables,
    ]) {
      expect(tables).toContain(t);
    }
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining([
        'meetings_by_date',
        'meetings_by_kind',
        'meetings_by_mode',
        'meetings_by_title',
        'directives_by_meeting',
        'directives_by_status',
        'directives_by_deadline',
        'directives_by_pillar',
        'indicators_by_pillar',
        'observations_by_indicator',
      ]),
    );
    for (const t of ftsTables) {
      const fts = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as {
        sql: string;
      };
      expect(fts.sql).toMatch(/fts5/i);
      expect(fts.sql).toMatch(/content\s*=\s*''/);
      expect(fts.sql).toMatch(/contentless_delete\s*=\s*1/);
      // Contentless: the folded text itself is not stored, only its tokens.
      expect(names(db, 'table')).not.toContain(`${t}_content`);
    }
    const fks = db
      .prepare('SELECT "table", on_delete FROM pragma_foreign_key_list(\'directives\')')
      .all();
    expect(fks).toEqual([{ table: 'meetings', on_delete: 'SET NULL' }]);
    expect(
      db.prepare('SELECT "table", on_delete FROM pragma_foreign_key_list(\'observations\')').all(),
    ).toEqual([{ table: 'indicators', on_delete: 'CASCADE' }]);
    db.close();
  });

  it('accepts the domain rows, with their list columns filled in', async () => {
    const { file, vault } = await newVault();
    const m = vault.meetings.save(meeting());
    const d = vault.directives.save(directive({ meetingId: m.id, authority: '' }));
    const i = vault.indicators.save(indicator());
    const o = vault.observations.save(observation(i.id));
    vault.close();
    const db = await rawDb(file);
    expect(
      db
        .prepare('SELECT title, kind, mode, date, chair_name, revision FROM meetings WHERE id = ?')
        .get(m.id),
    ).toEqual({
      title: m.title,
      kind: 'regular',
      mode: 'hybrid',
      date: '2025-08-26',
      chair_name: 'Phạm Minh Chính',
      revision: 1,
    });
    expect(
      db
        .prepare(
          'SELECT meeting_id, status, deadline, assignee_key, missing_ro FROM directives WHERE id = ?',
        )
        .get(d.id),
    ).toEqual({
      meeting_id: m.id,
      status: 'not-started',
      deadline: '2025-12-31',
      assignee_key: 'bo ke hoach va dau tu',
      missing_ro: 1,
    });
    expect(
      db
        .prepare(
          'SELECT indicator_id, period_kind, period_end, period_span FROM observations WHERE id = ?',
        )
        .get(o.id),
    ).toEqual({
      indicator_id: i.id,
      period_kind: 'half',
      period_end: 2025 * 12 + 6,
      period_span: 6,
    });
    expect(
      JSON.parse(
        (db.prepare('SELECT body FROM meetings WHERE id = ?').get(m.id) as { body: string }).body,
      ),
    ).toEqual(m);
    expect(
      db.prepare('SELECT kind, count(*) AS n FROM search_docs GROUP BY kind ORDER BY kind').all(),
    ).toEqual([
      { kind: 'directive', n: 1 },
      { kind: 'indicator', n: 1 },
      { kind: 'meeting', n: 1 },
      // Figures have their own entries since migration 0010.
      { kind: 'observation', n: 1 },
    ]);
    db.close();
  });
});

describe('migration rules', () => {
  it('upgrades an older vault in place, keeping its records', async () => {
    const { file, vault } = await newVault();
    const m = vault.meetings.save(meeting());
    vault.close();
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test-add-column',
      up: (db) => db.exec("ALTER TABLE meetings ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
    };
    const db = await rawDb(file);
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([LATEST_SCHEMA_VERSION + 1]);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(db.prepare('SELECT note FROM meetings WHERE id = ?').get(m.id)).toEqual({ note: '' });
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([]);
    db.close();
  });

  it('rolls back a migration that fails, leaving the version where it was', async () => {
    const { file, vault } = await newVault();
    vault.close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test-broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    const db = await rawDb(file);
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(names(db, 'table')).not.toContain('half_done');
    db.close();
  });

  it('refuses a vault from a newer version with a clear message, leaving it untouched', async () => {
    const { file, vault } = await newVault();
    vault.meetings.save(meeting());
    vault.close();
    const db = await rawDb(file);
    db.pragma('user_version = 99');
    db.close();
    const before = snapshot(path.dirname(file));
    const failure = await failureOf(() => weakFactory.open(file, { passphrase: PASS }));
    expect(failure.error.code).toBe('vault-too-new');
    expect(failure.error.message.vi).toContain(
      'Kho được tạo bởi phiên bản mới hơn của Briefing Desk',
    );
    expect(snapshot(path.dirname(file))).toEqual(before);
  });
});
