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

/** The query's words, folded the same way as the text, longest first so a longer prefix wins. */
function queryTokens(query: string): string[] {
  const words = foldWithMap(query.normalize('NFC')).folded.match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_QUERY_TOKENS).sort((a, b) => b.length - a.length);
}

/**
 * Splits `text` into highlighted and plain runs: each word of the text that starts with a word of
 * the query (ignoring diacritics, đ and case) has that prefix marked. Joining the segments'
 * text gives back `text` exactly, whatever its normalisation.
 */
export function highlightSegments(text: string, query: string): HighlightSegment[] {
  if (text === '') return [];
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [{ text, match: false }];

  const { folded, from, to } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const word of folded.matchAll(WORD)) {
    const token = tokens.find((t) => word[0].startsWith(t));
    if (!token) continue;
    const first = word.index;
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
