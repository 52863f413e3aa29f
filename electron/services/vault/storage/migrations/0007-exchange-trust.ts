// Issue 11: the exchange log becomes a hash chain (each entry carries the hash of the one
// before it; the existing entries are chained in their order), log entries get a structured
// detail the app can show in words instead of codes, and the replay memory is keyed by sender
// and package id — a co-recipient who sends its own package under a genuine one's id first
// must not make the genuine one look like a replay.
import { entryHash, GENESIS_HASH, type ChainedContent } from '../../../exchange/audit-chain';
import type { Migration } from '../migrate';

const SQL = `
ALTER TABLE exchange_log ADD COLUMN detail TEXT;
ALTER TABLE exchange_log ADD COLUMN prev_hash TEXT CHECK (prev_hash IS NULL OR length(prev_hash) = 64);
ALTER TABLE exchange_log ADD COLUMN hash TEXT CHECK (hash IS NULL OR length(hash) = 64);

CREATE TABLE packages_opened_v7 (
  sender_fingerprint TEXT NOT NULL,
  package_id TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  PRIMARY KEY (sender_fingerprint, package_id)
) STRICT;
INSERT INTO packages_opened_v7 (sender_fingerprint, package_id, opened_at)
  SELECT sender_fingerprint, package_id, opened_at FROM packages_opened;
DROP TABLE packages_opened;
ALTER TABLE packages_opened_v7 RENAME TO packages_opened;
`;

export const migration0007: Migration = {
  version: 7,
  name: 'exchange-trust',
  up: (db) => {
    db.exec(SQL);
    const rows = db
      .prepare(
        'SELECT id, at, actor, action, package_id AS packageId, fingerprints, summary, detail FROM exchange_log ORDER BY id',
      )
      .all() as unknown as ChainedContent[];
    const link = db.prepare('UPDATE exchange_log SET prev_hash = ?, hash = ? WHERE id = ?');
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = entryHash(prev, r);
      link.run(prev, hash, r.id);
      prev = hash;
    }
  },
};
