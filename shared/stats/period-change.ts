// Comparing two periods of one indicator (issue 13 §3, "comparing two indicators or two
// periods"): the question an official asks of a figure is "how does it stand against the same
// period last year?" — 7,52% in 6 tháng đầu năm 2025 against 6,42% a year before. A rate (a
// unit in %) changes by percentage points, never by a percentage of itself: "tăng 1,10 điểm
// phần trăm", not "tăng 17,1%", which would read as a different claim.
import type { Observation } from '../domain/indicator';
import type { Period } from '../domain/period';
import { comparePeriods, formatPeriod } from '../format/period';

type Point = Pick<Observation, 'period' | 'value'>;

export interface PeriodChange {
  /** The earlier and the later of the two chosen points. */
  from: Point;
  to: Point;
  /** `to − from`, in the indicator's unit (percentage points for a rate). */
  difference: number;
  /** `difference / |from|`; null for a rate, or when the earlier value is zero. */
  relative: number | null;
  /** The unit is a percentage: the difference is in percentage points. */
  points: boolean;
}

/** Whether values in this unit are rates, compared in percentage points. */
export const isRateUnit = (unit: string): boolean => unit.includes('%');

/** The same span one year earlier: 6 tháng đầu năm 2024 for 6 tháng đầu năm 2025. */
export function yearBefore(p: Period): Period {
  if (p.kind === 'years') {
    const span = p.year - p.from + 1;
    return { ...p, from: p.from - span, year: p.year - span };
  }
  return { ...p, year: p.year - 1 };
}

/** One key per period as it is printed: two observations of one period are one choice. */
export const periodKey = (p: Period): string => formatPeriod(p);

/** The later point of a period key (the newest point when a period was recorded twice). */
function pointOf(points: readonly Point[], key: string): Point | undefined {
  return points.find((o) => periodKey(o.period) === key);
}

/**
 * The comparison offered first: the newest period against the same period a year before when
 * the series has it, else against the newest earlier period of the same kind, else none.
 */
export function defaultComparison(points: readonly Point[]): [string, string] | null {
  const newestFirst = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  const latest = newestFirst[0];
  if (!latest) return null;
  const latestKey = periodKey(latest.period);
  const lastYear = periodKey(yearBefore(latest.period));
  const earlier =
    newestFirst.find((o) => periodKey(o.period) === lastYear) ??
    newestFirst.find(
      (o) => o.period.kind === latest.period.kind && periodKey(o.period) !== latestKey,
    );
  return earlier ? [periodKey(earlier.period), latestKey] : null;
}

/** The change between two periods of a series, the earlier first whatever the order chosen. */
export function periodChange(
  points: readonly Point[],
  unit: string,
  keyA: string,
  keyB: string,
): PeriodChange | null {
  const newestFirst = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  const a = pointOf(newestFirst, keyA);
  const b = pointOf(newestFirst, keyB);
  if (!a || !b || keyA === keyB) return null;
  const [from, to] = comparePeriods(a.period, b.period) > 0 ? [a, b] : [b, a];
  // Rounded off the float noise: 7.52 − 6.42 is 1.0999999999999996.
  const difference = Number((to.value - from.value).toPrecision(12));
  const rate = isRateUnit(unit);
  return {
    from,
    to,
    difference,
    relative: rate || from.value === 0 ? null : difference / Math.abs(from.value),
    points: rate,
  };
}
