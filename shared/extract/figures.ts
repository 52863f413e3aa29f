// Figures: a number with a unit, its subject, kind and period. Each figure reads its own
// period first (right after it: "mức 14,38% của quý III/2022"; or just before it in its clause),
// then the sentence's, then the context carried from earlier sentences and headings ("Tính
// chung 9 tháng…", "Riêng trong quý III…", a heading "I. TÌNH HÌNH KINH TẾ 9 THÁNG NĂM 2025").
import type { Period } from '../domain/period';
import { readKind } from './figure-kind';
import { findIndicatorMentions, type IndicatorMention } from './indicator-names';
import { NUMBER_SOURCE, parseVietnameseNumber } from './numbers';
import { describePeriod, findPeriods, yearEarlier, type PeriodHit } from './periods';
import { respectivePairs } from './respectively';
import type { Sentence } from './sentences';
import type { ExtractedPeriod, FigureProposal } from './types';
import { canonicalUnit, UNIT_SOURCE, unitClass } from './units';

const FIGURE = new RegExp(
  `(${NUMBER_SOURCE})(?:\\s*%?\\s*(?:-|–|—|đến|tới)\\s*(${NUMBER_SOURCE}))?\\s*(${UNIT_SOURCE})(?:(?<=%)|(?![\\p{L}\\p{N}]))(?!\\s*[/.-]\\s*\\d)`,
  'gu',
);

// Words that start a clause's verb phrase: the subject is what stands before them.
const VERB =
  /(?:^|\s)(?:ước(?:\s+tính)?|đạt|tăng|giảm|chiếm|là|ở mức|có|khoảng|đóng góp|bằng|vượt|giữ|duy trì|thu hút|lên|xuống|cao hơn|thấp hơn|với|gần|hơn|dự kiến|phấn đấu|cần|được|thu|ghi nhận)(?=\s|$)/iu;
const STOP_PHRASE =
  /^(?:chỉ|cao|thấp|mức|là|và|nhưng|song|tuy|nếu|khi|đây|đó|này|cũng|vẫn|đều|chiếm|trong|sau|so|như|tương|bằng|riêng)(?:\s|$)/iu;
const LEAD_WORDS =
  /^(?:trong đó|riêng|còn|đồng thời|ngoài ra|cụ thể|tính chung|chung|bên cạnh đó|theo đó|với|và|của|về|trong|qua|đối với)[\s,:]+/iu;

export interface FigureContext {
  period: Period | null;
  year: number | null;
  subject: { name: string; key?: string } | null;
}

const clauseStart = (text: string, from: number, to: number): number => {
  // "(CPI)", "(GDP)": a closed bracket is part of a name, not a clause boundary.
  const slice = text.slice(from, to).replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const m = /^.*(?:[;:(]|,\s*trong đó|,\s+(?=\p{Lu})|,\s*(?:còn|riêng|đồng thời)\s)/su.exec(slice);
  return m ? from + m[0].length : from;
};

/** The noun phrase before the verb of a clause: "khu vực kinh tế trong nước" in "…, trong đó khu vực kinh tế trong nước đạt…". */
function phraseSubject(clause: string, periods: PeriodHit[], offset: number): string {
  let s = clause;
  for (const p of [...periods].reverse()) {
    const a = p.start - offset;
    const b = p.end - offset;
    if (a >= 0 && b <= s.length) s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  }
  const v = VERB.exec(s);
  s = (v ? s.slice(0, v.index) : s).replace(/\s+/g, ' ').trim();
  // "Về giải ngân, tính đến hết tháng 10, cả nước giải ngân…": the words nearest the verb.
  const pieces = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (
    pieces.length > 1 &&
    !/^(?:nông|lâm|thủy sản|chế tạo|nhập khẩu)/iu.test(pieces[pieces.length - 1] ?? '')
  )
    s = pieces[pieces.length - 1] ?? '';
  s = s.replace(/^(?:cả nước|toàn quốc|toàn ngành|chúng ta|ta)\s+/iu, '');
  for (let i = 0; i < 3; i++)
    s = s.replace(LEAD_WORDS, '').replace(/^[\s,.\-–•+*)]+|[\s,]+$/gu, '');
  if (
    s.length < 3 ||
    s.split(' ').length > 14 ||
    /\d/.test(s) ||
    STOP_PHRASE.test(s) ||
    /chủ trì|phối hợp|yêu cầu|đề nghị|bảo đảm|phấn đấu|\bgiao\b/iu.test(s)
  )
    return '';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Checked here rather than as a leading lookbehind, which would stop V8 scanning ahead for digits:
// a figure starts a number ("2025/10" is a date, "số 68" a document number).
const NOT_A_FIGURE_BEFORE = /(?:[\p{L}\p{N}]|\d[/.-]|số\s|Điều\s|khoản\s|năm\s|kỳ\s)$/iu;

function figureMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    if (m.index > 0 && NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index))) {
      FIGURE.lastIndex = m.index + 1;
      while (FIGURE.lastIndex < text.length && /\d/.test(text[FIGURE.lastIndex] ?? ''))
        FIGURE.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

interface SubjectInput {
  text: string;
  mentions: IndicatorMention[];
  fs: number;
  fe: number;
  cStart: number;
  prevEnd: number;
  cls: string;
  periods: PeriodHit[];
  carried: FigureContext['subject'];
}

/** Two names side by side ("kim ngạch xuất khẩu" + "nông, lâm, thủy sản") name one thing. */
function joined(
  text: string,
  mentions: IndicatorMention[],
  m: IndicatorMention,
): { name: string; key?: string } {
  let prev: IndicatorMention | undefined;
  for (const x of mentions) if (x.end <= m.start) prev = x;
  if (prev && /^\s*$/u.test(text.slice(prev.end, m.start))) {
    const name = text.slice(prev.start, m.end).replace(/\s+/g, ' ');
    return { name: name.charAt(0).toUpperCase() + name.slice(1) };
  }
  return { name: m.entry.name, key: m.entry.key };
}

/**
 * Subject: a count's own noun ("126,4 nghìn doanh nghiệp thành lập mới"), a named indicator in
 * the figure's clause, else the clause's own noun phrase when a new clause starts, else the
 * subject of the figure before (", tăng 16%" continues "Xuất khẩu đạt 300 tỷ USD").
 */
function pickSubject(x: SubjectInput): {
  subject: FigureContext['subject'];
  rule: string;
  mention?: IndicatorMention;
} {
  const { text, mentions, fs, fe, cStart, prevEnd, cls } = x;
  if (cls === 'count') {
    const own = mentions.find((m) => m.start >= fs && m.start <= fe + 2 && m.end > fe - 1);
    if (own)
      return {
        subject: { name: own.entry.name, key: own.entry.key },
        rule: 'subject:count-noun',
        mention: own,
      };
  }
  let mention: IndicatorMention | undefined;
  for (const mm of mentions) if (mm.end <= fs && mm.start >= cStart) mention = mm;
  if (mention)
    return { subject: joined(text, mentions, mention), rule: 'subject:dictionary', mention };
  const newClause = prevEnd === 0 || cStart > prevEnd;
  if (newClause) {
    const phrase = phraseSubject(text.slice(cStart, fs), x.periods, cStart);
    if (phrase) return { subject: { name: phrase }, rule: 'subject:phrase' };
  }
  let earlier: IndicatorMention | undefined;
  for (const mm of mentions) if (mm.end <= fs) earlier = mm;
  if (x.carried && prevEnd > 0) return { subject: x.carried, rule: 'subject:previous-figure' };
  if (earlier) return { subject: joined(text, mentions, earlier), rule: 'subject:sentence' };
  if (x.carried) return { subject: x.carried, rule: 'subject:carried' };
  const later = mentions.find((mm) => mm.start >= fe);
  if (later)
    return { subject: { name: later.entry.name, key: later.entry.key }, rule: 'subject:after' };
  return { subject: null, rule: 'subject:none' };
}

export function figuresOfSentence(
  sentence: Sentence,
  ctx: FigureContext,
  /** The sentence's indicator names when the caller found them for the whole text at once. */
  known?: IndicatorMention[],
): { figures: FigureProposal[]; sentencePeriod: Period | null } {
  const text = sentence.text;
  const periods = findPeriods(text, ctx.year);
  const plain = periods.filter((p) => p.role === 'plain' && p.period);
  const matches = /\d/.test(text) ? figureMatches(text) : [];
  // Naming indicators is the costly part: only sentences with a figure need it.
  const mentions = matches.length ? (known ?? findIndicatorMentions(text)) : [];
  const consumed = new Set<PeriodHit>();
  const comparisons = new Set<PeriodHit>();
  const own: (ExtractedPeriod | null)[] = [];
  const bases: ('yoy' | 'prev' | 'plan' | undefined)[] = [];

  // Pass 1: periods written right after a figure belong to it, as do the bases it is compared with.
  matches.forEach((m, i) => {
    const fe = m.index + m[0].length;
    const next = matches[i + 1]?.index ?? text.length;
    const afterHit = plain.find(
      (p) =>
        p.start >= fe &&
        p.start < next &&
        /^\s*(?:của|trong|vào|tại|ở)?\s*$/iu.test(text.slice(fe, p.start)) &&
        p.start - fe <= 14,
    );
    const base = periods.find(
      (p) =>
        p.role === 'base' &&
        p.start >= fe &&
        p.start < next &&
        /^\s*(?:\/\s*năm\s*)?$/u.test(text.slice(fe, p.start)),
    );
    bases.push(base?.base);
    if (afterHit?.period) {
      consumed.add(afterHit);
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const comparison = /(?:mức|sau|hơn|so với|cùng kỳ)[^,;]*$/iu.test(before) && i > 0;
      if (comparison) comparisons.add(afterHit);
      own.push(describePeriod(afterHit.period, comparison ? 'comparison' : 'figure'));
    } else own.push(null);
  });
  const respective = respectivePairs(text, matches, periods, mentions);
  const sentenceHit = plain.find((p) => !comparisons.has(p));
  const sentencePeriod = sentenceHit?.period ?? null;

  const figures: FigureProposal[] = [];
  let carried = ctx.subject;
  let prevEnd = 0;
  matches.forEach((m, i) => {
    const fs = m.index;
    const fe = fs + m[0].length;
    const next = matches[i + 1]?.index ?? text.length;
    const value = parseVietnameseNumber(m[1] ?? '');
    if (value === null) return;
    const high = m[2] ? parseVietnameseNumber(m[2]) : null;
    const unit = canonicalUnit(m[3] ?? '');
    const cls = unitClass(unit);
    const cStart = clauseStart(text, prevEnd, fs);
    const before = text.slice(cStart, fs);
    const after = text.slice(fe, next);
    // In a "lần lượt" run the values after the first share its verb ("tăng lần lượt 9,46% và
    // 8,56% so với cùng kỳ"), and the comparison written after the last covers them all.
    const runHead = respective.runOf.get(i);
    const headFigure =
      runHead !== undefined && runHead !== i
        ? figures.find((f) => f.start === sentence.start + (matches[runHead]?.index ?? -1))
        : undefined;
    const runBase = bases[respective.lastOf.get(i) ?? i];
    const kind = headFigure
      ? {
          kind: headFigure.kind,
          sign: (Math.sign(headFigure.value) || 1) as 1 | -1,
          rule: 'kind:respectively',
          ...(headFigure.qualifier ? { qualifier: headFigure.qualifier } : {}),
        }
      : readKind(
          text.slice(prevEnd, fs),
          after,
          cls,
          bases[i] ?? runBase,
          figures[figures.length - 1]?.kind ?? null,
          before,
        );

    // Subject: a named indicator in this clause, else the clause's own noun phrase, else the
    // indicator of the figure before (", tăng 16%" continues "Xuất khẩu đạt 300 tỷ USD").
    const paired = respective.subjects.get(i);
    const subjectPick = paired
      ? { subject: paired, rule: 'subject:respectively', mention: undefined }
      : pickSubject({
          text,
          mentions,
          fs,
          fe,
          cStart,
          prevEnd,
          cls,
          periods,
          carried,
        });
    const subject = subjectPick.subject;
    const subjectRule = subjectPick.rule;
    const mention = subjectPick.mention;
    if (
      cls === 'count' &&
      !mention &&
      !/(?:đạt|tăng|giảm|có|thu hút|ban hành|cắt giảm|hoàn thành|đón|xuất khẩu|nhập khẩu|ước)\s+(?:\S+\s+){0,3}$/iu.test(
        before + ' ',
      )
    ) {
      prevEnd = fe;
      return;
    }

    // Period: the figure's own, "cùng kỳ năm trước" around it, the one before it in its clause,
    // the sentence's, the context's.
    let period = own[i] ?? null;
    let periodRule = period ? `period:${period.source}` : '';
    const sly = periods.find(
      (p) =>
        p.role === 'sameLastYear' &&
        ((p.start >= fe &&
          p.start - fe <= 10 &&
          /^\s*(?:của|trong|bằng)?\s*$/iu.test(text.slice(fe, p.start))) ||
          (p.end <= fs && p.start >= cStart)),
    );
    const basePeriod = sentencePeriod ?? ctx.period;
    if (!period && sly && basePeriod) {
      period = describePeriod(yearEarlier(basePeriod), 'comparison');
      periodRule = 'period:same-period-last-year';
    }
    if (!period) {
      let near: PeriodHit | undefined;
      for (const p of plain) if (!consumed.has(p) && p.end <= fs && p.start >= prevEnd) near = p;
      if (near?.period) {
        period = describePeriod(near.period, 'figure');
        periodRule = 'period:clause';
      }
    }
    if (!period && sentencePeriod) {
      period = describePeriod(sentencePeriod, 'sentence');
      periodRule = 'period:sentence';
    }
    if (!period && ctx.period) {
      period = describePeriod(ctx.period, 'context');
      periodRule = 'period:context';
    }
    const signed = kind.sign * value;
    figures.push({
      subject: subject?.name ?? '',
      ...(subject?.key ? { indicatorKey: subject.key } : {}),
      value: signed,
      ...(high !== null ? { valueHigh: kind.sign * high } : {}),
      unit,
      kind: kind.kind,
      period,
      ...(kind.qualifier ? { qualifier: kind.qualifier } : {}),
      quote: text,
      start: sentence.start + fs,
      end: sentence.start + fe,
      rule: [`figure:${cls}`, kind.rule, subjectRule, periodRule || 'period:none'].join(' '),
      ambiguous:
        !subject ||
        !period ||
        subjectRule === 'subject:carried' ||
        subjectRule === 'subject:after' ||
        subjectRule === 'subject:phrase',
    });
    if (subject) carried = subject;
    prevEnd = fe;
  });
  return { figures, sentencePeriod };
}
