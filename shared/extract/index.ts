// The extraction engine: text in, proposals out. Pure and deterministic; rules and dictionaries
// only (no model, no network), so the same report always gives the same proposals and each
// proposal names the rules that found it.
import type { Period } from '../domain/period';
import { nfc } from '../text';
import {
  directivesOfSentence,
  listHeadingLead,
  noticeAuthority,
  type DirectiveContext,
} from './directives';
import { figuresOfSentence, type FigureContext } from './figures';
import { findIndicatorMentions, type IndicatorMention } from './indicator-names';
import { meetingFacts } from './meeting-facts';
import { findPeriods, type PeriodHit } from './periods';
import { splitSentences } from './sentences';
import type { Extraction } from './types';

export type {
  Extraction,
  FigureProposal,
  DirectiveProposal,
  MeetingProposal,
  ExtractedPeriod,
  FigureKind,
} from './types';
export { INDICATOR_NAMES, indicatorKeyForName } from './indicator-names';
export { AGENCIES, agencyName } from './agencies';
export { parseVietnameseNumber } from './numbers';

/** The year a document is mostly about: the most frequent year written in it. */
function documentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(
    /(?:năm|\/|quý \S+\/|giai đoạn \d{4}\s*[-–])\s*((?:19|20|21)\d\d)(?!\d)/gu,
  )) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts)
    if (c > n || (c === n && best !== null && y > best)) [best, n] = [y, c];
  return best;
}

export function extract(input: string): Extraction {
  const text = nfc(input);
  const sentences = splitSentences(text);
  const docYear = documentYear(text);
  const out: Extraction = { figures: [], directives: [] };
  const meeting = meetingFacts(sentences, docYear);
  if (meeting) out.meeting = meeting;
  let ctxPeriod = null as Period | null;
  let subject: FigureContext['subject'] = null;
  const dctx: DirectiveContext = {
    year: docYear,
    listLead: null,
    authority: noticeAuthority(text),
  };
  let lastParagraph = -1;
  // Indicator names found once over the whole text, then handed to each sentence.
  const allMentions = findIndicatorMentions(text);
  let mi = 0;
  for (const s of sentences) {
    while (mi < allMentions.length && (allMentions[mi]?.start ?? 0) < s.start) mi++;
    const mine: IndicatorMention[] = [];
    for (let k = mi; k < allMentions.length; k++) {
      const m = allMentions[k];
      if (!m || m.start >= s.end) break;
      if (m.end <= s.end) mine.push({ ...m, start: m.start - s.start, end: m.end - s.start });
    }
    const year: number | null = ctxPeriod?.year ?? docYear;
    if (s.paragraph !== lastParagraph) {
      // A new paragraph keeps the period (reports carry "9 tháng" across paragraphs) but not
      // the subject, and a list heading lasts until the next heading.
      subject = null;
      lastParagraph = s.paragraph;
    }
    if (s.heading) {
      const hit: PeriodHit | undefined = findPeriods(s.text, year).find(
        (p) => p.role === 'plain' && p.period,
      );
      if (hit?.period) ctxPeriod = hit.period;
      const lead = listHeadingLead(s);
      dctx.listLead = lead;
      if (lead) continue;
    }
    const { figures, sentencePeriod } = figuresOfSentence(
      s,
      { period: ctxPeriod, year, subject },
      mine,
    );
    out.figures.push(...figures);
    const last = figures[figures.length - 1];
    if (last?.subject)
      subject = { name: last.subject, ...(last.indicatorKey ? { key: last.indicatorKey } : {}) };
    if (sentencePeriod) ctxPeriod = sentencePeriod;
    dctx.year = ctxPeriod?.year ?? docYear;
    const d = directivesOfSentence(s, dctx);
    if (d) out.directives.push(d);
  }
  return out;
}
