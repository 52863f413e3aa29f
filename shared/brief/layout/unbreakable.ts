// Where a line may break, decided once for both formats. Word and LibreOffice break after "-",
// "–" and "/" (splitting "59-NQ/TW" and "2026–2030" over two lines), pdfmake does too and, in a
// justified line, spreads the slack over those points ("59-   NQ/TW"). A clerk never breaks a
// number-symbol, a date or a year range: every space-delimited word holding such a joiner is
// kept whole, so lines break at spaces only, in both formats alike.

/** Characters after which word processors break a line inside a word. */
export const JOINERS = /[-\u2010-\u2014/]/;
const JOINED_WORD = /(\S*[-\u2010-\u2014/]\S*)/;

/** Very long tokens (a URL) may still break: a kept word must fit on a line. */
const MAX_UNBROKEN = 40;

export interface TextPiece {
  text: string;
  /** The piece is one word that must not be broken at its joiners. */
  whole?: true;
}

/** The text cut into pieces; the joined words (number-symbols, dates, ranges) marked whole. */
export function unbreakablePieces(text: string): TextPiece[] {
  return text
    .split(JOINED_WORD)
    .filter((t) => t.length > 0)
    .map((t) =>
      JOINED_WORD.test(t) && !/\s/.test(t) && t.length <= MAX_UNBROKEN && t.length > 1
        ? { text: t, whole: true }
        : { text: t },
    );
}
