// Raw rows from a vault at this release's schema into one at an older schema: every plain table
// the older schema has, each row cut to the columns both schemas have, and the older schema's
// full-text tables filled from the search entries copied (an FTS5 index's own shadow tables
// cannot be written in SQLite's defensive mode). A row the older schema's constraints refuse —
// a search entry of a kind it did not know — is one its release could not have written: it is
// left out, and so is a table that did not exist yet.
import type { Db } from '../../../../electron/services/vault/storage/connection';
import {
  FIELD_SEPARATOR,
  FTS_TABLE,
  type SearchKind,
} from '../../../../electron/services/vault/repositories/search-index';
import { foldForSearch } from '../../../../shared/text';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const columnsOf = (db: Db, table: string): string[] =>
  (db.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name);

const tablesOf = (db: Db, type: 'table' | 'virtual'): string[] =>
  (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && t.type === type && !t.name.startsWith('sqlite_'))
    .map((t) => t.name);

function copyTable(from: Db, to: Db, table: string): void {
  const source = new Set(columnsOf(from, table));
  const columns = columnsOf(to, table).filter((c) => source.has(c));
  const list = columns.map(quote).join(', ');
  to.exec(`DELETE FROM ${quote(table)}`);
  const insert = to.prepare(
    `INSERT OR IGNORE INTO ${quote(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of from
    .prepare(`SELECT ${list} FROM ${quote(table)}`)
    .raw()
    .iterate())
    insert.run(...(row as unknown[]));
}

/** An older FTS table holds what this release indexed for the entries the older schema kept. */
function fillIndex(from: Db, to: Db, kind: SearchKind): void {
  const entries = from
    .prepare(
      'SELECT d.doc, d.title_key, t.text FROM search_docs d JOIN search_text t USING (doc) WHERE d.kind = ?',
    )
    .raw()
    .all(kind) as [number, string, string][];
  const kept = to.prepare('SELECT 1 FROM search_docs WHERE doc = ?').pluck();
  const insert = to.prepare(`INSERT INTO ${FTS_TABLE[kind]} (rowid, title, body) VALUES (?, ?, ?)`);
  for (const [doc, title, text] of entries) {
    if (kept.get(doc) === undefined) continue;
    // The stored text is the indexed fields (a directive's whole title after them): folded as
    // the indexer folds them.
    insert.run(doc, title, text.split(FIELD_SEPARATOR).map(foldForSearch).join('\n'));
  }
}

export function copyRows(from: Db, to: Db): void {
  const present = new Set(tablesOf(from, 'table'));
  const indexes = new Set(tablesOf(to, 'virtual'));
  to.transaction(() => {
    for (const table of tablesOf(to, 'table')) if (present.has(table)) copyTable(from, to, table);
    for (const [kind, fts] of Object.entries(FTS_TABLE) as [SearchKind, string][])
      if (indexes.has(fts)) fillIndex(from, to, kind);
  })();
}
