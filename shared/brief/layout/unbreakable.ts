// Where a line may break, decided once for both formats. Word and LibreOffice break after "-",
// "–" and "/" (splitting "59-NQ/TW" and "2026–2030" over two lines), pdfmake does too and, in a
// justified line, spreads the slack over those points ("59-   NQ/TW"). A clerk never breaks a
// number-symbol, a date or a year range: every space-delimited word holding such a joiner is
// kept whole, so lines break at spaces only, in both formats alike.

/** Characters after which word processors break a line inside a word. */
export const JOINERS = /[-\u2010-\u2014/]/;
const WORDS = /\S+/g;

/** Very long tokens (a URL) may still break: a kept word must fit on a line. */
const MAX_UNBROKEN = 40;

export interface TextPiece {
  text: string;
  /** The piece is one word that must not be broken at its joiners. */
  whole?: true;
}

/**
 * The text cut into pieces: each space-delimited word holding a joiner is a piece of its own,
 * marked whole (number-symbols, dates, ranges) unless it is a lone joiner or too long to keep;
 * the text between such words is one piece. Text with no joiner (most of it) is not scanned
 * word by word.
 */
export function unbreakablePieces(text: string): TextPiece[] {
  if (!JOINERS.test(text)) return text.length > 0 ? [{ text }] : [];
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const m of text.matchAll(WORDS)) {
    const word = m[0];
    if (!JOINERS.test(word)) continue;
    if (m.index > from) pieces.push({ text: text.slice(from, m.index) });
    pieces.push(
      word.length > 1 && word.length <= MAX_UNBROKEN ? { text: word, whole: true } : { text: word },
    );
    from = m.index + word.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
