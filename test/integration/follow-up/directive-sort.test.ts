// The directive register's orders (issue 13 §6), in SQL on a real vault: by deadline either way
// (no deadline last both times), by status (work to do first), by lead unit (none last), by the
// latest change; a filter and an order together; an order the contract does not know refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { deskWithVault, type TestDesk } from '../handlers/helpers';
import { directiveInput } from './directive-input';

const directive = (task: string, over: Record<string, unknown>) =>
  directiveInput({ task, leadUnit: '', ...over });

let desk: TestDesk;
beforeEach(async () => {
  ({ desk } = await deskWithVault());
  for (const [task, over] of [
    ['B', { deadline: '2025-10-01', leadUnit: 'Bộ Tài chính', status: 'in-progress' }],
    [
      'A',
      {
        deadline: '2025-09-01',
        leadUnit: 'Bộ Công Thương',
        status: 'done',
        completedOn: '2025-08-30',
      },
    ],
    ['C', { leadUnit: 'Đắk Lắk' }],
    ['D', { deadline: '2025-12-31', leadUnit: '' }],
  ] as const)
    await desk.ok('directives.save', directive(task, over));
});

const order = async (sort?: string, extra: Record<string, unknown> = {}) =>
  (
    await desk.ok('directives.list', {
      today: '2025-09-15',
      ...(sort ? { sort } : {}),
      ...extra,
    } as never)
  ).map((d) => d.task);

describe('the directive register’s order', () => {
  it('sorts by deadline (no deadline last), status, lead unit and latest change', async () => {
    expect(await order()).toEqual(['A', 'B', 'D', 'C']);
    expect(await order('deadline-desc')).toEqual(['D', 'B', 'A', 'C']);
    expect(await order('status')).toEqual(['D', 'C', 'B', 'A']);
    // Folded like the search (đ = d): Bộ Công Thương, Bộ Tài chính, Đắk Lắk; none last.
    expect(await order('lead-unit')).toEqual(['A', 'B', 'C', 'D']);
    expect(await order('updated-desc')).toEqual(['D', 'C', 'A', 'B']);
  });

  it('orders what a filter leaves, and refuses an order it does not know', async () => {
    expect(await order('deadline-desc', { status: 'not-started' })).toEqual(['D', 'C']);
    const r = await desk.call('directives.list', { sort: 'random' } as never);
    expect(r.ok).toBe(false);
  });
});
