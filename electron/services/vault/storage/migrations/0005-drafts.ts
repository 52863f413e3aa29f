// Drafts (issue 9): the unsaved state of every editor, kept inside the encrypted vault so
// that a lock, a reload or a crash loses nothing typed more than ~2 s before. One row per
// editor kind and record ('new' for a record not yet saved); a later autosave of the same
// editor replaces its row. The body is the editor's JSON as the renderer holds it; it is not
// a record and is never indexed, packed or shown outside its editor.
import type { Migration } from '../migrate';

const SQL = `
CREATE TABLE drafts (
  editor TEXT NOT NULL CHECK (editor IN ('meeting', 'directive', 'indicator', 'observation', 'brief', 'organisation')),
  record_key TEXT NOT NULL CHECK (length(record_key) BETWEEN 1 AND 80),
  body TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (editor, record_key)
) STRICT;
`;

export const migration0005: Migration = {
  version: 5,
  name: 'drafts',
  up(db) {
    db.exec(SQL);
  },
};
