// Migration 0004 (history, trash, imports): a vault made before it opens upgraded, its records
// intact, each with its current version as its first stored revision — so history and undo
// have something to return to from the first edit on.
import { describe, expect, it } from 'vitest';
import { recordHash } from '../../../../electron/services/vault/repositories/record-history';
import { directive, meeting, ORG } from '../helpers';
import { inspectUpgraded, reopen, vaultAtSchema } from './old-vault';

describe('migration 0004-history-trash', () => {
  it('upgrades a schema-3 vault: records kept, each with its current version as a revision', async () => {
    const { file, dek, db, made } = await vaultAtSchema(3, (vault) => {
      const m1 = vault.meetings.save(meeting());
      const m = vault.meetings.save({ ...m1, title: 'Đã sửa trước khi nâng cấp' });
      return { m, d: vault.directives.save(directive({ meetingId: m.id })) };
    });
    const { m, d } = made;
    db.close();

    const reopened = await reopen(file);
    expect(reopened.meetings.get(m.id)).toEqual(m);
    expect(reopened.directives.get(d.id)).toEqual(d);
    const h = reopened.history.of(m.id);
    // Only the version the vault held survives an older release: revision 2, by its origin.
    expect(h.revisions).toEqual([
      { revision: 2, at: m.updatedAt, by: ORG, hash: recordHash(m), changes: expect.any(Array) },
    ]);
    expect(reopened.trash.list()).toEqual([]);
    expect(reopened.imports.list()).toEqual([]);
    // The first edit after the upgrade is revision 3, and revision 2 can be restored.
    const m3 = reopened.meetings.save({ ...m, title: 'Sau nâng cấp' });
    expect(reopened.history.of(m.id).revisions.map((r) => r.revision)).toEqual([3, 2]);
    reopened.history.restore(m.id, 2, m3.revision);
    expect(reopened.meetings.get(m.id).title).toBe('Đã sửa trước khi nâng cấp');
    reopened.close();

    inspectUpgraded(file, dek);
  });
});
