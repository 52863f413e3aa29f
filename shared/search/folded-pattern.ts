// Matching folded query words against ORIGINAL text, without folding the text. Search folds
// (NFD, marks stripped, đ→d, lower case); folding a record's every field to find where a word
// stands cost a search more than its SQL did. Instead each folded letter of a query word
// becomes the class of every precomposed letter that folds to it — "dau" becomes
// [dDđĐ][aAàÀáÁ…][uUùÙ…] — and the pattern runs on the NFC text as stored, giving the
// position in that text directly.
import { foldForSearch } from '../text';

let classes: Map<string, string> | null = null;

/** folded letter → every letter of Latin-1, Latin Extended-A/B and Vietnamese that folds to it. */
function letterClasses(): Map<string, string> {
  if (classes) return classes;
  const found = new Map<string, Set<string>>();
  const ranges: [number, number][] = [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges)
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldForSearch(ch);
      if ([...folded].length !== 1) continue;
      let set = found.get(folded);
      if (!set) found.set(folded, (set = new Set([folded])));
      set.add(ch);
    }
  classes = new Map(
    [...found].map(([k, set]) => [k, `[${[...set].join('').replace(/[\]\\^-]/g, '\\$&')}]`]),
  );
  return classes;
}

const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The pattern source of one folded word: each letter as its class of original letters. */
export function foldedWordSource(word: string): string {
  const map = letterClasses();
  return [...word].map((ch) => map.get(ch) ?? escape(ch)).join('');
}

const BETWEEN_WORDS = '[^\\p{L}\\p{N}]+';
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export interface FoldedPatterns {
  /** The words one after another, as typed: "đầu tư" for `dau tu`. */
  together: RegExp;
  /** Any of the words. */
  any: RegExp;
}

/**
 * The two patterns of folded query words. They carry no word-start assertion: a lookbehind
 * at the head of a pattern stops V8 from skipping ahead to its first letter and made every
 * test twice as slow; findWordStart checks the start instead.
 */
export function foldedPatterns(tokens: readonly string[]): FoldedPatterns {
  const words = tokens.map(foldedWordSource);
  return {
    together: new RegExp(words.join(BETWEEN_WORDS), 'gu'),
    any: new RegExp(`(?:${words.join('|')})`, 'gu'),
  };
}

/** Where the pattern first matches at the start of a word in text (prefixes, as FTS), or -1. */
export function findWordStart(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const before = m.index > 0 ? text[m.index - 1]! : '';
    if (before === '' || !WORD_CHAR.test(before)) return m.index;
    pattern.lastIndex = m.index + 1;
  }
  return -1;
}
