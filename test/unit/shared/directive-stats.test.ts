import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  daysOverdue,
  directiveState,
  directiveStats,
  NO_DEADLINE_KEY,
  NO_MEETING_KEY,
  NO_UNIT_KEY,
  statsTotal,
  type StatsDirective,
} from '../../../shared/stats';
import { statsRow } from '../../fixtures/stats';

const TODAY = '2026-03-15';

function d(partial: Partial<StatsDirective>): StatsDirective {
  return {
    status: 'not-started',
    deadline: null,
    completedOn: null,
    leadUnit: 'Bộ Công Thương',
    meetingId: null,
    ...partial,
  };
}

describe('the state of one directive', () => {
  // On or before the deadline (10/3) is on time; the day after is late.
  it.each([
    ['2026-03-09', 'doneOnTime'],
    ['2026-03-10', 'doneOnTime'],
    ['2026-03-11', 'doneLate'],
  ] as const)('done on %s against a deadline of 2026-03-10 is %s', (completedOn, state) => {
    expect(directiveState(d({ status: 'done', deadline: '2026-03-10', completedOn }), TODAY)).toBe(
      state,
    );
  });

  it('the deadline day itself is not overdue; the next day is, by one day', () => {
    const dueToday = d({ status: 'in-progress', deadline: TODAY });
    expect(directiveState(dueToday, TODAY)).toBe('inProgress');
    expect(daysOverdue(dueToday, TODAY)).toBe(0);
    const dueYesterday = d({ status: 'not-started', deadline: '2026-03-14' });
    expect(directiveState(dueYesterday, TODAY)).toBe('overdue');
    expect(daysOverdue(dueYesterday, TODAY)).toBe(1);
    // Across a month end and a leap day: 2024-02-28 → 2024-03-11 is 12 days.
    expect(daysOverdue(d({ deadline: '2024-02-28' }), '2024-03-11')).toBe(12);
  });

  it('without a deadline a directive is never overdue nor late', () => {
    expect(directiveState(d({ status: 'not-started' }), TODAY)).toBe('notStarted');
    expect(directiveState(d({ status: 'in-progress' }), TODAY)).toBe('inProgress');
    expect(directiveState(d({ status: 'done', completedOn: '2030-01-01' }), TODAY)).toBe(
      'doneOnTime',
    );
    expect(daysOverdue(d({ status: 'in-progress' }), TODAY)).toBe(0);
  });

  it('a reopened directive counts by its current status, its old completion date ignored', () => {
    // Done on time once, reopened after the deadline passed: overdue now.
    const reopened = d({
      status: 'in-progress',
      deadline: '2026-03-01',
      completedOn: '2026-02-20',
    });
    expect(directiveState(reopened, TODAY)).toBe('overdue');
    expect(daysOverdue(reopened, TODAY)).toBe(14);
    // Reopened before its deadline: in progress within time.
    expect(
      directiveState(
        d({ status: 'in-progress', deadline: '2026-04-01', completedOn: '2026-03-01' }),
        TODAY,
      ),
    ).toBe('inProgress');
  });

  it('done without a completion date is taken as on time (isDoneLate cannot say it was late)', () => {
    expect(
      directiveState(d({ status: 'done', deadline: '2020-01-01', completedOn: null }), TODAY),
    ).toBe('doneOnTime');
  });
});

describe('statistics by lead unit', () => {
  // Hand-computed: Bộ Công Thương has 1 on time, 1 late, 1 overdue, 1 in progress, 1 not
  // started → total 5, rate 1 / (1 + 1 + 1) = 0.3333. Bộ Tài chính: 2 on time → rate 1.
  // Bộ Xây dựng: only a task due today, in progress → rate null (nothing settled).
  const list: StatsDirective[] = [
    d({ status: 'done', deadline: '2026-03-01', completedOn: '2026-02-28' }),
    d({ status: 'done', deadline: '2026-03-01', completedOn: '2026-03-05' }),
    d({ status: 'in-progress', deadline: '2026-03-14' }),
    d({ status: 'in-progress', deadline: '2026-04-30' }),
    d({ status: 'not-started', deadline: null }),
    d({
      leadUnit: 'Bộ Tài chính',
      status: 'done',
      deadline: '2026-01-31',
      completedOn: '2026-01-31',
    }),
    d({ leadUnit: 'Bộ Tài chính', status: 'done', deadline: null, completedOn: '2026-02-02' }),
    d({ leadUnit: 'Bộ Xây dựng', status: 'in-progress', deadline: TODAY }),
    d({ leadUnit: '  ', status: 'not-started', deadline: '2026-01-01' }),
  ];

  it('counts each directive once and computes the rate over the settled ones', () => {
    const rows = directiveStats(list, { by: 'unit', today: TODAY });
    expect(rows).toEqual([
      statsRow('Bộ Công Thương', {
        total: 5,
        doneOnTime: 1,
        doneLate: 1,
        inProgress: 1,
        overdue: 1,
        notStarted: 1,
        onTimeRate: 0.3333,
      }),
      statsRow('Bộ Tài chính', { total: 2, doneOnTime: 2, onTimeRate: 1 }),
      statsRow('Bộ Xây dựng', { total: 1, inProgress: 1 }),
      statsRow(NO_UNIT_KEY, { total: 1, overdue: 1, onTimeRate: 0 }),
    ]);
    // The total row: 3 on time of 3 + 1 + 2 settled = 0.5, not the mean of the rates.
    expect(statsTotal(rows)).toMatchObject({
      total: 9,
      doneOnTime: 3,
      doneLate: 1,
      overdue: 2,
      onTimeRate: 0.5,
    });
  });

  it('a unit typed in decomposed form joins the same group', () => {
    const rows = directiveStats([d({}), d({ leadUnit: 'Bộ Công Thương'.normalize('NFD') })], {
      by: 'unit',
      today: TODAY,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.total).toBe(2);
  });
});

describe('recommendations', () => {
  it('are not counted in any grouping, however late their date', () => {
    const tasks = [d({ status: 'done', deadline: '2026-03-01', completedOn: '2026-03-05' })];
    const withRecs = [
      ...tasks,
      d({ kind: 'recommendation', deadline: '2026-01-01' }),
      d({ kind: 'recommendation', leadUnit: 'Bộ Ngoại giao', status: 'in-progress' }),
    ];
    for (const by of ['unit', 'meeting', 'month'] as const) {
      const rows = directiveStats(withRecs, { by, today: TODAY });
      expect(rows, by).toEqual(directiveStats(tasks, { by, today: TODAY }));
      expect(statsTotal(rows).total, by).toBe(1);
    }
  });
});

describe('statistics by meeting and by month', () => {
  it('labels meetings by title; unlinked directives come last', () => {
    const titles = new Map([['m1', 'Phiên họp thường kỳ tháng 8']]);
    const rows = directiveStats(
      [d({ meetingId: null }), d({ meetingId: 'm1' }), d({ meetingId: 'm1', status: 'done' })],
      { by: 'meeting', today: TODAY, meetingTitles: titles },
    );
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ['Phiên họp thường kỳ tháng 8', 2],
      [NO_MEETING_KEY, 1],
    ]);
  });

  it('groups by the month of the deadline, in time order, no deadline last', () => {
    const rows = directiveStats(
      [
        d({ deadline: '2026-12-01' }),
        d({ deadline: null }),
        d({ deadline: '2025-12-31' }),
        d({ deadline: '2026-02-10' }),
        d({ deadline: '2026-02-28' }),
      ],
      { by: 'month', today: TODAY },
    );
    expect(rows.map((r) => [r.key, r.total, r.overdue])).toEqual([
      ['2025-12', 1, 1],
      ['2026-02', 2, 2],
      ['2026-12', 1, 0],
      [NO_DEADLINE_KEY, 1, 0],
    ]);
  });
});

describe('every grouping balances', () => {
  it('the five counts add up to the total, and the groups to the number of directives', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const directive = fc.record({
      status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const),
      deadline: fc.option(day),
      completedOn: fc.option(day),
      leadUnit: fc.constantFrom('Bộ Công Thương', 'Bộ Tài chính', ''),
      meetingId: fc.option(fc.constantFrom('a', 'b')),
    });
    const seed = Date.now() % 1_000_000;
    console.log(`directive-stats property seed: ${seed}`);
    fc.assert(
      fc.property(
        fc.array(directive, { maxLength: 60 }),
        day,
        fc.constantFrom('unit' as const, 'meeting' as const, 'month' as const),
        (list, today, by) => {
          const rows = directiveStats(list, { by, today });
          for (const r of rows) {
            expect(r.doneOnTime + r.doneLate + r.inProgress + r.overdue + r.notStarted).toBe(
              r.total,
            );
            if (r.onTimeRate !== null) expect(r.onTimeRate).toBeGreaterThanOrEqual(0);
          }
          expect(statsTotal(rows).total).toBe(list.length);
        },
      ),
      { seed, numRuns: 200 },
    );
  });
});
