// Migration 0006 (lifecycle): a vault with briefs made before the lifecycle opens upgraded, its
// briefs intact and drafts, with an empty outgoing register whose keys refuse a number given
// twice and a document numbered twice.
import { describe, expect, it } from 'vitest';
import { createBrief } from '../../../../shared/brief';
import { smallContext } from '../../../unit/brief/fixtures';
import { ORG } from '../helpers';
import { reopen, vaultAtSchema, expectMigratesFrom } from './old-vault';

describe('migration 0006-lifecycle', () => {
  it('upgrades a vault with briefs: they become drafts, the register starts empty and unique', async () => {
    const { file, dek, db, made } = await vaultAtSchema(5, (vault) =>
      vault.briefs.create(createBrief('conclusion-notice', smallContext())),
    );
    expect(
      (db.pragma('table_info(briefs)') as { name: string }[]).map((c) => c.name),
    ).not.toContain('status');
    expectMigratesFrom(db, 5);
    // The register's keys: one number per document, one document per number and year.
    const insert = db.prepare(
      'INSERT INTO outgoing_register (origin_org, year, number, brief_id, number_symbol, issued_on, type_name, abstract, signer, recipients, registered_at) ' +
        "VALUES (?, ?, ?, ?, '01/TB-X', '2026-01-02', 'Thông báo', '', '', '[]', '')",
    );
    db.transaction(() => insert.run(ORG, 2026, 1, made.id))();
    expect(() => db.transaction(() => insert.run(ORG, 2026, 2, made.id))()).toThrow(/UNIQUE/);
    expect(() => db.transaction(() => insert.run(ORG, 2026, 1, made.id))()).toThrow(
      /UNIQUE|PRIMARY/,
    );
    db.exec('DELETE FROM outgoing_register');
    db.close();
    dek.fill(0);

    const reopened = await reopen(file);
    const brief = reopened.briefs.get(made.id);
    expect(brief.brief).toEqual(made.brief);
    expect(brief.status).toBe('draft');
    expect(reopened.lifecycle.register()).toEqual([]);
    reopened.close();
  });
});
