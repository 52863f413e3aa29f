// Two long texts that differ in a few words (a summary with a sentence added) read as two
// identical walls of text side by side. This cuts each to where they differ, with some words
// of context around it, so the eye lands on the change; short texts are shown whole.

export interface DiffExcerpt {
  /** Text before the change ("…" first when cut). */
  before: string;
  /** The part that differs (may be empty: the other side added something here). */
  changed: string;
  after: string;
}

/** Below this length both sides are shown whole, the change still marked. */
const WHOLE_BELOW = 160;
const CONTEXT = 60;

const space = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** Moves an index back to the start of the word it falls in. */
function wordStart(s: string[], i: number): number {
  while (i > 0 && !space(s[i - 1])) i--;
  return i;
}

/** Moves an index forward to the end of the word it falls in. */
function wordEnd(s: string[], i: number): number {
  while (i < s.length && !space(s[i])) i++;
  return i;
}

/** The excerpts of `mine` and `theirs` around where they differ. */
export function diffExcerpts(mine: string, theirs: string): [DiffExcerpt, DiffExcerpt] {
  const a = [...mine];
  const b = [...theirs];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const same = head === a.length && head === b.length;
  // Indexes count characters (code points), so a cut never splits one.
  const cut = (s: string[]): DiffExcerpt => {
    // Whole words are marked: "bổ sung" changed to "bổ trợ" marks the word, not "ợ".
    // This side may hold nothing where the other added text: an empty mark at that place,
    // or the word the other side lengthened ("IV" → "IV/2025").
    const bare = same || (head >= s.length - tail && (head === 0 || space(s[head - 1])));
    const start = bare ? head : wordStart(s, head);
    const end = bare ? head : wordEnd(s, s.length - tail);
    const whole = s.length < WHOLE_BELOW;
    const from = whole ? 0 : wordStart(s, Math.max(0, start - CONTEXT));
    const to = whole ? s.length : wordEnd(s, Math.min(s.length, end + CONTEXT));
    return {
      before: `${from > 0 ? '…' : ''}${s.slice(from, start).join('')}`,
      changed: s.slice(start, end).join(''),
      after: `${s.slice(end, to).join('')}${to < s.length ? '…' : ''}`,
    };
  };
  return [cut(a), cut(b)];
}
