// Two periods of one indicator compared (issue 13 §3), against hand-computed cases: a rate
// changes by percentage points, a quantity by its unit and a percentage of the earlier value;
// the default pair is the newest period against the same period a year before.
import { describe, expect, it } from 'vitest';
import type { Period } from '../../../shared/domain/period';
import {
  defaultComparison,
  periodChange,
  periodKey,
  yearBefore,
} from '../../../shared/stats/period-change';

const half = (year: number, h: 1 | 2): Period => ({ kind: 'half', year, half: h });
const quarter = (year: number, q: number): Period => ({ kind: 'quarter', year, quarter: q });
const point = (period: Period, value: number) => ({ period, value });

const GDP = [
  point(half(2024, 1), 6.42),
  point(quarter(2025, 1), 6.93),
  point(half(2025, 1), 7.52),
  point(half(2024, 2), 7.4),
];

describe('comparing two periods of an indicator', () => {
  it('shifts every kind of period by one year, a span of years by its length', () => {
    expect(yearBefore(half(2025, 1))).toEqual(half(2024, 1));
    expect(yearBefore({ kind: 'toDate', year: 2025, month: 9, day: 30 })).toEqual({
      kind: 'toDate',
      year: 2024,
      month: 9,
      day: 30,
    });
    expect(yearBefore({ kind: 'years', from: 2021, year: 2025 })).toEqual({
      kind: 'years',
      from: 2016,
      year: 2020,
    });
  });

  it('offers the newest period against the same period a year before', () => {
    expect(defaultComparison(GDP)).toEqual([periodKey(half(2024, 1)), periodKey(half(2025, 1))]);
  });

  it('falls back to the newest earlier period of the same kind, and to none', () => {
    const noYearBefore = [point(quarter(2025, 1), 6.93), point(quarter(2025, 3), 8.23)];
    expect(defaultComparison(noYearBefore)).toEqual([
      periodKey(quarter(2025, 1)),
      periodKey(quarter(2025, 3)),
    ]);
    expect(defaultComparison([point(half(2025, 1), 7.52)])).toBeNull();
    expect(defaultComparison([])).toBeNull();
  });

  it('compares a rate in percentage points, the earlier first whatever the order chosen', () => {
    const change = periodChange(GDP, '%', periodKey(half(2025, 1)), periodKey(half(2024, 1)));
    expect(change).toMatchObject({
      from: { value: 6.42 },
      to: { value: 7.52 },
      difference: 1.1,
      relative: null,
      points: true,
    });
  });

  it('compares a quantity in its unit and as a share of the earlier value', () => {
    const exports = [point(half(2024, 1), 190.08), point(half(2025, 1), 219.83)];
    const change = periodChange(
      exports,
      'tỷ USD',
      periodKey(half(2024, 1)),
      periodKey(half(2025, 1)),
    );
    expect(change?.difference).toBe(29.75);
    expect(change?.relative).toBeCloseTo(29.75 / 190.08, 10);
    expect(change?.points).toBe(false);
    // A fall from a negative value is still measured against its size.
    const balance = [point(half(2024, 1), -2), point(half(2025, 1), -3)];
    expect(
      periodChange(balance, 'tỷ USD', periodKey(half(2024, 1)), periodKey(half(2025, 1))),
    ).toMatchObject({ difference: -1, relative: -0.5 });
  });

  it('has no relative change from zero, and no change for one period or a missing one', () => {
    const fromZero = [point(half(2024, 1), 0), point(half(2025, 1), 5)];
    expect(
      periodChange(fromZero, 'dự án', periodKey(half(2024, 1)), periodKey(half(2025, 1)))?.relative,
    ).toBeNull();
    expect(periodChange(GDP, '%', periodKey(half(2025, 1)), periodKey(half(2025, 1)))).toBeNull();
    expect(periodChange(GDP, '%', periodKey(half(2023, 1)), periodKey(half(2025, 1)))).toBeNull();
  });
});
