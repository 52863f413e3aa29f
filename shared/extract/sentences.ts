// Splits a report into paragraphs and sentences, keeping offsets into the original text, so
// every proposal can point at its exact span. Vietnamese numbers use "." for thousands and ","
// for decimals, so a full stop ends a sentence only before a space; a few abbreviations
// ("TP. Hồ Chí Minh", "TS. Nguyễn…") do not end one.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  /** A short line without a final stop: a heading, whose period is context for what follows. */
  heading: boolean;
  /** First sentence of its paragraph. */
  first: boolean;
}

const NO_BREAK_AFTER = /(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th\.S|Q|P|St|No|Số|số)\.$/u;
const HEADING_MAX = 120;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let lm = lineRe.exec(text); lm; lm = lineRe.exec(text)) {
    const line = lm[0];
    const base = lm.index;
    if (!line.trim()) continue;
    let from = 0;
    let first = true;
    const endRe = /[.!?…](?=\s+\S)|[.!?…]\s*$/g;
    const pieces: [number, number][] = [];
    for (let m = endRe.exec(line); m; m = endRe.exec(line)) {
      const cut = m.index + 1;
      if (NO_BREAK_AFTER.test(line.slice(Math.max(0, cut - 8), cut))) continue;
      pieces.push([from, cut]);
      from = cut;
    }
    if (from < line.length) pieces.push([from, line.length]);
    for (const [a, b] of pieces) {
      let s = a;
      let e = b;
      while (s < e && /\s/.test(line[s] ?? '')) s++;
      while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
      if (s >= e) continue;
      const t = line.slice(s, e);
      const heading =
        pieces.length === 1 &&
        t.length <= HEADING_MAX &&
        !/[.;]$/.test(t) &&
        !/\d+(?:,\d+)?\s*%/.test(t);
      out.push({ text: t, start: base + s, end: base + e, paragraph, heading, first });
      first = false;
    }
    paragraph++;
  }
  return out;
}

/** A boundary that is not a letter or digit, for patterns over Vietnamese words (\b is ASCII-only). */
export const L = '(?<![\\p{L}\\p{N}])';
export const R = '(?![\\p{L}\\p{N}])';
