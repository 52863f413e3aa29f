// Statistics of directives (issue 13): how many a lead unit, a meeting or a month holds, and
// how they stand. Every directive falls in exactly ONE of five states, so the five counts add
// up to the total and a report's table always balances:
//   done on time  — done, and not finished after its deadline (isDoneLate is false: no deadline,
//                   or no completion date, or completed on/before the deadline);
//   done late     — done after its deadline (isDoneLate);
//   overdue       — not done and the deadline has passed (isOverdue). The deadline day itself is
//                   NOT overdue: a task due today can still be done today on time, so "quá hạn"
//                   starts the day after, as in the register;
//   in progress   — in progress and not overdue (within time, or without a deadline);
//   not started   — not started and not overdue.
// A reopened directive (done, then set back to in progress) counts by its CURRENT status: its
// old completion date is ignored, so it is overdue again once its deadline has passed.
// On-time rate = done on time / (done on time + done late + overdue): the share of the
// directives whose timeliness is settled (finished, or past their deadline) that met it.
// Directives still within time are left out, so a new batch does not dilute the rate; null when
// nothing is settled yet (a rate of 0 % would say "all late").
import { isDoneLate, isOverdue, isTask, type Directive } from '../domain/directive';
import { daysBetween } from '../format/date';

export type DirectiveState = 'doneOnTime' | 'doneLate' | 'inProgress' | 'overdue' | 'notStarted';
export type StatsGrouping = 'unit' | 'meeting' | 'month';

export interface DirectiveStatsRow {
  key: string;
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
  notStarted: number;
  /** 0..1, or null when no directive of the group is finished or past its deadline. */
  onTimeRate: number | null;
}

export type StatsDirective = Pick<
  Directive,
  'status' | 'deadline' | 'completedOn' | 'leadUnit' | 'meetingId'
> & { kind?: Directive['kind'] };

export const NO_UNIT_KEY = '(Chưa rõ đơn vị chủ trì)';
export const NO_MEETING_KEY = '(Không gắn cuộc họp)';
export const NO_DEADLINE_KEY = '(Không có thời hạn)';
export const TOTAL_KEY = 'Tổng cộng';

/** The one state of a directive on `today` (YYYY-MM-DD, the user's local date). */
export function directiveState(
  d: Pick<Directive, 'status' | 'deadline' | 'completedOn'>,
  today: string,
): DirectiveState {
  if (d.status === 'done') return isDoneLate(d) ? 'doneLate' : 'doneOnTime';
  if (isOverdue(d, today)) return 'overdue';
  return d.status === 'in-progress' ? 'inProgress' : 'notStarted';
}

/** Whole days past the deadline on `today` (0 when not overdue): "quá hạn N ngày". */
export function daysOverdue(d: Pick<Directive, 'status' | 'deadline'>, today: string): number {
  if (!isOverdue(d, today) || d.deadline === null) return 0;
  return daysBetween(d.deadline, today);
}

/** A row that counts nothing yet: where every sum over rows starts. */
export function emptyRow(key: string): DirectiveStatsRow {
  return {
    key,
    total: 0,
    doneOnTime: 0,
    doneLate: 0,
    inProgress: 0,
    overdue: 0,
    notStarted: 0,
    onTimeRate: null,
  };
}

function withRate(row: DirectiveStatsRow): DirectiveStatsRow {
  const settled = row.doneOnTime + row.doneLate + row.overdue;
  // Four decimals: enough for a percentage with two, and the JSON stays stable across runs.
  return {
    ...row,
    onTimeRate: settled === 0 ? null : Math.round((row.doneOnTime / settled) * 10_000) / 10_000,
  };
}

function add(row: DirectiveStatsRow, state: DirectiveState): void {
  row.total += 1;
  row[state] += 1;
}

export interface StatsOptions {
  by: StatsGrouping;
  today: string;
  /** Meeting id → the label its group carries (its title); unknown ids fall back to the id. */
  meetingTitles?: ReadonlyMap<string, string>;
}

function groupKey(d: StatsDirective, options: StatsOptions): string {
  if (options.by === 'unit') return d.leadUnit.trim().normalize('NFC') || NO_UNIT_KEY;
  if (options.by === 'month') return d.deadline === null ? NO_DEADLINE_KEY : d.deadline.slice(0, 7);
  if (d.meetingId === null) return NO_MEETING_KEY;
  return options.meetingTitles?.get(d.meetingId)?.trim() || d.meetingId;
}

const collator = new Intl.Collator('vi');

/**
 * One row per group. Units and meetings: most directives first, then by name (Vietnamese
 * order); months: in time order. The groups without a unit / meeting / deadline come last.
 */
export function directiveStats(
  directives: readonly StatsDirective[],
  options: StatsOptions,
): DirectiveStatsRow[] {
  const groups = new Map<string, DirectiveStatsRow>();
  for (const d of directives) {
    // A recommendation is no one's task: it is neither done nor overdue (the vault's query
    // leaves them out already; this keeps every other caller to the same rule).
    if (!isTask(d)) continue;
    const key = groupKey(d, options);
    let row = groups.get(key);
    if (!row) groups.set(key, (row = emptyRow(key)));
    add(row, directiveState(d, options.today));
  }
  const last = new Set([NO_UNIT_KEY, NO_MEETING_KEY, NO_DEADLINE_KEY]);
  return [...groups.values()].map(withRate).sort((a, b) => {
    const lastOrder = Number(last.has(a.key)) - Number(last.has(b.key));
    if (lastOrder !== 0) return lastOrder;
    if (options.by === 'month') return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    return b.total - a.total || collator.compare(a.key, b.key);
  });
}

/** The "Tổng cộng" row of a table: the sums, and the rate over the sums (not a mean of rates). */
export function statsTotal(rows: readonly DirectiveStatsRow[]): DirectiveStatsRow {
  const total = emptyRow(TOTAL_KEY);
  for (const r of rows) {
    total.total += r.total;
    total.doneOnTime += r.doneOnTime;
    total.doneLate += r.doneLate;
    total.inProgress += r.inProgress;
    total.overdue += r.overdue;
    total.notStarted += r.notStarted;
  }
  return withRate(total);
}
