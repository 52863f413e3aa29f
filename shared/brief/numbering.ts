// Labels of the Decree 30 hierarchy (document-format.md §1.5): "Phần I", "I.", "1.", "a)".
// Points follow the Vietnamese alphabet, which has no f, j, w or z and puts đ right after d;
// Decree 30 itself numbers "a) b) c) d) đ) e) g) h) i) k)…".

/** The 23 letters of point labels, in order. */
export const VIETNAMESE_POINT_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
] as const;

/**
 * The letter of the n-th point (1-based): 1 → "a", 5 → "đ", 23 → "y". Past "y" no rule exists;
 * the letters double ("aa", "ab", …) the way spreadsheet columns do, so every label stays unique.
 */
export function pointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`point number out of range: ${n}`);
  const base = VIETNAMESE_POINT_LETTERS.length;
  let out = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % base;
    out = VIETNAMESE_POINT_LETTERS[r] + out;
    k = Math.floor((k - 1) / base);
  }
  return out;
}

/** `a)`, `đ)`: a point as printed. */
export const pointLabel = (n: number): string => `${pointLetter(n)})`;

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV": parts, chapters and sections are Roman. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999)
    throw new RangeError(`roman numeral out of range: ${n}`);
  let out = '';
  let k = n;
  for (const [value, letters] of ROMAN) {
    while (k >= value) {
      out += letters;
      k -= value;
    }
  }
  return out;
}

/** Heading levels of a report or plan: Phần (1), section I. (2), clause 1. (3), point a) (4). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The printed label of a heading given its running number within its parent. */
export function headingLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `Phần ${romanNumeral(n)}`;
    case 2:
      return `${romanNumeral(n)}.`;
    case 3:
      return `${n}.`;
    case 4:
      return pointLabel(n);
  }
}
