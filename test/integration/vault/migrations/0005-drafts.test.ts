// Migration 0005 (drafts): a vault made before drafts opens upgraded with its records intact
// and an empty drafts table, and the drafts it then keeps survive closing and reopening.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';
import { migration0005 } from '../../../../electron/services/vault/storage/migrations/0005-drafts';
import {
  LATEST_SCHEMA_VERSION,
  schemaVersion,
} from '../../../../electron/services/vault/storage/migrate';
import {
  openKeyed,
  secureConnection,
} from '../../../../electron/services/vault/storage/connection';
import {
  keysPathOf,
  readKeysFile,
  unwrapDek,
} from '../../../../electron/services/vault/storage/key-slots';
import { meeting, ORG, PASS, tempDir, weakFactory } from '../helpers';
import { rollBackTo } from './rollback';

describe('migration 0005-drafts', () => {
  it('is in the list after the exchange migration', () => {
    expect(MIGRATIONS).toContain(migration0005);
    expect(MIGRATIONS.indexOf(migration0005)).toBeGreaterThan(2);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
  });

  it('upgrades a schema-3 vault, keeps its records, and keeps drafts from then on', async () => {
    const file = path.join(tempDir(), 'kho.bdvault');
    const { vault } = await weakFactory.create(file, PASS, ORG);
    const m = vault.meetings.save(meeting());
    vault.close();
    const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase: PASS });
    const db = openKeyed(file, dek);
    secureConnection(db);
    rollBackTo(db, 3);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'drafts'").get(),
    ).toBeUndefined();
    db.close();

    const reopened = await weakFactory.open(file, { passphrase: PASS });
    expect(reopened.meetings.get(m.id)).toEqual(m);
    expect(reopened.drafts.list()).toEqual([]);
    reopened.drafts.save('meeting', m.id, '{"summary":"chưa lưu"}', '2025-09-15T08:00:00.000Z');
    reopened.close();

    const again = await weakFactory.open(file, { passphrase: PASS });
    expect(again.drafts.get('meeting', m.id)).toEqual({
      editor: 'meeting',
      key: m.id,
      savedAt: '2025-09-15T08:00:00.000Z',
      body: '{"summary":"chưa lưu"}',
    });
    again.close();
    const raw = openKeyed(file, dek);
    expect(schemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
    dek.fill(0);
  });
});
