// Migration 0012: the meetings register's task count per meeting reads the meeting index
// alone (it holds the kind), and a vault from before it opens with the same counts.
import { describe, expect, it } from 'vitest';
import { directive, meeting } from '../helpers';
import { queryPlan, reopen, vaultAtSchema, expectMigratesFrom } from './old-vault';

const TASK_COUNT =
  "SELECT m.id, (SELECT count(*) FROM directives d WHERE d.meeting_id = m.id AND d.kind = 'directive') FROM meetings m";

describe('migration 0012-meeting-task-counts', () => {
  it('upgrades a vault at 0011: the count reads the index alone and stays what it was', async () => {
    const { file, dek, db, made } = await vaultAtSchema(11, (vault) => {
      const m = vault.meetings.save(meeting());
      vault.directives.save(directive({ meetingId: m.id }));
      vault.directives.save(directive({ meetingId: m.id, kind: 'recommendation' }));
      return m;
    });
    expect(queryPlan(db, TASK_COUNT)).not.toContain('COVERING INDEX directives_by_meeting');
    expectMigratesFrom(db, 11);
    expect(queryPlan(db, TASK_COUNT)).toContain('COVERING INDEX directives_by_meeting');
    db.close();
    dek.fill(0);

    const vault = await reopen(file);
    expect(vault.meetings.list({})).toMatchObject([{ id: made.id, directiveCount: 1 }]);
    vault.close();
  });
});
