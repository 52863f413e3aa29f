// Migration 0009 (the registers' orders, issue 13 §6): a vault from before opens upgraded with
// its records intact; meetings saved before it sort by chair (their folded key filled in by the
// migration, đ = d, none last); and a page of the directive register in each order walks that
// order's index and stops, with no sort of the whole register in the plan.
import { describe, expect, it } from 'vitest';
import { migration0009 } from '../../../../electron/services/vault/storage/migrations/0009-register-orders';
import { migrate } from '../../../../electron/services/vault/storage/migrate';
import { meeting } from '../helpers';
import {
  expectListedAfter,
  migrationsUpTo,
  queryPlan,
  rawVault,
  reopen,
  vaultAtSchema,
} from './old-vault';

const person = (name: string) => ({ name, title: '', organisation: '', committeeRole: '' });

describe('migration 0009-register-orders', () => {
  it('upgrades a vault made before it; its meetings sort by chair', async () => {
    expectListedAfter(migration0009, 8);
    const old = await vaultAtSchema(8, (vault) =>
      ['Trần Văn B', 'Đặng Thị C', '', 'An Văn D'].map((name, i) =>
        vault.meetings.save(meeting({ title: `Họp ${i}`, chair: person(name) })),
      ),
    );
    const { file, dek, db, made: saved } = old;
    expect(migrate(db, migrationsUpTo(8))).toEqual([]);
    db.close();
    dek.fill(0);

    const reopened = await reopen(file);
    expect(reopened.meetings.get(saved[1]!.id)).toEqual(saved[1]);
    expect(reopened.meetings.list({ sort: 'chair' }).map((m) => m.chairName)).toEqual([
      'An Văn D',
      'Đặng Thị C',
      'Trần Văn B',
      '',
    ]);
    reopened.close();
  });

  it('walks each order’s index for a page of directives, sorting nothing', async () => {
    const { dek, db } = await rawVault();
    const plan = (sql: string) => queryPlan(db, sql);
    const page = (where: string, order: string) =>
      plan(`SELECT body FROM directives ${where} ORDER BY ${order} LIMIT 50 OFFSET 0`);
    // The ORDER BY of repositories/directives.ts, with a filter as the page writes it.
    const orders: [string, string][] = [
      ['deadline IS NULL, deadline, created_at, id', 'directives_order_deadline'],
      [
        'deadline IS NOT NULL DESC, deadline DESC, created_at DESC, id DESC',
        'directives_order_deadline_desc',
      ],
      [
        "CASE status WHEN 'not-started' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END, deadline IS NULL, deadline, created_at, id",
        'directives_order_status',
      ],
      [
        "lead_unit_key = '', lead_unit_key, deadline IS NULL, deadline, created_at, id",
        'directives_order_lead_unit',
      ],
      ['updated_at DESC, id DESC', 'directives_order_updated'],
    ];
    for (const [order, index] of orders)
      for (const where of ['', "WHERE +status = 'done'", 'WHERE +missing_ro > 0']) {
        const p = page(where, order);
        expect(p, `${where} ${order}`).toContain(index);
        expect(p, `${where} ${order}`).not.toContain('TEMP B-TREE');
      }
    expect(plan('SELECT count(*) FROM directives WHERE missing_ro > 0')).toContain(
      'directives_incomplete',
    );
    db.close();
    dek.fill(0);
  });
});
