// The span an observation covers, printed and read the way GSO and Government reports write it
// (document-format.md §6): "6 tháng đầu năm 2025", "quý III/2025", "7 tháng đầu năm 2025",
// "tháng 8/2025", "năm 2025".
import type { Period } from '../domain/period';
import { foldForSearch } from '../text';
import { daysInMonth, monthNameEn } from './date';
import { MAX_INPUT_LENGTH, refuse, tidyInput, type Parsed } from './parsed';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `năm 2025`, `6 tháng đầu năm 2025`, `quý III/2025`, `7 tháng đầu năm 2025`, `tháng 8/2025`. */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'year':
      return `năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return `quý ${ROMAN[p.quarter - 1] ?? p.quarter}/${p.year}`;
    case 'months':
      return `${p.months} tháng đầu năm ${p.year}`;
    case 'month':
      return `tháng ${p.month}/${p.year}`;
    case 'years':
      return `giai đoạn ${p.from}–${p.year}`;
    case 'toDate':
      return `đến ngày ${p.day}/${p.month}/${p.year}`;
  }
}

/** `2025`, `H1 2025`, `Q3 2025`, `first 7 months of 2025`, `August 2025`. */
export function formatPeriodEn(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'half':
      return `H${p.half} ${p.year}`;
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'months':
      return p.months === 1 ? `first month of ${p.year}` : `first ${p.months} months of ${p.year}`;
    case 'month':
      return `${monthNameEn(p.month)} ${p.year}`;
    case 'years':
      return `${p.from}–${p.year}`;
    case 'toDate':
      return `to ${p.day} ${monthNameEn(p.month)} ${p.year}`;
  }
}

/**
 * First and last month of the span, counted from January of the period's last year (so a
 * multi-year span starts below 1: giai đoạn 2021–2025 is months -47 to 12 of 2025).
 */
function monthSpan(p: Period): { first: number; last: number } {
  switch (p.kind) {
    case 'years':
      return { first: 1 - 12 * (p.year - p.from), last: 12 };
    case 'toDate':
      return { first: 1, last: p.month };
    case 'year':
      return { first: 1, last: 12 };
    case 'half':
      return p.half === 1 ? { first: 1, last: 6 } : { first: 7, last: 12 };
    case 'quarter':
      return { first: 3 * p.quarter - 2, last: 3 * p.quarter };
    case 'months':
      return { first: 1, last: p.months };
    case 'month':
      return { first: p.month, last: p.month };
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Last day of the span, ISO: `6 tháng đầu năm 2025` → `2025-06-30`. */
export function periodEnd(p: Period): string {
  if (p.kind === 'toDate') return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
  const { last } = monthSpan(p);
  return `${p.year}-${pad2(last)}-${pad2(daysInMonth(p.year, last))}`;
}

/** First day of the span, ISO: `quý III/2025` → `2025-07-01`. */
export function periodStart(p: Period): string {
  if (p.kind === 'years') return `${p.from}-01-01`;
  return `${p.year}-${pad2(monthSpan(p).first)}-01`;
}

export function periodLengthMonths(p: Period): number {
  const { first, last } = monthSpan(p);
  return last - first + 1;
}

const KIND_ORDER: Record<Period['kind'], number> = {
  toDate: 0,
  month: 1,
  quarter: 2,
  months: 3,
  half: 4,
  year: 5,
  years: 6,
};

/**
 * Newest first, for a series: the later end date first; at the same end, the later start
 * first, so the shorter span comes first (tháng 12 before quý IV before 6 tháng cuối năm before
 * năm). Spans that coincide (7 tháng đầu năm = tháng 1–7) fall back to a fixed kind order so the
 * sort is total and stable across runs.
 */
export function comparePeriods(a: Period, b: Period): number {
  const sa = monthSpan(a);
  const sb = monthSpan(b);
  const endA = a.year * 12 + sa.last;
  const endB = b.year * 12 + sb.last;
  if (endA !== endB) return endB - endA;
  const startA = a.year * 12 + sa.first;
  const startB = b.year * 12 + sb.first;
  if (startA !== startB) return startB - startA;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2200;
/** A quarter's number as written, Roman or Arabic (lower case): the parser and the extractor read it alike. */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

// Patterns over the folded text (no diacritics, no đ, lower case), so "quy 3/2025" typed without
// a Vietnamese keyboard reads like "quý III/2025". The year is always the last group.
const YEAR = /^(?:ca )?(?:nam )?(\d{4})$/;
const HALF = /^(?:6 thang (dau|cuoi) nam|nua (dau|cuoi) nam|h(1|2)) (\d{4})$/;
const QUARTER = /^(?:quy|q) ?(iv|i{1,3}|[1-4]) (?:nam )?(\d{4})$/;
const MONTHS = /^(\d{1,2}) thang (?:dau )?nam (\d{4})$/;
const MONTH = /^thang (\d{1,2}) (?:nam )?(\d{4})$/;
const YEARS = /^(?:giai doan )?(\d{4}) (\d{4})$/;
const TO_DATE = /^(?:luy ke |tinh )?den (?:het )?(?:ngay )?(\d{1,2}) (\d{1,2}) (\d{4})$/;

function periodFromFolded(s: string): Period | null {
  let m = YEAR.exec(s);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = HALF.exec(s);
  if (m) {
    const word = m[1] ?? m[2] ?? m[3];
    return { kind: 'half', year: Number(m[4]), half: word === '1' || word === 'dau' ? 1 : 2 };
  }
  m = QUARTER.exec(s);
  if (m) return { kind: 'quarter', year: Number(m[2]), quarter: QUARTER_NUMBERS[m[1] ?? ''] ?? 0 };
  m = MONTHS.exec(s);
  if (m) {
    const months = Number(m[1]);
    // "6 tháng (đầu) năm" is the first half-year: one reading, whichever form was stored.
    return months === 6
      ? { kind: 'half', year: Number(m[2]), half: 1 }
      : { kind: 'months', year: Number(m[2]), months };
  }
  m = MONTH.exec(s);
  if (m) return { kind: 'month', year: Number(m[2]), month: Number(m[1]) };
  m = YEARS.exec(s);
  if (m && Number(m[1]) < Number(m[2]))
    return { kind: 'years', from: Number(m[1]), year: Number(m[2]) };
  m = TO_DATE.exec(s);
  if (m && daysInMonth(Number(m[3]), Number(m[2])) >= Number(m[1])) {
    return { kind: 'toDate', year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  }
  return null;
}

/**
 * A period as typed: the printed forms above, with or without diacritics, plus the shorthands
 * people use (`quý 3/2025`, `Q3/2025`, `H1 2025`, `tháng 08/2025`, `2025`).
 */
export function parsePeriod(input: string): Parsed<Period> {
  if (input.length > MAX_INPUT_LENGTH)
    return refuse('Nội dung quá dài để là một kỳ số liệu.', 'Too long to be a period.');
  const shown = tidyInput(input);
  if (!shown) return refuse('Chưa nhập kỳ số liệu.', 'No period entered.');
  const s = foldForSearch(shown)
    .replace(/ ?([/\-–]) ?/g, '/')
    .replace(/\//g, ' ')
    .replace(/ {2,}/g, ' ');
  const p = periodFromFolded(s);
  if (!p) {
    return refuse(
      `Không hiểu kỳ “${shown.slice(0, 40)}” (ví dụ: năm 2025, 6 tháng đầu năm 2025, quý III/2025, tháng 8/2025).`,
      `Cannot read the period “${shown.slice(0, 40)}” (e.g. năm 2025, 6 tháng đầu năm 2025, quý III/2025, tháng 8/2025).`,
    );
  }
  if (p.year < MIN_YEAR || p.year > MAX_YEAR) {
    return refuse(
      `Năm ${p.year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`,
      `Year ${p.year} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  }
  if (
    (p.kind === 'month' && (p.month < 1 || p.month > 12)) ||
    (p.kind === 'months' && (p.months < 1 || p.months > 12))
  ) {
    return refuse('Số tháng phải từ 1 đến 12.', 'The month must be between 1 and 12.');
  }
  return { ok: true, value: p };
}
