// Keeping the search index in step with the records. Each kind has a contentless FTS5 table
// that stores only the tokens of a FOLDED copy (no diacritics, đ→d; stack-notes); the side
// table search_docs maps FTS rowids to (kind, record id) with a stable INTEGER PRIMARY KEY
// (VACUUM may renumber implicit rowids, never these).
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';

export type SearchKind = 'meeting' | 'directive' | 'indicator';

/** The original (unfolded) text of a record as search sees it: the snippet is cut from it. */
export interface SearchDoc {
  title: string;
  fields: string[];
}

export const FTS_TABLE: Record<SearchKind, string> = {
  meeting: 'meetings_fts',
  directive: 'directives_fts',
  indicator: 'indicators_fts',
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
}
