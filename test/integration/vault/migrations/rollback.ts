// Makes a vault look as an older release left it: records written by this release, then the
// schema rolled back to `version` by undoing the later migrations — the only way to get old
// vaults with real records once the repositories write columns the old schema lacked.
import type { Db } from '../../../../electron/services/vault/storage/connection';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';

const UNDO: Record<number, string> = {
  12: 'DROP INDEX directives_by_meeting; CREATE INDEX directives_by_meeting ON directives (meeting_id);',
  // The order indexes go back to 0009's, without the kind.
  11: `DROP INDEX directives_open_tasks; DROP INDEX directives_order_deadline;
      DROP INDEX directives_order_deadline_desc; DROP INDEX directives_order_status;
      DROP INDEX directives_order_lead_unit; DROP INDEX directives_order_updated;
      ALTER TABLE directives DROP COLUMN kind;
      CREATE INDEX directives_order_deadline ON directives (deadline IS NULL, deadline, created_at, id, status, pillar, missing_ro, lead_unit_key);
      CREATE INDEX directives_order_deadline_desc ON directives (deadline IS NOT NULL, deadline, created_at, id, status, pillar, missing_ro, lead_unit_key);
      CREATE INDEX directives_order_status ON directives (CASE status WHEN 'not-started' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END, deadline IS NULL, deadline, created_at, id, status, pillar, missing_ro, lead_unit_key);
      CREATE INDEX directives_order_lead_unit ON directives (lead_unit_key = '', lead_unit_key, deadline IS NULL, deadline, created_at, id, status, pillar, missing_ro, lead_unit_key);
      CREATE INDEX directives_order_updated ON directives (updated_at, id, status, pillar, missing_ro, lead_unit_key);`,
  4: 'DROP TABLE record_revisions; DROP TABLE user_profile; DROP TABLE trash; DROP TABLE imports;',
  6: 'DROP TABLE outgoing_register; ALTER TABLE briefs DROP COLUMN corrects_id; ALTER TABLE briefs DROP COLUMN issued_revision; ALTER TABLE briefs DROP COLUMN status;',
  9: `DROP INDEX directives_order_deadline; DROP INDEX directives_order_deadline_desc;
      DROP INDEX directives_order_status; DROP INDEX directives_order_lead_unit;
      DROP INDEX directives_order_updated; DROP INDEX directives_incomplete;
      DROP INDEX directives_by_lead_unit;
      DROP INDEX meetings_by_chair; ALTER TABLE meetings DROP COLUMN chair_key;`,
  8: 'DROP TABLE provenance; DROP TABLE source_documents;',
  10: `DROP TABLE briefs_fts; DROP TABLE observations_fts; DROP TABLE search_text;
      DELETE FROM search_docs WHERE kind IN ('brief', 'observation');
      CREATE TABLE search_docs_v1 (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('meeting', 'directive', 'indicator')), ref_id TEXT NOT NULL, UNIQUE (kind, ref_id)) STRICT;
      INSERT INTO search_docs_v1 (doc, kind, ref_id) SELECT doc, kind, ref_id FROM search_docs;
      DROP TABLE search_docs; ALTER TABLE search_docs_v1 RENAME TO search_docs;`,
  7: `CREATE TABLE packages_opened_v3 (package_id TEXT PRIMARY KEY NOT NULL, sender_fingerprint TEXT NOT NULL, opened_at TEXT NOT NULL) STRICT;
      INSERT OR IGNORE INTO packages_opened_v3 SELECT package_id, sender_fingerprint, opened_at FROM packages_opened;
      DROP TABLE packages_opened; ALTER TABLE packages_opened_v3 RENAME TO packages_opened;
      ALTER TABLE exchange_log DROP COLUMN hash; ALTER TABLE exchange_log DROP COLUMN prev_hash; ALTER TABLE exchange_log DROP COLUMN detail;`,
  5: 'DROP TABLE drafts;',
  3: 'DROP TABLE org_identity; DROP TABLE contacts; DROP TABLE packages_opened; DROP TABLE packages_sent; DROP TABLE exchange_log; DROP TABLE record_sync;',
  2: 'DROP TABLE brief_exports; DROP TABLE brief_revisions; DROP TABLE briefs; DROP TABLE organisation_profile;',
};

export function rollBackTo(db: Db, version: number): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  const listed = new Set(MIGRATIONS.map((m) => m.version));
  for (let v = current; v > version; v--) {
    // Numbers may have gaps while parallel work is merged: skip those no migration uses.
    if (!listed.has(v)) continue;
    const sql = UNDO[v];
    if (!sql) throw new Error(`no undo for migration ${v}: add it here`);
    db.exec(sql);
  }
  db.pragma(`user_version = ${version}`);
}
