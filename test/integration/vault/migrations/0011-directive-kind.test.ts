// Migration 0011 (directive kinds): a vault from before kinds existed opens upgraded — its
// directives, written without a kind, read as tasks and are counted as before; their history
// shows no "kind" change on the next save; a restored old revision is a task; and the column
// refuses a kind the app does not know.
import { describe, expect, it } from 'vitest';
import { directive, ORG } from '../helpers';
import { queryPlan, rawVault, reopen, vaultAtSchema, expectMigratesFrom } from './old-vault';

const TODAY = '2026-03-01';

describe('migration 0011-directive-kind', () => {
  it('upgrades a vault whose directives have no kind: they are tasks, counted as before', async () => {
    // As release 8 left it: no column, and bodies (and revisions) without the field.
    const old = await vaultAtSchema(8, (v) =>
      v.directives.save(directive({ deadline: '2026-01-31' })),
    );
    const { file, dek, db, made: overdue } = old;
    db.exec("UPDATE directives SET body = json_remove(body, '$.kind')");
    db.exec(
      "UPDATE record_revisions SET body = json_remove(body, '$.kind') WHERE kind = 'directive'",
    );
    expect(
      (db.prepare('SELECT body FROM directives').get() as { body: string }).body,
    ).not.toContain('"kind"');
    expectMigratesFrom(db, 8);
    expect(() => db.exec("UPDATE directives SET kind = 'suggestion'")).toThrow(/CHECK/);
    db.close();
    dek.fill(0);

    const reopened = await reopen(file);
    const read = reopened.directives.get(overdue.id);
    expect(read).toEqual({ ...overdue, kind: 'directive' });
    expect(reopened.directives.list({ kind: 'directive', today: TODAY })).toHaveLength(1);
    expect(reopened.followUp.home(TODAY, TODAY, 10, ORG).overdue.total).toBe(1);
    expect(reopened.followUp.statsDirectives()).toHaveLength(1);

    // The next save: a new revision whose history names what changed, not the kind.
    const saved = reopened.directives.save({ ...read, task: 'Nhiệm vụ đã sửa' });
    const [latest] = reopened.history.of(saved.id).revisions;
    expect(latest?.changes.map((c) => c.field)).toEqual(['task']);
    // Restoring the revision written before kinds existed gives a task back.
    reopened.history.restore(saved.id, 1);
    expect(reopened.directives.get(saved.id)).toMatchObject({
      kind: 'directive',
      task: overdue.task,
    });
    reopened.close();
  });

  it('an overdue page and its count are read from indexes that hold the kind, sorting nothing', async () => {
    const { dek, db } = await rawVault();
    const plan = (sql: string) => queryPlan(db, sql);
    // As repositories/directives.ts writes the overdue filter: '+' on a page, bare for the count.
    const overdue = (p: string) =>
      `${p}kind = 'directive' AND ${p}status IN ('not-started', 'in-progress') AND ${p}deadline < '2026-03-01'`;
    const page = plan(
      `SELECT body FROM directives WHERE ${overdue('+')} ORDER BY deadline IS NULL, deadline, created_at, id LIMIT 50`,
    );
    expect(page).toContain('directives_order_deadline');
    expect(page).not.toContain('TEMP B-TREE');
    expect(plan(`SELECT count(*) FROM directives WHERE ${overdue('')}`)).toContain(
      'COVERING INDEX directives_open_tasks',
    );
    db.close();
    dek.fill(0);
  });
});
