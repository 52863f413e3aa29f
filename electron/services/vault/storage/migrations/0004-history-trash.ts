// History, trash and undoable imports (issue 9): every saved version of a meeting, directive,
// indicator and observation (who, when, SHA-256 of the canonical content, the whole JSON), as
// briefs already have in brief_revisions; the person using this vault (name and unit), who is
// named as the author of revisions; the trash, holding each deleted record with what was linked
// to it so it can come back whole; and per imported package what it changed, so the import can
// be undone as one unit.
//
// Existing records get their current version as their first stored revision, so the history
// and an import's undo have something to return to from the start.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../../shared/exchange/canonical';
import type { Migration } from '../migrate';

const SQL = `
CREATE TABLE record_revisions (
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'directive', 'indicator', 'observation')),
  record_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  body TEXT NOT NULL,
  PRIMARY KEY (kind, record_id, revision)
) STRICT;
CREATE INDEX record_revisions_by_id ON record_revisions (record_id);

CREATE TABLE user_profile (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- bundle: the record (for a brief: its row, revisions and exports; for an indicator: its
-- observations too) and the links it had, as JSON. links: what pointed at it, for the list.
CREATE TABLE trash (
  record_id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'directive', 'indicator', 'observation', 'brief')),
  title TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  deleted_by TEXT NOT NULL,
  links TEXT NOT NULL,
  bundle TEXT NOT NULL
) STRICT;

-- changes: per record written, its revision before (null: added) and after the import, and
-- the merge bases the import replaced (restored on undo, so a re-import is judged afresh).
CREATE TABLE imports (
  package_id TEXT PRIMARY KEY NOT NULL,
  sender TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  undone_at TEXT,
  changes TEXT NOT NULL
) STRICT;
`;

const KINDS = [
  ['meeting', 'meetings'],
  ['directive', 'directives'],
  ['indicator', 'indicators'],
  ['observation', 'observations'],
] as const;

/** Same as record-history.ts contentOf: the content without local bookkeeping. */
function sha256Of(body: string): string {
  const {
    revision: _r,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = JSON.parse(body) as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export const migration0004: Migration = {
  version: 4,
  name: 'history-trash',
  up(db) {
    db.exec(SQL);
    const info = db.prepare('SELECT organisation FROM vault_info WHERE singleton = 1').get() as
      { organisation: string } | undefined;
    const by = info?.organisation ?? '';
    const insert = db.prepare(
      'INSERT INTO record_revisions (kind, record_id, revision, saved_at, saved_by, sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const [kind, table] of KINDS) {
      const rows = db
        .prepare(`SELECT id, revision, updated_at, origin_org, body FROM ${table}`)
        .all() as {
        id: string;
        revision: number;
        updated_at: string;
        origin_org: string;
        body: string;
      }[];
      // Who made a version before this release is not known; its origin organisation is.
      for (const r of rows)
        insert.run(
          kind,
          r.id,
          r.revision,
          r.updated_at,
          r.origin_org || by,
          sha256Of(r.body),
          r.body,
        );
    }
  },
};
