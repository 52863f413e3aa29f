// How long each text field of a record may be, in characters after NFC and trimming. Defined
// once: the validators (shared/domain) refuse past these, and the editors show the same figure
// beside the field and refuse a paste that would go past it, so the UI never accepts text the
// save will then refuse.
export const SHORT = 300;
export const LONG = 20_000;

export const LIMITS = {
  /** Names, titles, units, sites: one line. */
  short: SHORT,
  /** The long text of a record: summary, results, a conclusion, a task. */
  long: LONG,
  /** A meeting's or a source's title, a legal reference's title, an indicator's source. */
  title: 1000,
  /** A directive's deliverable, an indicator's comparison, a source's address. */
  medium: 2000,
  legalNumber: 80,
  legalType: 100,
  unit: 50,
} as const;

export type LimitName = keyof typeof LIMITS;

/** From this share of the limit on, the counter is shown beside the field. */
export const COUNTER_FROM = 0.8;

/** What a field would hold after a paste replaces the selection [start, end). */
export function lengthAfterPaste(
  current: string,
  start: number,
  end: number,
  pasted: string,
): number {
  return current.length - Math.max(0, end - start) + pasted.normalize('NFC').length;
}

/** Whether a counter should be shown for a field of this length. */
export const nearLimit = (length: number, max: number): boolean => length >= max * COUNTER_FROM;

/** A list typed one item per line (a brief's "Kính gửi", căn cứ, nơi nhận): per-line and count limits. */
export interface LinesLimit {
  line: number;
  lines: number;
}

/** What makes a one-item-per-line text too long for its list, or null when it fits. */
export function linesProblem(
  text: string,
  limit: LinesLimit,
):
  | { kind: 'line'; max: number; length: number }
  | { kind: 'lines'; max: number; count: number }
  | null {
  const lines = text
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > limit.lines) return { kind: 'lines', max: limit.lines, count: lines.length };
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return longest > limit.line ? { kind: 'line', max: limit.line, length: longest } : null;
}
