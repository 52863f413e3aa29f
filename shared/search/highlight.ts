// Which parts of a found text to highlight. The vault searches a folded copy (stack-notes: NFD,
// marks stripped, đ→d, lower case) with prefix queries, so "dau tu" finds "đầu tư"; this does the
// same matching in JS, on the original text, and maps the hits back to original positions so
// the UI can mark exactly the characters the user sees.
import { foldForSearch } from '../text';

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** A base character with the combining marks that follow it: never split by a highlight. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
/** Letters and digits make words, as in FTS5's unicode61 tokenizer; marks stay with their letter. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** A query is a few words; more is a paste, and is cut rather than scanned. */
const MAX_QUERY_TOKENS = 16;

interface Folded {
  folded: string;
  /** For each folded UTF-16 unit: the original [start, end) of the cluster it came from. */
  from: number[];
  to: number[];
}

/**
 * Folds cluster by cluster, remembering where each folded character came from. Usually one
 * cluster folds to one character ("ầ" → "a"), but not always: a stray mark folds to nothing, a
 * Hangul syllable to two or three jamo, a mark outside U+0300–U+036F stays. The map copes with
 * each, since every folded unit points at its whole source cluster.
 */
function foldWithMap(text: string): Folded {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const f = foldForSearch(m[0]);
    folded += f;
    for (let i = 0; i < f.length; i++) {
      from.push(start);
      to.push(end);
    }
  }
  return { folded, from, to };
}

/** The query's words, folded the same way as the text, in the order typed. */
function queryWords(query: string): string[] {
  return (foldWithMap(query.normalize('NFC')).folded.match(WORD) ?? []).slice(0, MAX_QUERY_TOKENS);
}

/**
 * Where the query's words stand in the text one after another, as the phrase typed ("dau tu"
 * at "đầu tư"): [word index, query word] pairs to mark, or none.
 */
function phraseHits(words: readonly string[], query: readonly string[]): [number, string][] {
  const hits: [number, string][] = [];
  for (let i = 0; i + query.length <= words.length; i++) {
    if (!query.every((q, k) => words[i + k]!.startsWith(q))) continue;
    query.forEach((q, k) => hits.push([i + k, q]));
    i += query.length - 1;
  }
  return hits;
}

/**
 * Splits `text` into highlighted and plain runs (ignoring diacritics, đ and case, words matched
 * as prefixes like the search). A query of several words marks where they stand together as
 * the phrase typed — "dau tu" marks "đầu tư", not the "tư" of "tư duy" nor the "tướng" of "Thủ
 * tướng" (issue 13 §6); a text without the phrase (found because each word is somewhere in the
 * record) marks each word of the text that starts with a word of the query. Joining the
 * segments' text gives back `text` exactly, whatever its normalisation.
 */
export function highlightSegments(text: string, query: string): HighlightSegment[] {
  if (text === '') return [];
  const typed = queryWords(query);
  if (typed.length === 0) return [{ text, match: false }];
  // Longest first, so a longer prefix wins where one word of the query starts another.
  const tokens = [...new Set(typed)].sort((a, b) => b.length - a.length);

  const { folded, from, to } = foldWithMap(text);
  const words = [...folded.matchAll(WORD)];
  const phrase =
    typed.length > 1
      ? phraseHits(
          words.map((w) => w[0]),
          typed,
        )
      : [];
  const marks: [number, string][] =
    phrase.length > 0
      ? phrase
      : words.flatMap((w, i): [number, string][] => {
          const token = tokens.find((t) => w[0].startsWith(t));
          return token ? [[i, token]] : [];
        });
  const ranges: [number, number][] = [];
  for (const [i, token] of marks) {
    const first = words[i]!.index;
    const last = first + token.length - 1;
    ranges.push([from[first] ?? 0, to[last] ?? text.length]);
  }

  const segments: HighlightSegment[] = [];
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const prev = segments[segments.length - 1];
    if (prev && prev.match === match) prev.text += s;
    else segments.push({ text: s, match });
  };
  let at = 0;
  for (const [start, end] of ranges) {
    const begin = Math.max(start, at);
    push(text.slice(at, begin), false);
    push(text.slice(begin, end), true);
    at = Math.max(at, end);
  }
  push(text.slice(at), false);
  return segments;
}
