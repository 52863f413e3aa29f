// Inline content of the body → runs. Footnotes are numbered here, in reading order, for the
// whole document; an indicator figure prints its snapshot and brings its source as a footnote.
import type { InlineNode } from '../body';
import { figureFootnote, figureText, meetingReferenceText } from '../live';
import type { LayoutFootnote, LayoutRun } from './types';
import { formatShortDate } from '../../format/date';
import { curlyQuotes, meetingPhrase } from '../wording';

export class FootnoteCollector {
  readonly notes: LayoutFootnote[] = [];

  add(text: string): number {
    const number = this.notes.length + 1;
    this.notes.push({ number, text });
    return number;
  }
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  uppercase?: boolean;
}

function styled(text: string, base: RunStyle, marks: { type: string }[] = []): LayoutRun {
  const typeset = curlyQuotes(text);
  const run: LayoutRun = { text: base.uppercase ? typeset.toUpperCase() : typeset };
  if (base.bold || marks.some((m) => m.type === 'bold')) run.bold = true;
  if (base.italic || marks.some((m) => m.type === 'italic')) run.italic = true;
  if (marks.some((m) => m.type === 'underline')) run.underline = true;
  return run;
}

export function inlineRuns(
  content: readonly InlineNode[] | undefined,
  notes: FootnoteCollector,
  base: RunStyle = {},
): LayoutRun[] {
  const runs: LayoutRun[] = [];
  for (const node of content ?? []) {
    switch (node.type) {
      case 'text':
        runs.push(styled(node.text, base, node.marks));
        break;
      case 'hardBreak':
        runs.push({ text: '', lineBreak: true });
        break;
      case 'footnote':
        runs.push({ text: '', noteRef: notes.add(node.attrs.text) });
        break;
      case 'indicatorFigure':
        runs.push(styled(figureText(node), base));
        runs.push({ text: '', noteRef: notes.add(figureFootnote(node.attrs.snapshot)) });
        break;
      case 'meetingReference': {
        // Inside a sentence the meeting is "cuộc họp Ban Chỉ đạo …", not "Họp Ban Chỉ đạo …".
        const midSentence = /[^.!?:\s]\s*$/u.test(runsText(runs));
        const text = midSentence
          ? `${meetingPhrase(node.attrs.title)} ngày ${formatShortDate(node.attrs.date)}`
          : meetingReferenceText(node);
        runs.push(styled(text, base));
        break;
      }
    }
  }
  return runs;
}

/** The visible text of some runs (footnote marks excluded). */
export const runsText = (runs: readonly LayoutRun[]): string =>
  runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('');

/**
 * The end mark `./.` (document-format.md §1.2: every model ends its content with it): after the
 * final full stop as `/.`, otherwise `./.`; nothing if the text already ends with it.
 */
export function withEndMark(runs: LayoutRun[]): LayoutRun[] {
  const visible = runsText(runs).trimEnd();
  if (visible.endsWith('./.')) return runs;
  const mark = visible.endsWith('.') ? '/.' : './.';
  // Trailing spaces would separate the mark from the sentence.
  const out = runs.map((r) => ({ ...r }));
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i];
    if (!r || r.noteRef !== undefined) continue;
    if (r.lineBreak) break;
    r.text = r.text.trimEnd();
    if (r.text) break;
  }
  out.push({ text: mark });
  return out;
}
