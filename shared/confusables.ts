// A confusables skeleton after Unicode TR39 (§4, "skeleton"), cut down to the scripts a
// ministry's contacts list meets: Latin with Vietnamese letters, Cyrillic and Greek. Two names
// with the same skeleton look alike on screen ("Bộ Ngoại giao" in Latin and one with a
// Cyrillic "о"), so a contact whose name has an existing contact's skeleton is refused: the
// fingerprint compared by the user stays the only way in, and no display can mix them up.
// Unlike TR39 the skeleton is also case-folded and spacing-folded: a contact list shows
// names in several places where case and spacing are easy to miss.

/** Letters that differ only in case from a different-looking letter are mapped before folding. */
const BEFORE_FOLD: Record<string, string> = {
  // Cyrillic capitals whose small letter looks different (В/в, Н/н, М/м, Т/т, К/к).
  В: 'B',
  Н: 'H',
  М: 'M',
  Т: 'T',
  К: 'K',
  З: '3',
  Ь: 'b',
  // Greek capitals likewise.
  Β: 'B',
  Η: 'H',
  Μ: 'M',
  Τ: 'T',
  Κ: 'K',
  Ν: 'N',
  Ζ: 'Z',
  Ρ: 'P',
  Χ: 'X',
  Υ: 'Y',
  // A capital I reads as a small l in most sans-serif faces.
  I: 'l',
  Ι: 'l',
  І: 'l',
  Ӏ: 'l',
  // Vietnamese Đ and its look-alikes (Icelandic eth, African D).
  Ð: 'Đ',
  Ɖ: 'Đ',
};

/** After case folding (and NFKD, which has already turned full-width forms into ASCII). */
const AFTER_FOLD: Record<string, string> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'l',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  ɡ: 'g',
  ѡ: 'w',
  ь: 'b',
  п: 'n',
  г: 'r',
  // Greek
  α: 'a',
  ο: 'o',
  ν: 'v',
  ρ: 'p',
  ι: 'l',
  κ: 'k',
  υ: 'u',
  χ: 'x',
  ε: 'e',
  γ: 'y',
  τ: 't',
  β: 'b',
  η: 'n',
  μ: 'u',
  ς: 'c',
  ϲ: 'c',
  ϳ: 'j',
  // Latin look-alikes
  ı: 'l',
  ȷ: 'j',
  ɑ: 'a',
  ɩ: 'l',
  ʟ: 'l',
  ð: 'đ',
  ɗ: 'đ',
  ƌ: 'đ',
  ꞁ: 'l',
  ɪ: 'l',
  // i, l, I, 1 and | are one class: a capital I is a small l in sans-serif faces, and folding
  // case must not split "GIAO" from "giao".
  i: 'l',
  // Digits and signs that pass for letters
  '0': 'o',
  '1': 'l',
  '|': 'l',
  '5': 's',
  $: 's',
  '@': 'a',
  // Dashes
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '﹣': '-',
  '－': '-',
  // Quotes
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
};

/** Combining marks that render like another (the tone marks U+0340/U+0341 already go by NFD). */
const MARKS: Record<string, string> = {
  '\u0358': '\u0307', // combining dot above right
  '\u0331': '\u0332', // macron below / low line
  '\u0320': '\u0332',
};

/** Letter sequences that read as one letter at a glance. */
const SEQUENCES: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

// Code points that draw nothing (the text policy refuses them in stored text; a skeleton of
// older or outside text must still see through them).
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;

const mapChars = (s: string, table: Record<string, string>) =>
  Array.from(s, (c) => table[c] ?? c).join('');

/** The skeleton of `s`: equal skeletons mean the two strings can be taken for each other. */
export function skeleton(s: string): string {
  let t = s.normalize('NFKD').replace(INVISIBLE, '');
  t = mapChars(t, BEFORE_FOLD).toLowerCase();
  t = mapChars(t.normalize('NFD'), AFTER_FOLD);
  t = mapChars(t, MARKS);
  for (const [re, to] of SEQUENCES) t = t.replace(re, to);
  return t
    .replace(/[\s_.·•]+/gu, ' ')
    .trim()
    .normalize('NFD');
}

/** True when `a` and `b` differ but a reader could take one for the other. */
export const confusable = (a: string, b: string): boolean => skeleton(a) === skeleton(b);
