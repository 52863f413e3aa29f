import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Period } from '../../../shared/domain/period';
import { period as periodSchema } from '../../../shared/domain/period';
import { isoDate } from '../../../shared/domain/common';
import {
  comparePeriods,
  formatPeriod,
  formatPeriodEn,
  parsePeriod,
  periodEnd,
  periodStart,
} from '../../../shared/format';
import { itRefuses } from './refusal';

const H1_2025: Period = { kind: 'half', year: 2025, half: 1 };
const M7_2025: Period = { kind: 'months', year: 2025, months: 7 };

describe('formatPeriod', () => {
  it('prints the periods of the corpus the official way', () => {
    expect(formatPeriod(H1_2025)).toBe('6 tháng đầu năm 2025');
    expect(formatPeriod(M7_2025)).toBe('7 tháng đầu năm 2025');
    expect(formatPeriod({ kind: 'half', year: 2025, half: 2 })).toBe('6 tháng cuối năm 2025');
    expect(formatPeriod({ kind: 'year', year: 2025 })).toBe('năm 2025');
    expect(formatPeriod({ kind: 'quarter', year: 2025, quarter: 3 })).toBe('quý III/2025');
    expect(formatPeriod({ kind: 'quarter', year: 2025, quarter: 4 })).toBe('quý IV/2025');
    expect(formatPeriod({ kind: 'month', year: 2025, month: 8 })).toBe('tháng 8/2025');
  });

  it('has English forms', () => {
    expect(formatPeriodEn(H1_2025)).toBe('H1 2025');
    expect(formatPeriodEn({ kind: 'quarter', year: 2025, quarter: 3 })).toBe('Q3 2025');
    expect(formatPeriodEn(M7_2025)).toBe('first 7 months of 2025');
    expect(formatPeriodEn({ kind: 'month', year: 2025, month: 8 })).toBe('August 2025');
    expect(formatPeriodEn({ kind: 'year', year: 2025 })).toBe('2025');
  });
});

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['6 tháng đầu năm 2025', H1_2025],
    // As the Government portal wrote it: "tăng trưởng GDP 06 tháng đầu năm 2025 đạt 7,52%".
    ['06 tháng đầu năm 2025', H1_2025],
    ['6 thang dau nam 2025', H1_2025],
    ['H1 2025', H1_2025],
    ['6 tháng cuối năm 2025', { kind: 'half', year: 2025, half: 2 }],
    ['7 tháng đầu năm 2025', M7_2025],
    ['9 tháng năm 2025', { kind: 'months', year: 2025, months: 9 }],
    ['quý III/2025', { kind: 'quarter', year: 2025, quarter: 3 }],
    ['quý III năm 2025', { kind: 'quarter', year: 2025, quarter: 3 }],
    ['quy 3/2025', { kind: 'quarter', year: 2025, quarter: 3 }],
    ['Q3/2025', { kind: 'quarter', year: 2025, quarter: 3 }],
    ['Quý IV/2025', { kind: 'quarter', year: 2025, quarter: 4 }],
    ['tháng 8/2025', { kind: 'month', year: 2025, month: 8 }],
    ['tháng 01/2026', { kind: 'month', year: 2026, month: 1 }],
    ['tháng 9 năm 2025', { kind: 'month', year: 2025, month: 9 }],
    ['năm 2025', { kind: 'year', year: 2025 }],
    ['cả năm 2025', { kind: 'year', year: 2025 }],
    ['2025', { kind: 'year', year: 2025 }],
  ])('reads %j', (input, expected) => {
    expect(parsePeriod(input)).toEqual({ ok: true, value: expected });
    expect(parsePeriod(input.normalize('NFD'))).toEqual({ ok: true, value: expected });
  });

  itRefuses(parsePeriod, [
    'quý V/2025',
    'tháng 13/2025',
    '13 tháng đầu năm 2025',
    'năm 1900',
    'sắp tới',
    '',
    'x'.repeat(5000),
  ]);
});

const anyPeriod: fc.Arbitrary<Period> = fc.integer({ min: 1945, max: 2200 }).chain((year) =>
  fc.oneof(
    fc.constant<Period>({ kind: 'year', year }),
    fc.constantFrom(1 as const, 2 as const).map((half): Period => ({ kind: 'half', year, half })),
    fc.integer({ min: 1, max: 4 }).map((quarter): Period => ({ kind: 'quarter', year, quarter })),
    fc.integer({ min: 1, max: 12 }).map((months): Period => ({ kind: 'months', year, months })),
    fc.integer({ min: 1, max: 12 }).map((month): Period => ({ kind: 'month', year, month })),
  ),
);

describe('period properties', () => {
  it('parses back what it prints', () => {
    fc.assert(
      fc.property(anyPeriod, (p) => {
        const r = parsePeriod(formatPeriod(p));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        // "6 tháng đầu năm" is one text for two equal spans; it always reads back as the half-year.
        const expected =
          p.kind === 'months' && p.months === 6 ? { kind: 'half', year: p.year, half: 1 } : p;
        expect(r.value).toEqual(expected);
        expect(periodSchema.parse(r.value)).toEqual(r.value);
      }),
    );
  });

  it('gives real ISO start and end dates', () => {
    expect(periodEnd(H1_2025)).toBe('2025-06-30');
    expect(periodEnd(M7_2025)).toBe('2025-07-31');
    expect(periodEnd({ kind: 'month', year: 2024, month: 2 })).toBe('2024-02-29');
    expect(periodEnd({ kind: 'quarter', year: 2025, quarter: 3 })).toBe('2025-09-30');
    expect(periodStart({ kind: 'quarter', year: 2025, quarter: 3 })).toBe('2025-07-01');
    fc.assert(
      fc.property(anyPeriod, (p) => {
        expect(isoDate.safeParse(periodEnd(p)).success).toBe(true);
        expect(periodStart(p) < periodEnd(p)).toBe(true);
      }),
    );
  });

  it('sorts a series newest first, shorter span first at the same end', () => {
    const series: Period[] = [
      { kind: 'year', year: 2024 },
      H1_2025,
      { kind: 'quarter', year: 2025, quarter: 4 },
      M7_2025,
      { kind: 'year', year: 2025 },
      { kind: 'month', year: 2025, month: 12 },
      { kind: 'half', year: 2025, half: 2 },
    ];
    expect([...series].sort(comparePeriods).map(formatPeriod)).toEqual([
      'tháng 12/2025',
      'quý IV/2025',
      '6 tháng cuối năm 2025',
      'năm 2025',
      '7 tháng đầu năm 2025',
      '6 tháng đầu năm 2025',
      'năm 2024',
    ]);
  });

  it('orders consistently: antisymmetric, and never later-ending after earlier-ending', () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, (a, b) => {
        expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)) || 0);
        if (periodEnd(a) > periodEnd(b)) expect(comparePeriods(a, b)).toBeLessThan(0);
      }),
    );
  });
});
