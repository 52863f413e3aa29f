// Makes a vault look as an older release left it: records written by this release, then the
// schema rolled back to `version` by undoing the later migrations — the only way to get old
// vaults with real records once the repositories write columns the old schema lacked.
import type { Db } from '../../../../electron/services/vault/connection';
import { MIGRATIONS } from '../../../../electron/services/vault/migrations';

const UNDO: Record<number, string> = {
  5: 'DROP TABLE drafts;',
  3: 'DROP TABLE org_identity; DROP TABLE contacts; DROP TABLE packages_opened; DROP TABLE packages_sent; DROP TABLE exchange_log; DROP TABLE record_sync;',
  2: 'DROP TABLE brief_exports; DROP TABLE brief_revisions; DROP TABLE briefs; DROP TABLE organisation_profile;',
};

export function rollBackTo(db: Db, version: number): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (let v = current; v > version; v--) {
    // Numbers may have gaps while parallel work is merged: skip those no migration uses.
    if (!MIGRATIONS.some((m) => m.version === v)) continue;
    const sql = UNDO[v];
    if (!sql) throw new Error(`no undo for migration ${v}: add it here`);
    db.exec(sql);
  }
  db.pragma(`user_version = ${version}`);
}
