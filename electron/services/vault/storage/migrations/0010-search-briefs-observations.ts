// Search over briefs and observations (issue 13 §6). Two more contentless FTS5 tables, made
// like the first three (folded text: no diacritics, đ→d), and search_docs rebuilt so its kind
// may name them (a CHECK cannot be altered in place; the doc numbers, which the FTS rowids
// are, are copied unchanged) and so it keeps the folded title, which ranks the matches
// (bm25's per-query pass over every matching document was most of a search's time); beside
// it search_text keeps the title as shown and the original text the snippet is cut from, so
// a result needs no record read (search.ts). The briefs and observations already in the vault are
// indexed here, and the existing entries get their titles and text, so an older vault
// searches fully from its first open. (Numbered 10: 0009 is the register orders' migration,
// made on another branch meanwhile.)
import type { Brief } from '../../../../../shared/brief';
import type { Directive, Indicator, Meeting, Observation } from '../../../../../shared/domain';
import { directiveSearchDoc } from '../../repositories/directives';
import { meetingSearchDoc } from '../../repositories/meetings';
import { briefSearchText } from '../../../../../shared/brief/search-text';
import { createContext } from '../../context';
import { indicatorSearchDoc, observationSearchDoc } from '../../repositories/indicators';
import { indexDoc, storeDocText, type SearchDoc } from '../../repositories/search-index';
import type { Db } from '../connection';
import type { Migration } from '../migrate';

const SQL = `
CREATE TABLE search_docs_v9 (
  doc INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'directive', 'indicator', 'brief', 'observation')),
  ref_id TEXT NOT NULL,
  title_key TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, ref_id)
) STRICT;
INSERT INTO search_docs_v9 (doc, kind, ref_id) SELECT doc, kind, ref_id FROM search_docs;
DROP TABLE search_docs;
ALTER TABLE search_docs_v9 RENAME TO search_docs;
-- Apart from search_docs, whose narrow rows the ranking reads 300 at a time.
CREATE TABLE search_text (
  doc INTEGER PRIMARY KEY,
  shown TEXT NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE briefs_fts USING fts5 (
  title, body, content = '', contentless_delete = 1, prefix = '2 3 4 5 6', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE observations_fts USING fts5 (
  title, body, content = '', contentless_delete = 1, prefix = '2 3 4 5 6', tokenize = 'unicode61 remove_diacritics 0'
);
`;

const bodies = (db: Db, table: string) =>
  (db.prepare(`SELECT id, body FROM ${table}`).all() as { id: string; body: string }[]).map(
    (r) => ({ id: r.id, record: JSON.parse(r.body) as unknown }),
  );

export const migration0010: Migration = {
  version: 10,
  name: 'search-briefs-observations',
  up(db) {
    db.exec(SQL);
    // Inside the migration's transaction; the context's own tx is never used here.
    const ctx = createContext(db, '');
    // The titles and text of the entries made before, as indexDoc now keeps them.
    const docOf = db.prepare('SELECT doc FROM search_docs WHERE kind = ? AND ref_id = ?').pluck();
    const keep = (kind: string, id: string, doc: SearchDoc) => {
      const n = docOf.get(kind, id) as number | undefined;
      if (n !== undefined) storeDocText(ctx, n, doc);
    };
    for (const r of bodies(db, 'meetings'))
      keep('meeting', r.id, meetingSearchDoc(r.record as Meeting));
    for (const r of bodies(db, 'directives'))
      keep('directive', r.id, directiveSearchDoc(r.record as Directive));
    for (const r of bodies(db, 'indicators'))
      keep('indicator', r.id, indicatorSearchDoc(ctx, r.record as Indicator));
    // .all(), not .iterate(): the connection cannot write while a statement is being read.
    const briefs = db
      .prepare(
        'SELECT b.id AS id, r.body AS body FROM briefs b JOIN brief_revisions r ON r.brief_id = b.id AND r.revision = b.revision',
      )
      .all() as { id: string; body: string }[];
    for (const b of briefs)
      indexDoc(ctx, 'brief', b.id, briefSearchText(JSON.parse(b.body) as Brief));
    const observations = db.prepare('SELECT id, body FROM observations').all() as {
      id: string;
      body: string;
    }[];
    for (const o of observations)
      indexDoc(ctx, 'observation', o.id, observationSearchDoc(JSON.parse(o.body) as Observation));
  },
};
