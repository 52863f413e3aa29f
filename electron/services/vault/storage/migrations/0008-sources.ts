// Source documents (issue 12, and issue 9's "a meeting holds its source documents"): a report
// received as text, Word or PDF is kept whole — its text and its original bytes, inside the
// encrypted database like every record — with what is known of it (title, publisher, date,
// address), attached to a meeting or standalone. Provenance ties an accepted figure
// (observation) or directive to the source it was read from: the span and the quote, and the
// rule that found it, so a brief citing the figure can footnote the source.
import type { Migration } from '../migrate';

const SQL = `
CREATE TABLE source_documents (
  id TEXT PRIMARY KEY NOT NULL,
  meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL,
  published_on TEXT,
  address TEXT NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('docx', 'pdf', 'txt', 'html', 'paste')),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  original BLOB NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX source_documents_by_meeting ON source_documents (meeting_id);

CREATE TABLE provenance (
  record_kind TEXT NOT NULL CHECK (record_kind IN ('observation', 'directive')),
  record_id TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES source_documents(id) ON DELETE CASCADE,
  span_start INTEGER NOT NULL CHECK (span_start >= 0),
  span_end INTEGER NOT NULL CHECK (span_end >= span_start),
  quote TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (record_kind, record_id)
) STRICT;
CREATE INDEX provenance_by_source ON provenance (source_id);
`;

export const migration0008: Migration = {
  version: 8,
  name: 'sources',
  up: (db) => db.exec(SQL),
};
