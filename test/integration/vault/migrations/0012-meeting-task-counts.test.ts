// Migration 0012: the meetings register's task count per meeting reads the meeting index
// alone (it holds the kind), and a vault from before it opens with the same counts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';
import { migration0012 } from '../../../../electron/services/vault/storage/migrations/0012-meeting-task-counts';
import { migrate } from '../../../../electron/services/vault/storage/migrate';
import {
  openKeyed,
  secureConnection,
} from '../../../../electron/services/vault/storage/connection';
import {
  keysPathOf,
  readKeysFile,
  unwrapDek,
} from '../../../../electron/services/vault/storage/key-slots';
import { directive, meeting, ORG, PASS, tempDir, weakFactory } from '../helpers';
import { rollBackTo } from './rollback';

async function rawDb(file: string) {
  const dek = await unwrapDek(readKeysFile(keysPathOf(file)), { passphrase: PASS });
  const db = openKeyed(file, dek);
  secureConnection(db);
  dek.fill(0);
  return db;
}

describe('migration 0012-meeting-task-counts', () => {
  it('is in the list, after the directive kinds', () => {
    expect(MIGRATIONS.indexOf(migration0012)).toBeGreaterThan(
      MIGRATIONS.findIndex((m) => m.version === 11),
    );
  });

  it('counts tasks per meeting from the index alone, before and after an upgrade', async () => {
    const file = path.join(tempDir(), 'kho.bdvault');
    const { vault } = await weakFactory.create(file, PASS, ORG);
    const m = vault.meetings.save(meeting());
    vault.directives.save(directive({ meetingId: m.id }));
    vault.directives.save(directive({ meetingId: m.id, kind: 'recommendation' }));
    vault.close();

    const db = await rawDb(file);
    const plan = (
      db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT m.id, (SELECT count(*) FROM directives d WHERE d.meeting_id = m.id AND d.kind = 'directive') FROM meetings m",
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toContain('COVERING INDEX directives_by_meeting');
    rollBackTo(db, 11);
    expect(migrate(db)).toEqual([12]);
    db.close();

    const reopened = await weakFactory.open(file, { passphrase: PASS });
    expect(reopened.meetings.list({})).toMatchObject([{ id: m.id, directiveCount: 1 }]);
    reopened.close();
  });
});
