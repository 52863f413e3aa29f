// Search across meetings, directives, indicators, briefs and indicator figures. The query is
// folded exactly like the index (so `dau tu` finds `đầu tư`), cut into letter/digit tokens,
// and each token becomes a quoted prefix term: user input never reaches FTS5 as syntax, so
// `"`, `*`, `AND`, `(` or `-` cannot make the query fail.
//
// Ranking without bm25 (issue 13 §6: p50 ≤ 5 ms). bm25 counts, for every query, the documents
// holding each word — a full pass over each word's list whatever the LIMIT — and a common
// word (`dau`, `bo`, `nha nuoc`) made that most of a search's time. Instead each kind takes
// its RANK_WINDOW most recent matches (FTS5 stops early) and orders them by the folded title
// kept in search_docs: the words together as typed, then all words, then any word, then the
// newest. The best of those are read — their shown title and original text, kept in
// search_text, so no record is parsed — and those where the words stand together (the phrase,
// `đầu tư` for `dau tu`) go first. Snippets are cut from the original text with patterns
// that ignore diacritics (shared/search/folded-pattern.ts), so no field is folded in JS. Past
// the window, a common word shows the best matches among the newest RANK_WINDOW of each kind.
import type { SearchHit, SearchResult } from '../../../../shared/contract';
import {
  findWordStart,
  foldedPatterns,
  type FoldedPatterns,
} from '../../../../shared/search/folded-pattern';
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { FIELD_SEPARATOR, FTS_TABLE, type SearchKind } from './search-index';

const MAX_TOKENS = 12;
const MAX_TOKEN_CHARS = 64;
const SNIPPET_BEFORE = 50;
const SNIPPET_LENGTH = 180;
export const RANK_WINDOW = 200;
/** Candidates read beyond the limit, so a phrase in the text can climb above a title match. */
const SPARE = 10;

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
const ftsTerm = (t: string) => `"${t.replace(/"/g, '""')}"${t.length > 1 ? '*' : ''}`;
export const ftsExpression = (tokens: string[]): string => tokens.map(ftsTerm).join(' ');

interface WindowRow {
  doc: number;
  titleKey: string;
}

/**
 * The kind's RANK_WINDOW most recent matches, with their folded titles: only what ranking
 * reads (the record ids come with the texts of the few chosen), as arrays, not objects.
 */
function windowOf(ctx: VaultContext, kind: SearchKind, match: string): WindowRow[] {
  const fts = FTS_TABLE[kind];
  const rows = ctx
    .stmt(
      `SELECT d.doc, d.title_key FROM (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW}) f ` +
        'JOIN search_docs d ON d.doc = f.rowid',
    )
    .raw(true)
    .all(match) as [number, string][];
  return rows.map(([doc, titleKey]) => ({ doc, titleKey }));
}

/**
 * The shown title and original text of the candidates, in one statement whatever their number.
 * The text comes as its UTF-8 bytes and is decoded here: the driver's own conversion of a
 * Vietnamese (non-ASCII) string costs three to four times Node's decoder, and these texts —
 * kilobytes per meeting — were most of a search's time.
 */
function textsOf(
  ctx: VaultContext,
  docs: number[],
): Map<number, { id: string; shown: string; text: string }> {
  const rows = ctx
    .stmt(
      'SELECT t.doc, d.ref_id, t.shown, CAST(t.text AS BLOB) FROM json_each(?) j ' +
        'JOIN search_text t ON t.doc = j.value JOIN search_docs d ON d.doc = j.value',
    )
    .raw(true)
    .all(JSON.stringify(docs)) as [number, string, string, Buffer][];
  return new Map(
    rows.map(([doc, id, shown, text]) => [doc, { id, shown, text: text.toString('utf8') }]),
  );
}

/** The indicator of each observation (id and name), which titles its hit and which it opens. */
function indicatorsOf(ctx: VaultContext, ids: string[]): Map<string, { id: string; name: string }> {
  const rows = ctx
    .stmt(
      'SELECT o.id AS obs, i.id AS id, i.name AS name FROM json_each(?) j JOIN observations o ON o.id = j.value JOIN indicators i ON i.id = o.indicator_id',
    )
    .all(JSON.stringify(ids)) as { obs: string; id: string; name: string }[];
  return new Map(rows.map((r) => [r.obs, r]));
}

/** Which of these directives are recommendations (kiến nghị), not tasks. */
function recommendationsOf(ctx: VaultContext, ids: string[]): Set<string> {
  const rows = ctx
    .stmt(
      "SELECT d.id FROM json_each(?) j JOIN directives d ON d.id = j.value WHERE d.kind = 'recommendation'",
    )
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  return new Set(rows);
}

/** How well a folded title matches: the words together, all of them, any of them. */
interface TitleRanker {
  score(titleKey: string): number;
}

/** Whether the folded word starts a word of the folded text (a prefix, as FTS matches). */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  }
  return false;
}

function titleRanker(tokens: string[]): TitleRanker {
  const together = tokens.length > 1 ? new RegExp(tokens.join('[^\\p{L}\\p{N}]+'), 'gu') : null;
  return {
    score(titleKey) {
      let found = 0;
      for (const t of tokens) if (startsAWord(titleKey, t)) found++;
      if (found === 0) return 0;
      if (found < tokens.length) return 1;
      return together && findWordStart(together, titleKey) >= 0 ? 3 : 2;
    },
  };
}

/**
 * The two patterns of a query over original text: its words standing together, and any of
 * its words. Compiling them costs tens of microseconds, so a search compiles them once and
 * every hit reuses them (findWordStart resets their lastIndex at each use).
 */
let cachedKey = '';
let cachedPatterns: FoldedPatterns | null = null;
function patternsFor(tokens: string[]): FoldedPatterns {
  const key = tokens.join(' ');
  if (cachedPatterns === null || key !== cachedKey) {
    cachedKey = key;
    cachedPatterns = foldedPatterns(tokens);
  }
  return cachedPatterns;
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

/** The text around the first match (words together first if they are, then any word), or null. */
function matchedSnippet(fields: string[], tokens: string[], phrase: boolean): string | null {
  const { together, any } = patternsFor(tokens);
  for (const pattern of phrase ? [together, any] : [any]) {
    for (const field of fields) {
      const at = findWordStart(pattern, field);
      if (at >= 0) return cut(field, at);
    }
  }
  return null;
}

/** The text around the first match in the fields, else their opening words. */
export function snippetOf(fields: string[], tokens: string[], phrase = tokens.length > 1): string {
  const found = matchedSnippet(fields, tokens, phrase);
  if (found !== null) return found;
  const first = fields.find((f) => f.trim().length > 0);
  return first ? cut(first, 0) : '';
}

interface Query {
  match: string;
  tokens: string[];
  ranker: TitleRanker;
}

/**
 * One kind's hits. The window is ordered by title; the best (a few spare ones when several
 * words were typed) are read, and those where the words stand together as typed — in the
 * title or in the text — go first. Reading is from search_docs alone: no record is parsed.
 */
function kindHits(ctx: VaultContext, kind: SearchKind, q: Query, limit: number): SearchHit[] {
  const window = windowOf(ctx, kind, q.match);
  if (window.length === 0) return [];
  const several = q.tokens.length > 1;
  const ranked = window
    .map((w) => ({ ...w, score: q.ranker.score(w.titleKey) }))
    // Newest first among equals: doc numbers grow as records are first indexed.
    .sort((a, b) => b.score - a.score || b.doc - a.doc)
    .slice(0, several ? limit + SPARE : limit);
  const texts = textsOf(
    ctx,
    ranked.map((w) => w.doc),
  );
  const { together } = patternsFor(q.tokens);
  // Every indexed document has its text row (written together); one without is left out.
  const read = ranked.flatMap((w) => {
    const t = texts.get(w.doc);
    if (!t) return [];
    const phrase = several && (w.score === 3 || findWordStart(together, t.text) >= 0);
    return [{ ...w, ...t, phrase }];
  });
  // Stable: the title order holds within each group.
  read.sort((a, b) => Number(b.phrase) - Number(a.phrase));
  const chosen = read.slice(0, limit);
  const chosenIds = chosen.map((c) => c.id);
  const owners = kind === 'observation' ? indicatorsOf(ctx, chosenIds) : null;
  const recommendations = kind === 'directive' ? recommendationsOf(ctx, chosenIds) : null;
  return chosen.map((c) => {
    const owner = owners?.get(c.id);
    return {
      type: kind,
      id: c.id,
      // A figure is titled by its indicator and period (the period is what it indexes).
      title: owner ? `${owner.name} — ${c.shown}` : c.shown,
      snippet: snippetOf(c.text.split(FIELD_SEPARATOR), q.tokens, c.phrase),
      // Higher is better: the phrase, then how the title matched.
      rank: 1 + c.score + (c.phrase ? 4 : 0),
      ...(owner ? { indicatorId: owner.id } : {}),
      ...(recommendations?.has(c.id) ? { recommendation: true } : {}),
    };
  });
}

export function searchVault(ctx: VaultContext, query: string, limit: number): SearchResult {
  const started = performance.now();
  const tokens = queryTokens(query);
  const result: SearchResult = {
    query,
    meetings: [],
    directives: [],
    indicators: [],
    briefs: [],
    observations: [],
    tookMs: 0,
  };
  const perKind = Math.max(1, Math.min(200, Math.floor(limit)));
  if (tokens.length > 0) {
    const q: Query = { match: ftsExpression(tokens), tokens, ranker: titleRanker(tokens) };
    const hits = (kind: SearchKind) => kindHits(ctx, kind, q, perKind);
    result.meetings = hits('meeting');
    result.directives = hits('directive');
    result.indicators = hits('indicator');
    result.briefs = hits('brief');
    result.observations = hits('observation');
  }
  result.tookMs = performance.now() - started;
  return result;
}
