// "lần lượt" (respectively): "xuất khẩu và nhập khẩu lần lượt đạt 348,7 tỷ USD và 329,8 tỷ USD",
// "khu vực công nghiệp và xây dựng, khu vực dịch vụ tăng lần lượt 9,46% và 8,56%". The subjects
// are listed in order before the verb and the values in the same order after it; without this
// pairing every value would take the nearest indicator name (the last subject of the list).
import type { IndicatorMention } from './indicator-names';
import type { PeriodHit } from './periods';

export interface Respective {
  /** Figure index → the subject it pairs with. */
  subjects: Map<number, { name: string; key?: string }>;
  /** Figure index → the index of the first figure of its run (a run shares kind and sign). */
  runOf: Map<number, number>;
  /** First figure of a run → the last one (whose comparison base, written after it, covers all). */
  lastOf: Map<number, number>;
}

const EMPTY: Respective = { subjects: new Map(), runOf: new Map(), lastOf: new Map() };

// The verb that ends the subject list; "lần lượt" may stand before or after it.
const LIST_END =
  /\s(?:lần lượt|đạt|tăng|giảm|chiếm|ước(?:\s+tính)?|là|ở mức|có|đóng góp|bằng|tương ứng)(?=\s|$)/iu;
// Comparison and list joiners between two values of one run.
const JOIN = /^\s*(?:[,;]\s*)?(?:và\s+)?$/u;
const LEAD =
  /^(?:trong đó|riêng|còn|đồng thời|ngoài ra|cụ thể|tính chung|chung|theo đó|trong|về|đối với)[\s,:]+/iu;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Pairs the values of each run of figures ("A và B", "A, B và C") with the subjects listed
 * before the sentence's "lần lượt", when the counts agree; otherwise nothing is paired and the
 * ordinary subject rules apply.
 */
export function respectivePairs(
  text: string,
  matches: { index: number; 0: string }[],
  periods: PeriodHit[],
  mentions: IndicatorMention[],
): Respective {
  const ll = /lần lượt/iu.exec(text);
  if (!ll || matches.length < 2) return EMPTY;
  // Runs: figures next to each other, joined only by "và" or a comma.
  const runs: number[][] = [];
  let run: number[] = [0];
  for (let i = 1; i < matches.length; i++) {
    const prev = matches[i - 1]!;
    const gap = text.slice(prev.index + prev[0].length, matches[i]!.index);
    if (JOIN.test(gap)) run.push(i);
    else {
      runs.push(run);
      run = [i];
    }
  }
  runs.push(run);
  const multi = runs.filter((r) => r.length >= 2);
  const first = multi[0];
  if (!first) return EMPTY;
  const n = first.length;
  // The subject list: from the clause start to the first verb, before the first run.
  const upTo = Math.min(ll.index, matches[first[0]!]!.index);
  const clauseFrom = Math.max(text.lastIndexOf(';', upTo), text.lastIndexOf(':', upTo)) + 1;
  let head = text.slice(clauseFrom, upTo);
  for (const p of periods) {
    const a = p.start - clauseFrom;
    const b = p.end - clauseFrom;
    if (a >= 0 && b <= head.length) head = head.slice(0, a) + ' '.repeat(b - a) + head.slice(b);
  }
  const verb = LIST_END.exec(` ${head}`);
  const listEnd = verb ? verb.index : head.length;
  let list = head.slice(0, listEnd);
  let offset = clauseFrom;
  // Lead-in words and an opening adverbial ("Tính chung 9 tháng năm 2025,") are not subjects.
  const lead = /^[\s,.]*(?:(?:tính chung|tính đến|trong|riêng|cụ thể|đối với|về)[^,]*,\s*)?/iu.exec(
    list,
  );
  offset += lead?.[0].length ?? 0;
  list = list.slice(lead?.[0].length ?? 0);
  if (/\d/.test(list)) return EMPTY;
  // Split at commas and "và", keeping each piece's place in the text.
  const parts: { start: number; end: number; text: string }[] = [];
  const sep = /\s*,\s*(?:và\s+)?|\s+và\s+/gu;
  let at = 0;
  for (let m = sep.exec(list); ; m = sep.exec(list)) {
    const end = m ? m.index : list.length;
    const raw = list.slice(at, end);
    const trimmed = raw.trim().replace(LEAD, '');
    if (trimmed) {
      const s = offset + at + raw.indexOf(trimmed);
      parts.push({ start: s, end: s + trimmed.length, text: trimmed });
    }
    if (!m) break;
    at = m.index + m[0].length;
  }
  // "khu vực công nghiệp và xây dựng, khu vực dịch vụ": a "và" inside a name splits it too far;
  // the commas alone then give the list — unless a "và" follows the last comma, where it is the
  // list's own joiner ("xuất khẩu, nhập khẩu và đầu tư" is three subjects, not two).
  let pieces = parts;
  if (pieces.length !== n && list.lastIndexOf(' và ') < list.lastIndexOf(',')) {
    pieces = [];
    let from = 0;
    for (const raw of list.split(',')) {
      const trimmed = raw.trim().replace(/^và\s+/u, '');
      if (trimmed) {
        const s = offset + from + raw.indexOf(trimmed);
        pieces.push({ start: s, end: s + trimmed.length, text: trimmed });
      }
      from += raw.length + 1;
    }
  }
  if (pieces.length !== n || pieces.some((p) => p.text.split(/\s+/).length > 16)) return EMPTY;
  const subjects = pieces.map((p) => {
    const named = mentions.filter((m) => m.start >= p.start && m.end <= p.end);
    const whole = named.find((m) => m.start === p.start && m.end === p.end);
    const one = whole ?? (named.length === 1 ? named[0] : undefined);
    // A dictionary name that is the whole piece keeps its key; a longer piece keeps its words.
    if (one && (whole || p.text.length - (one.end - one.start) <= 10))
      return { name: one.entry.name, key: one.entry.key };
    return { name: cap(p.text.replace(/\s+/g, ' ')) };
  });
  const out: Respective = { subjects: new Map(), runOf: new Map(), lastOf: new Map() };
  for (const r of multi) {
    if (r.length !== n || matches[r[0]!]!.index < upTo) continue;
    r.forEach((fi, k) => {
      out.subjects.set(fi, subjects[k]!);
      out.runOf.set(fi, r[0]!);
    });
    out.lastOf.set(r[0]!, r[r.length - 1]!);
  }
  return out;
}
