// Do two PDFs of one document break pages and lines alike? Each printed line is reduced to the
// word it starts with and the word it ends on; the share of one file's lines found in the other
// is the line parity (page counts are compared beside it).
import { pageLines, pdfInfo } from './poppler';

export interface Parity {
  pagesA: number;
  pagesB: number;
  breaksA: number;
  breaksB: number;
  /** Breaks common to both, over the larger of the two counts (1 = identical). */
  share: number;
  /** A few breaks of A that B does not have, for the failure message. */
  missing: string[];
}

/**
 * A gap this wide between two words on one printed line is a table column boundary, not a
 * space (a justified space at 14 pt stays well under it).
 */
const COLUMN_GAP_PT = 10;

/**
 * Every printed line of the file (each cell's line of a table on its own), as its first and
 * last word. Two renderings that break lines alike have the same set, whatever order their
 * table cells are read in.
 */
export function lineBreaks(file: string): string[] {
  const { pages } = pdfInfo(file);
  const out: string[] = [];
  for (let page = 1; page <= pages; page++) {
    // The page number (pages 2+) is not part of the text flow.
    const lines = pageLines(file, page).filter(
      (l, i) => !(page > 1 && i === 0 && /^\d+$/.test(l.text)),
    );
    for (const l of lines) {
      let start = 0;
      for (let i = 1; i <= l.words.length; i++) {
        const gap = i < l.words.length ? l.words[i]!.xMin - l.words[i - 1]!.xMax : Infinity;
        if (gap > COLUMN_GAP_PT) {
          out.push(`${l.words[start]!.text} … ${l.words[i - 1]!.text}`);
          start = i;
        }
      }
    }
  }
  return out;
}

export function parity(a: string, b: string): Parity {
  const breaksA = lineBreaks(a);
  const breaksB = lineBreaks(b);
  const pool = new Map<string, number>();
  for (const k of breaksB) pool.set(k, (pool.get(k) ?? 0) + 1);
  let common = 0;
  const missing: string[] = [];
  for (const k of breaksA) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      common += 1;
      pool.set(k, n - 1);
    } else if (missing.length < 8) missing.push(k);
  }
  return {
    pagesA: pdfInfo(a).pages,
    pagesB: pdfInfo(b).pages,
    breaksA: breaksA.length,
    breaksB: breaksB.length,
    share: common / Math.max(1, breaksA.length, breaksB.length),
    missing,
  };
}
