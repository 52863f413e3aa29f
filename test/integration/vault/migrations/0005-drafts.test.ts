// Migration 0005 (drafts): a vault made before drafts opens upgraded with its records intact
// and an empty drafts table, and the drafts it then keeps survive closing and reopening.
import { describe, expect, it } from 'vitest';
import { meeting } from '../helpers';
import { reopen, vaultAtSchema, inspectUpgraded } from './old-vault';

describe('migration 0005-drafts', () => {
  it('upgrades a schema-3 vault, keeps its records, and keeps drafts from then on', async () => {
    const { file, dek, db, made: m } = await vaultAtSchema(3, (v) => v.meetings.save(meeting()));
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'drafts'").get(),
    ).toBeUndefined();
    db.close();

    const reopened = await reopen(file);
    expect(reopened.meetings.get(m.id)).toEqual(m);
    expect(reopened.drafts.list()).toEqual([]);
    reopened.drafts.save('meeting', m.id, '{"summary":"chưa lưu"}', '2025-09-15T08:00:00.000Z');
    reopened.close();

    const again = await reopen(file);
    expect(again.drafts.get('meeting', m.id)).toEqual({
      editor: 'meeting',
      key: m.id,
      savedAt: '2025-09-15T08:00:00.000Z',
      body: '{"summary":"chưa lưu"}',
    });
    again.close();
    inspectUpgraded(file, dek);
  });
});
