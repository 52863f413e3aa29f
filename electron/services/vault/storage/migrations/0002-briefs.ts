// Briefs (issue 3): a brief row per document with its current revision and the columns the
// list shows; every save's full JSON in brief_revisions (who, when, SHA-256 of the canonical
// content); one row per export saying which revision each file came from; and the
// organisation profile that fills new briefs' headers (one row).
//
// The brief's content lives only in its revisions: the current content is the revision the
// brief row points at, so a save writes the body once. Briefs are not in the search index.
import type { Migration } from '../migrate';

const SQL = `
CREATE TABLE briefs (
  id TEXT PRIMARY KEY NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  origin_org TEXT NOT NULL,
  template TEXT NOT NULL,
  -- The meeting the brief was drafted from while it exists; the brief's JSON keeps its id.
  meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  type_name TEXT NOT NULL,
  abstract TEXT NOT NULL,
  number_symbol TEXT NOT NULL
) STRICT;
CREATE INDEX briefs_by_updated ON briefs (updated_at);
CREATE INDEX briefs_by_meeting ON briefs (meeting_id, updated_at);

CREATE TABLE brief_revisions (
  brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  body TEXT NOT NULL,
  PRIMARY KEY (brief_id, revision)
) STRICT;

CREATE TABLE brief_exports (
  id INTEGER PRIMARY KEY,
  brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  format TEXT NOT NULL CHECK (format IN ('docx', 'pdf')),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  exported_at TEXT NOT NULL
) STRICT;
CREATE INDEX brief_exports_by_brief ON brief_exports (brief_id, id);

CREATE TABLE organisation_profile (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;

export const migration0002: Migration = {
  version: 2,
  name: 'briefs',
  up(db) {
    db.exec(SQL);
  },
};
