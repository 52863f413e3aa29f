// Deadlines as conclusion notices write them, resolved to the last day they allow and kept as
// written: "trước ngày 15/12/2025" → 2025-12-15, "trong quý IV/2025" → 2025-12-31, "trong tháng
// 01/2026" → 2026-01-31, "trong năm 2026" → 2026-12-31. A day written without its year takes
// the year in force in the document.
import { daysInMonth, toIsoDate } from '../format/date';
import { periodEnd } from '../format/period';
import { findPeriods } from './periods';
import { L } from './sentences';

export interface Deadline {
  due?: string;
  dueText: string;
  start: number;
  end: number;
}

const LEAD =
  '(?:hoàn thành|xong|báo cáo|trình)?\\s*(?:trước|chậm nhất|muộn nhất|trong|ngay trong|không quá|hạn chót|đến hết|trước hoặc trong)';
const DAY = new RegExp(
  `${L}(?:${LEAD}\\s+)?(?:(?:là\\s+)?ngày\\s+)?(\\d{1,2})\\s*(?:[/.-]|\\s+tháng\\s+)(\\d{1,2})(?:\\s*(?:[/.-]|\\s+năm\\s+)(\\d{4}))?(?![\\d/])`,
  'giu',
);
const PERIOD_DUE = new RegExp(
  `${L}(?:hoàn thành\\s+|xong\\s+)?(?:trong|trước|chậm nhất trong|ngay trong|trước hết|đến hết|trước cuối|cuối|tại phiên họp(?:\\s+Chính phủ)?\\s+thường kỳ)\\s+(?=quý|tháng|năm|6 tháng|nửa)`,
  'giu',
);
const STANDING = new RegExp(
  `${L}(?:thường xuyên|hằng năm|hàng năm|định kỳ hằng (?:tháng|quý)|ngay|khẩn trương|kịp thời)(?![\\p{L}])`,
  'giu',
);

/**
 * The deadline of a directive's text, or none. When several are written ("bảo đảm … trong năm
 * 2025; báo cáo kết quả trong quý I/2026") the last one is the task's: targets come first,
 * the reporting date closes the sentence.
 */
export function findDeadline(text: string, ctxYear: number | null): Deadline | null {
  const found: Deadline[] = [];
  const day = dayDeadline(text, ctxYear);
  if (day) found.push(day);
  found.push(...periodDeadlines(text, ctxYear));
  found.sort((a, b) => b.start - a.start);
  if (found[0]) return found[0];
  STANDING.lastIndex = 0;
  const s = STANDING.exec(text);
  if (s && /thường xuyên|hằng|hàng|định kỳ/iu.test(s[0]))
    return { dueText: s[0], start: s.index, end: s.index + s[0].length };
  return null;
}

function dayDeadline(text: string, ctxYear: number | null): Deadline | null {
  let last: Deadline | null = null;
  DAY.lastIndex = 0;
  for (let m = DAY.exec(text); m; m = DAY.exec(text)) {
    const head = text.slice(m.index, m.index + 30);
    if (
      !/^(?:hoàn thành|xong|báo cáo|trình|trước|chậm nhất|muộn nhất|trong|ngay|không quá|hạn|đến hết|là ngày|ngày)/iu.test(
        head,
      )
    )
      continue;
    // "ngày 15/10/2025" right after a document number is its date, not a deadline.
    if (
      /(?:số|ký|ban hành|tại|theo)[^,;]{0,40}$/iu.test(
        text.slice(Math.max(0, m.index - 50), m.index),
      ) &&
      !/^(?:trước|chậm nhất|trong|hoàn thành)/iu.test(head)
    )
      continue;
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = m[3] ? Number(m[3]) : ctxYear;
    if (y === null || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) continue;
    last = {
      due: toIsoDate({ year: y, month: mo, day: d }),
      dueText: m[0].trim(),
      start: m.index,
      end: m.index + m[0].length,
    };
  }
  return last;
}

function periodDeadlines(text: string, ctxYear: number | null): Deadline[] {
  const out: Deadline[] = [];
  PERIOD_DUE.lastIndex = 0;
  for (let m = PERIOD_DUE.exec(text); m; m = PERIOD_DUE.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const p = findPeriods(rest.slice(0, 40), ctxYear).find(
      (h) => h.role === 'plain' && h.start === 0 && h.period,
    );
    if (!p?.period) continue;
    const end = m.index + m[0].length + p.end;
    out.push({
      due: periodEnd(p.period),
      dueText: text.slice(m.index, end).trim(),
      start: m.index,
      end,
    });
  }
  return out;
}
