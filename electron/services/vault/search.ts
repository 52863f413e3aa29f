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
import type { SearchHit, SearchResult } from '../../../shared/contract';
import type { Directive, Indicator, Meeting } from '../../../shared/domain';
import { foldForSearch } from '../../../shared/text';
import type { VaultContext } from './context';
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


const TABLE: Record<SearchKind, string> = { meeting: 'meetings', directive: 'directives', indicator: 'indicators' };

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

/**
 * A query of several words ranks the records where they stand together (`đầu tư`) above those
 * where they are merely all present (`từ … đầu`): bm25 alone does not see adjacency. Rather
 * than a second FTS query, the best bm25 candidates (twice the limit) are re-ordered in JS by
 * whether the folded words stand together — the text is parsed for the snippet anyway.
 */
function rankedHits(
  ctx: VaultContext,
  kind: SearchKind,
  tokens: string[],
  limit: number,
  textOf: (row: RankedRow) => string,
): RankedRow[] {
  if (tokens.length < 2) return hitsOf(ctx, kind, ftsExpression(tokens), limit);
  const candidates = hitsOf(ctx, kind, ftsExpression(tokens), limit * 2);
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${tokens.join('[^\\p{L}\\p{N}]+')}`, 'u');
  const together: RankedRow[] = [];
  const apart: RankedRow[] = [];
  for (const row of candidates) (phrase.test(foldForSearch(textOf(row))) ? together : apart).push(row);
  return [...together, ...apart].slice(0, limit);
}

/** Index in text of the first token that starts a word, or -1. Folding keeps most text aligned. */
function firstMatch(text: string, pattern: RegExp): number {
  const folded = foldForSearch(text);
  const m = pattern.exec(folded);
  if (!m) return -1;
  if (folded.length === text.length) return m.index;
  // Rare (decomposed or expanding characters): map the folded offset back char by char.
  let foldedAt = 0;
  let i = 0;
  for (const ch of text) {
    if (foldedAt >= m.index) return i;
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

/**
 * The text around the first match in the record's fields, else its opening words. The title
 * is searched too when the list cannot show it whole (a directive's long task).
 */
export function snippetOf(doc: SearchDoc, tokens: string[], titleShownWhole = true): string {
  const fields = titleShownWhole ? doc.fields : [...doc.fields, doc.title];
  // Prefer the place where the words stand together, then any word.
  const patterns = [
    new RegExp(`(?<![\\p{L}\\p{N}])${tokens.join('[^\\p{L}\\p{N}]+')}`, 'u'),
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${tokens.join('|')})`, 'u'),
  ];
  for (const pattern of tokens.length > 1 ? patterns : patterns.slice(1)) {
    for (const field of fields) {
      if (!field) continue;
      const at = firstMatch(field, pattern);
      if (at >= 0) return cut(field, at);
    }
  }
  const first = doc.fields.find((f) => f.trim().length > 0);
  return first ? cut(first, 0) : '';
}

export function searchVault(ctx: VaultContext, query: string, limit: number): SearchResult {
  const started = performance.now();
  const tokens = queryTokens(query);
  const result: SearchResult = { query, meetings: [], directives: [], indicators: [], tookMs: 0 };
  const perKind = Math.max(1, Math.min(200, Math.floor(limit)));
  if (tokens.length > 0) {
    const hit = (type: SearchKind, id: string, title: string, doc: SearchDoc, rank: number): SearchHit => ({
      type,
      id,
      title,
      snippet: snippetOf(doc, tokens, title === doc.title),
      // bm25 is negative, lower is better; the hit carries a score where higher is better.
      rank: -rank,
    });
    result.meetings = rankedHits(ctx, 'meeting', tokens, perKind, (r) => r.body).map((r) => {
      const m = JSON.parse(r.body) as Meeting;
      return hit('meeting', m.id, m.title, meetingSearchDoc(m), r.rank);
    });
    result.directives = rankedHits(ctx, 'directive', tokens, perKind, (r) => r.body).map((r) => {
      const d = JSON.parse(r.body) as Directive;
      return hit('directive', d.id, directiveTitle(d), directiveSearchDoc(d), r.rank);
    });
    result.indicators = rankedHits(ctx, 'indicator', tokens, perKind, (r) => r.body).map((r) => {
      const i = JSON.parse(r.body) as Indicator;
      return hit('indicator', i.id, i.name, indicatorSearchDoc(ctx, i), r.rank);
    });
  }
  result.tookMs = performance.now() - started;
  return result;
}
