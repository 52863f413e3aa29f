// Search across meetings, directives and indicators. The query is folded exactly like the
// index (so `dau tu` finds `đầu tư`), cut into letter/digit tokens, and each token becomes a
// quoted prefix term: user input never reaches FTS5 as syntax, so `"`, `*`, `AND`, `(` or `-`
// cannot make the query fail. Each kind is ranked by bm25 in its own FTS table and cut to
// `limit` before any record is read; the snippet is cut from the ORIGINAL text in JS.
//
// Bounded work: bm25 is computed for at most the RANK_WINDOW most recent matches of a kind.
// A common word can match every record, and ranking 50,000 rows costs ~15 ms; the window keeps
// bm25 near 1 ms per kind (measured on the bench vault). Below the window (any specific query) the ranking is exact; above
// it, the best matches among the newest RANK_WINDOW records are shown.
import type { SearchHit, SearchResult } from '../../../../shared/contract';
import type { Directive, Indicator, Meeting } from '../../../../shared/domain';
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { directiveSearchDoc, directiveTitle } from './directives';
import { indicatorSearchDoc } from './indicators';
import { meetingSearchDoc } from './meetings';
import { FTS_TABLE, type SearchDoc, type SearchKind } from './search-index';

const MAX_TOKENS = 12;
const MAX_TOKEN_CHARS = 64;
const SNIPPET_BEFORE = 50;
const SNIPPET_LENGTH = 180;
export const RANK_WINDOW = 300;

/** The folded words of a query, deduplicated and bounded. */
export function queryTokens(query: string): string[] {
  const words = foldForSearch(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TOKEN_CHARS)))].slice(0, MAX_TOKENS);
}

/**
 * An FTS5 expression in which every token is a quoted string, so no operator can slip in.
 * Tokens of two or more characters match as prefixes; a lone letter only as a whole word
 * (as a prefix it would match most of the vault).
 */
export const ftsExpression = (tokens: string[]): string =>
  tokens.map((t) => `"${t.replace(/"/g, '""')}"${t.length > 1 ? '*' : ''}`).join(' ');

const TABLE: Record<SearchKind, string> = {
  meeting: 'meetings',
  directive: 'directives',
  indicator: 'indicators',
};

type RankedRow = { id: string; body: string; rank: number };

function hitsOf(ctx: VaultContext, kind: SearchKind, match: string, limit: number): RankedRow[] {
  const fts = FTS_TABLE[kind];
  const sql =
    'SELECT r.id AS id, r.body AS body, f.score AS rank FROM (' +
    '  SELECT rowid, score FROM (' +
    `    SELECT rowid, bm25(${fts}, 4.0, 1.0) AS score FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW}` +
    '  ) ORDER BY score LIMIT ?' +
    `) f JOIN search_docs d ON d.doc = f.rowid JOIN ${TABLE[kind]} r ON r.id = d.ref_id ORDER BY f.score`;
  return ctx.stmt(sql).all(match, limit) as RankedRow[];
}

/** A candidate hit with its search document, whose fields are folded once and reused. */
interface Candidate {
  id: string;
  title: string;
  rank: number;
  doc: SearchDoc;
  /** Folded fields, computed on first use: most hits match in their first field or two. */
  folded: (i: number) => string;
  /** The full document when `doc` is a cheaper subset (an indicator without its series). */
  fullDoc?: () => SearchDoc;
}

/**
 * The two patterns of a query: its words standing together, and any of its words starting a
 * word. Compiling a Unicode-property RegExp costs tens of microseconds, so a search compiles
 * them once and every hit reuses them (neither has the `g` flag, so reuse is stateless).
 */
let cachedKey = '';
let cachedPatterns: { together: RegExp; any: RegExp } | null = null;
function patternsFor(tokens: string[]): { together: RegExp; any: RegExp } {
  const key = tokens.join(' ');
  if (cachedPatterns === null || key !== cachedKey) {
    cachedKey = key;
    cachedPatterns = {
      together: new RegExp(`(?<![\\p{L}\\p{N}])${tokens.join('[^\\p{L}\\p{N}]+')}`, 'u'),
      any: new RegExp(`(?<![\\p{L}\\p{N}])(?:${tokens.join('|')})`, 'u'),
    };
  }
  return cachedPatterns;
}

function candidate(
  id: string,
  title: string,
  rank: number,
  doc: SearchDoc,
  titleShownWhole: boolean,
): Candidate {
  const searched = titleShownWhole ? doc : { title: doc.title, fields: [...doc.fields, doc.title] };
  const cache: string[] = [];
  const folded = (i: number) => (cache[i] ??= foldForSearch(searched.fields[i] ?? ''));
  return { id, title, rank, doc: searched, folded };
}

/**
 * A query of several words ranks the records where they stand together (`đầu tư`) above those
 * where they are merely all present (`từ … đầu`): bm25 alone does not see adjacency. Rather
 * than a second FTS query, the best bm25 candidates (a few more than the limit) are re-ordered
 * by whether the folded words stand together in a field — folded once, reused for the snippet.
 */
function promoteAdjacent(candidates: Candidate[], tokens: string[], limit: number): Candidate[] {
  if (tokens.length < 2) return candidates.slice(0, limit);
  const phrase = patternsFor(tokens).together;
  const together = candidates.filter((c) => c.doc.fields.some((_, i) => phrase.test(c.folded(i))));
  const apart = candidates.filter((c) => !together.includes(c));
  return [...together, ...apart].slice(0, limit);
}

/** Index in text of the match in its folded form. Folding keeps most text aligned. */
function originalOffset(text: string, folded: string, foldedIndex: number): number {
  if (folded.length === text.length) return foldedIndex;
  // Rare (decomposed or expanding characters): map the folded offset back char by char.
  let foldedAt = 0;
  let i = 0;
  for (const ch of text) {
    if (foldedAt >= foldedIndex) return i;
    foldedAt += foldForSearch(ch).length;
    i += ch.length;
  }
  return i;
}

function cut(text: string, at: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (text.length <= SNIPPET_LENGTH) return flat(text).trim();
  let start = Math.max(0, at - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.lastIndexOf(' ', at);
    if (space > start) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat(text.slice(start, end)).trim()}${end < text.length ? '…' : ''}`;
}

/** The text around the first match (words together first, then any word), or null. */
function matchedSnippet(
  fields: string[],
  folded: (i: number) => string,
  tokens: string[],
): string | null {
  const { together, any } = patternsFor(tokens);
  for (const pattern of tokens.length > 1 ? [together, any] : [any]) {
    for (let i = 0; i < fields.length; i++) {
      const m = pattern.exec(folded(i));
      if (m) return cut(fields[i]!, originalOffset(fields[i]!, folded(i), m.index));
    }
  }
  return null;
}

/**
 * The text around the first match in the record's fields, else its opening words. The title
 * is searched too when the list cannot show it whole (a directive's long task).
 */
export function snippetOf(doc: SearchDoc, tokens: string[], titleShownWhole = true): string {
  const c = candidate('', doc.title, 0, doc, titleShownWhole);
  return snippetOfCandidate(c, tokens);
}

function snippetOfCandidate(c: Candidate, tokens: string[]): string {
  const found = matchedSnippet(c.doc.fields, c.folded, tokens);
  if (found !== null) return found;
  // An indicator whose name matched needs no look at its series: the name is shown whole.
  if (c.fullDoc && !patternsFor(tokens).any.test(foldForSearch(c.title))) {
    const full = c.fullDoc();
    const more = matchedSnippet(full.fields, (i) => foldForSearch(full.fields[i] ?? ''), tokens);
    if (more !== null) return more;
  }
  const first = c.doc.fields.find((f) => f.trim().length > 0);
  return first ? cut(first, 0) : '';
}

export function searchVault(ctx: VaultContext, query: string, limit: number): SearchResult {
  const started = performance.now();
  const tokens = queryTokens(query);
  const result: SearchResult = { query, meetings: [], directives: [], indicators: [], tookMs: 0 };
  const perKind = Math.max(1, Math.min(200, Math.floor(limit)));
  if (tokens.length > 0) {
    const match = ftsExpression(tokens);
    // A few spare candidates let words standing together climb above scattered ones.
    const fetch = tokens.length > 1 ? perKind + 10 : perKind;
    const hits = (type: SearchKind, candidates: Candidate[]): SearchHit[] =>
      promoteAdjacent(candidates, tokens, perKind).map((c) => ({
        type,
        id: c.id,
        title: c.title,
        snippet: snippetOfCandidate(c, tokens),
        // bm25 is negative, lower is better; the hit carries a score where higher is better.
        rank: -c.rank,
      }));
    result.meetings = hits(
      'meeting',
      hitsOf(ctx, 'meeting', match, fetch).map((r) => {
        const m = JSON.parse(r.body) as Meeting;
        return candidate(m.id, m.title, r.rank, meetingSearchDoc(m), true);
      }),
    );
    result.directives = hits(
      'directive',
      hitsOf(ctx, 'directive', match, fetch).map((r) => {
        const d = JSON.parse(r.body) as Directive;
        const title = directiveTitle(d);
        const doc = directiveSearchDoc(d);
        return candidate(d.id, title, r.rank, doc, title === doc.title);
      }),
    );
    result.indicators = hits(
      'indicator',
      hitsOf(ctx, 'indicator', match, fetch).map((r) => {
        const i = JSON.parse(r.body) as Indicator;
        // The observations' sources are read only when the indicator's own text has no match.
        const c = candidate(
          i.id,
          i.name,
          r.rank,
          { title: i.name, fields: [i.description, i.unit] },
          true,
        );
        return { ...c, fullDoc: () => indicatorSearchDoc(ctx, i) };
      }),
    );
  }
  result.tookMs = performance.now() - started;
  return result;
}
