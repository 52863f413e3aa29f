// Period expressions as reports write them, found with their spans in a sentence. A period
// written without its year ("Tính chung 9 tháng", "Riêng quý III") takes the year in force at
// that point of the document. "so với cùng kỳ…", "so với quý trước" are comparison bases, not
// the period of a figure: they are returned with role 'base' so the figure rules skip them.
import type { Period } from '../domain/period';
import { daysInMonth } from '../format/date';
import { formatPeriod, periodEnd, periodStart, QUARTER_NUMBERS } from '../format/period';
import { R } from './sentences';
import type { ExtractedPeriod } from './types';

export type PeriodRole = 'plain' | 'base' | 'sameLastYear';

export interface PeriodHit {
  start: number;
  end: number;
  period: Period | null;
  role: PeriodRole;
  /** "quý trước", "cùng kỳ"…: what a base compares with, for the kind of a change. */
  base?: 'yoy' | 'prev' | 'plan';
  /** The year was written (not taken from context). */
  yearWritten: boolean;
}

/**
 * "The first n months of y", named the way the registers name it: 6 months is the first half,
 * 12 the year. Every phrase for a running total ("lũy kế đến hết tháng 6", "6 tháng đầu năm",
 * "tính chung 6 tháng") lands on one period, so their figures compare.
 */
function firstMonths(y: number, n: number): Period {
  if (n === 6) return { kind: 'half', year: y, half: 1 };
  if (n === 12) return { kind: 'year', year: y };
  return { kind: 'months', year: y, months: n };
}
const Y = '(\\d{4})';
const YEAR_TAIL = `(?:\\s*(?:\\/|-|năm)\\s*${Y})?`;

interface Pattern {
  /** A word the pattern cannot match without: a cheap test that spares most sentences the pattern. */
  need: RegExp;
  re: RegExp;
  make: (
    m: RegExpExecArray,
    year: number | null,
  ) => { period: Period | null; written: boolean } | null;
}

const yr = (s: string | undefined, ctx: number | null): { y: number | null; written: boolean } =>
  s ? { y: Number(s), written: true } : { y: ctx, written: false };

// No leading lookbehind (it would stop V8 scanning ahead): the left boundary is checked in code.
const P = (src: string): RegExp => new RegExp(`(?:${src})${R}`, 'giu');
const WORD_BEFORE = /[\p{L}\p{N}]/u;
const boundaryBefore = (text: string, at: number): boolean =>
  at === 0 || !WORD_BEFORE.test(text[at - 1] ?? '');

const PATTERNS: Pattern[] = [
  {
    // lũy kế đến ngày 15/10/2025, tính đến 30/9, từ đầu năm đến ngày 20/11/2025
    need: /đến|tới/iu,
    re: P(
      `(?:(?:lũy kế|luỹ kế|tính|từ đầu năm)\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:ngày\\s+)?|(?:đến|tới)\\s+(?:hết\\s+)?ngày\\s+)(\\d{1,2})[/.](\\d{1,2})(?:[/.]${Y})?`,
    ),
    make: (m, ctx) => {
      const { y, written } = yr(m[3], ctx);
      const d = Number(m[1]);
      const mo = Number(m[2]);
      if (y === null || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
      return { period: { kind: 'toDate', year: y, month: mo, day: d }, written };
    },
  },
  {
    // lũy kế đến hết tháng 9/2025 = 9 tháng
    need: /hết/iu,
    re: P(`(?:lũy kế|luỹ kế|tính)\\s+(?:đến|tới)\\s+hết\\s+tháng\\s+(\\d{1,2})${YEAR_TAIL}`),
    make: (m, ctx) => {
      const { y, written } = yr(m[2], ctx);
      const n = Number(m[1]);
      if (y === null || n < 1 || n > 12) return null;
      return { period: firstMonths(y, n), written };
    },
  },
  {
    // giai đoạn 2021–2025, thời kỳ 2026-2030
    need: /giai|thời kỳ|nhiệm kỳ|kế hoạch/iu,
    re: P(`(?:cả\\s+)?(?:giai đoạn|thời kỳ|nhiệm kỳ|kế hoạch)\\s+${Y}\\s*[-–—]\\s*${Y}`),
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a < b ? { period: { kind: 'years', from: a, year: b }, written: true } : null;
    },
  },
  {
    // 6 tháng đầu năm 2025, 6 tháng cuối năm, nửa đầu năm 2025
    need: /đầu|cuối/iu,
    re: P(`(?:6 tháng|sáu tháng|nửa)\\s+(đầu|cuối)\\s+năm(?:\\s+(?:nay|${Y}))?`),
    make: (m, ctx) => {
      const { y, written } = yr(m[2], ctx);
      return y === null
        ? null
        : {
            period: { kind: 'half', year: y, half: m[1]?.toLowerCase() === 'đầu' ? 1 : 2 },
            written,
          };
    },
  },
  {
    // 9 tháng năm 2025, 7 tháng đầu năm 2025, 10 tháng/2025, 9 tháng đầu năm
    need: /tháng/iu,
    re: P(
      `(\\d{1,2})\\s+tháng(?:\\s+đầu)?(?:\\s+năm)?(?:\\s+(?:nay|${Y})|\\/${Y})|(\\d{1,2})\\s+tháng\\s+đầu\\s+năm`,
    ),
    make: (m, ctx) => {
      const { y, written } = yr(m[2] ?? m[3], ctx);
      const n = Number(m[1] ?? m[4]);
      if (y === null || n < 2 || n > 12) return null;
      return { period: firstMonths(y, n), written };
    },
  },
  {
    // "Tính chung 9 tháng", "Qua 10 tháng", "trong 8 tháng": the first N months, year from context
    need: /tháng/iu,
    re: P(
      `(?<=(?:tính chung|chung|qua|trong|sau|lũy kế|luỹ kế)\\s+)(\\d{1,2})\\s+tháng(?!\\s+(?:tới|qua|gần|liên|trước|sau))`,
    ),
    make: (m, ctx) => {
      const n = Number(m[1]);
      if (ctx === null || n < 2 || n > 12) return null;
      return { period: firstMonths(ctx, n), written: false };
    },
  },
  {
    // quý III/2025, quý 3 năm 2025, quý IV
    need: /quý/iu,
    re: P(`quý\\s+(IV|III|II|I|[1-4])${YEAR_TAIL}`),
    make: (m, ctx) => {
      const { y, written } = yr(m[2], ctx);
      const q = QUARTER_NUMBERS[(m[1] ?? '').toLowerCase()];
      return y === null || !q
        ? null
        : { period: { kind: 'quarter', year: y, quarter: q }, written };
    },
  },
  {
    // tháng 10/2025, tháng 9 năm 2025, tháng 10 (not "ngày 15 tháng 10 năm 2025", a date)
    need: /tháng/iu,
    re: P(`(?<!(?:ngày|hôm)\\s+\\d{1,2}\\s+)tháng\\s+(\\d{1,2})${YEAR_TAIL}(?!\\s*tháng)`),
    make: (m, ctx) => {
      const { y, written } = yr(m[2], ctx);
      const n = Number(m[1]);
      return y === null || n < 1 || n > 12
        ? null
        : { period: { kind: 'month', year: y, month: n }, written };
    },
  },
  {
    // năm 2025, cả năm 2025, năm nay, cả năm
    need: /năm/iu,
    re: P(`(?<!tháng\\s+\\d{1,2}\\s+)(?:cả\\s+)?năm\\s+(?:${Y}|nay)|cả\\s+năm(?!\\s+\\d)`),
    make: (m, ctx) => {
      const { y, written } = yr(m[1], ctx);
      return y === null ? null : { period: { kind: 'year', year: y }, written };
    },
  },
];

// "so với cùng kỳ năm trước", "so với quý trước", "so với cuối năm 2024", "so với kế hoạch":
// up to the next comma, semicolon, bracket, "và", or a figure.
const BASE = P(
  `so với\\s+(?:mức\\s+)?(?:[^,;()\\d]|\\d{4}|\\d{1,2}(?=\\s*\\/\\s*\\d{4}|\\s+tháng))*?(?=\\s*[,;()]|\\s+và\\s|\\s+(?!\\d{4}(?!\\d|[,.]\\d))\\d|\\s*$|\\.\\s|\\.$)`,
);
const SAME_LAST_YEAR = P(`cùng kỳ(?:\\s+năm\\s+(?:trước|ngoái))?`);

function baseKind(text: string): PeriodHit['base'] {
  if (/cùng kỳ/iu.test(text)) return 'yoy';
  if (/kế hoạch|dự toán|mục tiêu|chỉ tiêu/iu.test(text)) return 'plan';
  if (
    /(?:quý|tháng|kỳ)\s+trước|cuối năm|đầu năm|31\/12|quý\s+(?:IV|III|II|I)|tháng\s+\d/iu.test(text)
  )
    return 'prev';
  if (/năm\s+(?:trước|ngoái|\d{4})/iu.test(text)) return 'yoy';
  return undefined;
}

/** All period expressions in a sentence, longest first where they overlap. */
export function findPeriods(text: string, ctxYear: number | null): PeriodHit[] {
  const hits: PeriodHit[] = [];
  for (const p of PATTERNS) {
    if (!p.need.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (!boundaryBefore(text, m.index)) {
        p.re.lastIndex = m.index + 1;
        continue;
      }
      const made = p.make(m, ctxYear);
      if (!made) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        period: made.period,
        role: 'plain',
        yearWritten: made.written,
      });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PeriodHit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  const bases: PeriodHit[] = [];
  BASE.lastIndex = 0;
  const compares = /so với/iu.test(text);
  for (let m = compares ? BASE.exec(text) : null; m; m = BASE.exec(text)) {
    if (!boundaryBefore(text, m.index)) continue;
    bases.push({
      start: m.index,
      end: m.index + m[0].length,
      period: null,
      role: 'base',
      base: baseKind(m[0]),
      yearWritten: false,
    });
  }
  for (const h of kept)
    if (bases.some((b) => h.start >= b.start && h.end <= b.end)) h.role = 'base';
  SAME_LAST_YEAR.lastIndex = 0;
  const sly: PeriodHit[] = [];
  for (
    let m = /cùng kỳ/iu.test(text) ? SAME_LAST_YEAR.exec(text) : null;
    m;
    m = SAME_LAST_YEAR.exec(text)
  ) {
    const s = m.index;
    if (!boundaryBefore(text, s)) continue;
    if (bases.some((b) => s >= b.start && s < b.end)) continue;
    sly.push({
      start: s,
      end: s + m[0].length,
      period: null,
      role: 'sameLastYear',
      yearWritten: false,
    });
  }
  return [...kept.filter((h) => h.role === 'plain'), ...bases, ...sly].sort(
    (a, b) => a.start - b.start,
  );
}

/** The same span one year earlier: the period of "cùng kỳ năm trước". */
export function yearEarlier(p: Period): Period {
  if (p.kind === 'years') return { ...p, from: p.from - 1, year: p.year - 1 };
  if (p.kind === 'toDate') {
    const day = Math.min(p.day, daysInMonth(p.year - 1, p.month));
    return { ...p, year: p.year - 1, day };
  }
  return { ...p, year: p.year - 1 };
}

export function describePeriod(p: Period, source: ExtractedPeriod['source']): ExtractedPeriod {
  return { label: formatPeriod(p), start: periodStart(p), end: periodEnd(p), period: p, source };
}

/** Years written in a piece of text (periods, dates), to carry the year in force. */
export function lastWrittenYear(text: string): number | null {
  let last: number | null = null;
  const re =
    /(?<![\d,.])(19[5-9]\d|20\d\d|21\d\d)(?![\d,.]|\s*(?:%|tỷ|triệu|nghìn|điểm|người|lượt|doanh))/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) last = Number(m[1]);
  return last;
}
