// Dates as official texts write them (document-format.md §6). Stored dates are ISO
// (YYYY-MM-DD); users see `26/8/2025`, and the issue-date line of a document (box 4) carries the
// long form with Decree 30's zero-padding, built by hand because no locale format pads
// "only day < 10 and months 1–2". Formatters never throw: a malformed stored date is shown as
// stored, so a bug is visible on screen rather than crashing it.
import type { PartOfDay } from '../domain/meeting';
import { MAX_INPUT_LENGTH, refuse, tidyInput, type Parsed } from './parsed';

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? 0);
}

function validYmd(year: number, month: number, day: number): Ymd | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function splitIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? validYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const toIsoDate = ({ year, month, day }: Ymd): string =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/** `ngày 05 tháng 01 năm 2026`, `ngày 26 tháng 8 năm 2025`: day < 10 and months 1–2 padded. */
export function formatDecree30Date(iso: string): string {
  const d = splitIso(iso);
  if (!d) return iso;
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return `ngày ${pad2(d.day)} tháng ${month} năm ${d.year}`;
}

/** The box-4 line: `Hà Nội, ngày 26 tháng 8 năm 2025`. */
export function formatPlaceAndDate(place: string, iso: string): string {
  const where = place.normalize('NFC').trim();
  return where ? `${where}, ${formatDecree30Date(iso)}` : formatDecree30Date(iso);
}

/** `26/8/2025`: the short form of running text and tables, unpadded (one style throughout). */
export function formatShortDate(iso: string): string {
  const d = splitIso(iso);
  return d ? `${d.day}/${d.month}/${d.year}` : iso;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const monthNameEn = (month: number): string => MONTHS_EN[month - 1] ?? String(month);

/** `26 August 2025`, for the English interface (never in a Vietnamese document). */
export function formatLongDateEn(iso: string): string {
  const d = splitIso(iso);
  return d ? `${d.day} ${monthNameEn(d.month)} ${d.year}` : iso;
}

const PART_OF_DAY_VI: Record<PartOfDay, string | null> = {
  morning: 'sáng',
  afternoon: 'chiều',
  evening: 'tối',
  'all-day': null,
};
const PART_OF_DAY_EN: Record<PartOfDay, string | null> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  'all-day': null,
};

/** "14:00" → { hour: 14, minute: 0 }, or null if not a time of day. */
function splitTime(time: string | null): { hour: number; minute: number } | null {
  const m = time ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time) : null;
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/**
 * When a meeting takes place, as an invitation writes it: `14 giờ 00, ngày 26/8/2025` when the
 * time is known (the hour already says which part of the day), else `chiều 26/8/2025`, else the
 * bare date (all-day or unknown).
 */
export function formatMeetingWhen(
  iso: string,
  partOfDay: PartOfDay | null,
  time: string | null,
): string {
  const t = splitTime(time);
  if (t) return `${t.hour} giờ ${pad2(t.minute)}, ngày ${formatShortDate(iso)}`;
  const word = partOfDay ? PART_OF_DAY_VI[partOfDay] : null;
  return word ? `${word} ${formatShortDate(iso)}` : formatShortDate(iso);
}

/** English interface: `14:00, 26 August 2025`, `afternoon, 26 August 2025`, `26 August 2025`. */
export function formatMeetingWhenEn(
  iso: string,
  partOfDay: PartOfDay | null,
  time: string | null,
): string {
  const t = splitTime(time);
  if (t) return `${pad2(t.hour)}:${pad2(t.minute)}, ${formatLongDateEn(iso)}`;
  const word = partOfDay ? PART_OF_DAY_EN[partOfDay] : null;
  return word ? `${word}, ${formatLongDateEn(iso)}` : formatLongDateEn(iso);
}

/** Years a typed date may carry: wide enough for old legal bases, narrow enough to catch typos. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * A date as typed: `26/8/2025`, `26/08/2025`, the older `26-8-2025` or `26.8.2025`, or ISO
 * `2025-08-26`. Day first always: Vietnamese texts never put the month first.
 */
export function parseShortDate(input: string): Parsed<string> {
  if (input.length > MAX_INPUT_LENGTH)
    return refuse('Nội dung quá dài để là một ngày.', 'Too long to be a date.');
  const s = tidyInput(input).replace(/ ?([/.-]) ?/g, '$1');
  if (!s) return refuse('Chưa nhập ngày.', 'No date entered.');
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const parts = dayFirst
    ? { day: Number(dayFirst[1]), month: Number(dayFirst[3]), year: Number(dayFirst[4]) }
    : iso
      ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
      : null;
  if (!parts) {
    return refuse(
      `“${s.slice(0, 40)}” không phải ngày dạng ngày/tháng/năm (ví dụ 26/8/2025).`,
      `“${s.slice(0, 40)}” is not a day/month/year date (e.g. 26/8/2025).`,
    );
  }
  if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    return refuse(
      `Năm ${parts.year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`,
      `Year ${parts.year} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
    );
  }
  const valid = validYmd(parts.year, parts.month, parts.day);
  if (!valid) {
    return refuse(
      `Không có ngày ${parts.day}/${parts.month}/${parts.year}.`,
      `There is no such date: ${parts.day}/${parts.month}/${parts.year}.`,
    );
  }
  return { ok: true, value: toIsoDate(valid) };
}

/** Today in the computer's own time zone (the date a Vietnamese official sees on the wall). */
export function todayIso(date: Date = new Date()): string {
  return toIsoDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** The ISO day `n` days after `day` (before it for a negative n). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
