// Keeping the search index in step with the records. Each kind has a contentless FTS5 table
// that stores only the tokens of a FOLDED copy (no diacritics, đ→d; stack-notes); the side
// table search_docs maps FTS rowids to (kind, record id) with a stable INTEGER PRIMARY KEY
// (VACUUM may renumber implicit rowids, never these) and keeps the folded title, which ranks
// the matches; search_text keeps what a result shows without reading the record: the title
// as shown and the original text the snippet is cut from (search.ts).
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';

export type SearchKind = 'meeting' | 'directive' | 'indicator' | 'brief' | 'observation';

/** The original (unfolded) text of a record as search sees it: the snippet is cut from it. */
export interface SearchDoc {
  title: string;
  fields: string[];
  /** The title as results show it, when not the whole title (a directive's first line). */
  shown?: string;
}

/** Between fields in search_docs.text: a control character no record's text may hold. */
export const FIELD_SEPARATOR = '\u001e';

/** The original text of a document, as stored for its snippet; the title too if not shown whole. */
export function storedText(doc: SearchDoc): string {
  const fields =
    doc.shown === undefined || doc.shown === doc.title ? doc.fields : [...doc.fields, doc.title];
  return fields.filter((f) => f.trim().length > 0).join(FIELD_SEPARATOR);
}

/** Keeps an entry's titles and text in search_docs (index time, and migration 0010). */
export function storeDocText(ctx: VaultContext, docId: number | bigint, doc: SearchDoc): void {
  ctx
    .stmt('UPDATE search_docs SET title_key = ? WHERE doc = ?')
    .run(foldForSearch(doc.title), docId);
  ctx
    .stmt('INSERT OR REPLACE INTO search_text (doc, shown, text) VALUES (?, ?, ?)')
    .run(docId, doc.shown ?? doc.title, storedText(doc));
}

export const FTS_TABLE: Record<SearchKind, string> = {
  meeting: 'meetings_fts',
  directive: 'directives_fts',
  indicator: 'indicators_fts',
  brief: 'briefs_fts',
  observation: 'observations_fts',
};

const joinFolded = (fields: string[]) =>
  fields
    .filter((f) => f.length > 0)
    .map(foldForSearch)
    .join('\n');

export function indexDoc(ctx: VaultContext, kind: SearchKind, id: string, doc: SearchDoc): void {
  const fts = FTS_TABLE[kind];
  const existing = ctx
    .stmt('SELECT doc FROM search_docs WHERE kind = ? AND ref_id = ?')
    .get(kind, id) as { doc: number } | undefined;
  let docId: number | bigint;
  if (existing) {
    docId = existing.doc;
    ctx.stmt(`DELETE FROM ${fts} WHERE rowid = ?`).run(docId);
  } else {
    docId = ctx
      .stmt('INSERT INTO search_docs (kind, ref_id) VALUES (?, ?)')
      .run(kind, id).lastInsertRowid;
  }
  storeDocText(ctx, docId, doc);
  ctx
    .stmt(`INSERT INTO ${fts} (rowid, title, body) VALUES (?, ?, ?)`)
    .run(docId, foldForSearch(doc.title), joinFolded(doc.fields));
}

export function unindexDoc(ctx: VaultContext, kind: SearchKind, id: string): void {
  const existing = ctx
    .stmt('SELECT doc FROM search_docs WHERE kind = ? AND ref_id = ?')
    .get(kind, id) as { doc: number } | undefined;
  if (!existing) return;
  ctx.stmt(`DELETE FROM ${FTS_TABLE[kind]} WHERE rowid = ?`).run(existing.doc);
  ctx.stmt('DELETE FROM search_docs WHERE doc = ?').run(existing.doc);
  ctx.stmt('DELETE FROM search_text WHERE doc = ?').run(existing.doc);
}
