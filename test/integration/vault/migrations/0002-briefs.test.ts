// Migration 0002 (briefs): a vault made by a release that had only migration 0001 — with its
// meetings, directives and figures — opens in this release upgraded to schema 2, its records
// intact and searchable, and takes briefs, revisions, export records and the profile.
import { describe, expect, it } from 'vitest';
import { type Db } from '../../../../electron/services/vault/storage/connection';
import {
  LATEST_SCHEMA_VERSION,
  migrate,
  schemaVersion,
} from '../../../../electron/services/vault/storage/migrate';
import { createBrief } from '../../../../shared/brief';
import { rawDb, vaultAtSchema } from './old-vault';
import { directive, indicator, meeting, observation, ORG, PASS, weakFactory } from '../helpers';

/** A vault as the schema-1 release left it: its records, and only migration 0001's schema. */
async function schemaOneVault() {
  const { file, dek, db, made } = await vaultAtSchema(1, (v) => {
    const m = v.meetings.save(meeting());
    const i = v.indicators.save(indicator());
    return {
      m,
      d: v.directives.save(directive({ meetingId: m.id })),
      i,
      o: v.observations.save(observation(i.id)),
    };
  });
  db.close();
  dek.fill(0);
  return { file, ...made };
}

const tables = (db: Db) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migration 0002-briefs', () => {
  it('upgrades a schema-1 vault on open, keeping its records', async () => {
    const { file, m, d, i, o } = await schemaOneVault();
    const before = await rawDb(file);
    expect(schemaVersion(before)).toBe(1);
    expect(tables(before)).not.toContain('briefs');
    before.close();

    const vault = await weakFactory.open(file, { passphrase: PASS });
    expect(vault.meetings.get(m.id)).toEqual(m);
    expect(vault.directives.get(d.id)).toEqual(d);
    expect(vault.indicators.list()).toEqual([{ ...i, observations: [o] }]);
    expect(vault.search('hoi nhap', 10).meetings.map((h) => h.id)).toEqual([m.id]);

    // The new tables work: a brief drafted from the old meeting, a revision, an export record.
    expect(vault.organisationProfile.get().name).toBe(ORG);
    const drafted = createBrief('conclusion-notice', {
      meeting: m,
      directives: [d],
      indicators: vault.indicators.list(),
      organisation: vault.organisationProfile.get(),
      today: '2025-09-01',
    });
    const b = vault.briefs.create(drafted);
    expect(b.meetingId).toBe(m.id);
    const sha = 'a'.repeat(64);
    vault.briefs.recordExport({
      briefId: b.id,
      revision: 1,
      format: 'pdf',
      sha256: sha,
      exportedAt: '2025-09-01T00:00:00.000Z',
    });
    expect(vault.briefs.exports(b.id)).toHaveLength(1);
    vault.close();

    const after = await rawDb(file);
    expect(schemaVersion(after)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(after)).toEqual(
      expect.arrayContaining([
        'briefs',
        'brief_revisions',
        'brief_exports',
        'organisation_profile',
      ]),
    );
    expect(
      after.prepare('SELECT "table", on_delete FROM pragma_foreign_key_list(\'briefs\')').all(),
    ).toEqual([{ table: 'meetings', on_delete: 'SET NULL' }]);
    expect(
      after
        .prepare('SELECT "table", on_delete FROM pragma_foreign_key_list(\'brief_revisions\')')
        .all(),
    ).toEqual([{ table: 'briefs', on_delete: 'CASCADE' }]);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });

  it('refuses a malformed SHA-256 at the schema level', async () => {
    const { file } = await schemaOneVault();
    const db = await rawDb(file);
    migrate(db);
    db.prepare(
      "INSERT INTO briefs (id, revision, created_at, updated_at, origin_org, template, meeting_id, type_name, abstract, number_symbol) VALUES ('b', 1, '', '', '', 'report', NULL, '', '', '')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO brief_revisions (brief_id, revision, saved_at, saved_by, sha256, body) VALUES ('b', 1, '', '', 'short', '{}')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
