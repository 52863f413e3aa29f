// The document lifecycle (issue 10): a brief is a draft, sent for signature, or issued; the
// outgoing register (sổ văn bản đi) gives an issued document its number, one sequence per
// organisation and calendar year (Decree 30 Art. 15), and lists it with its date, type,
// abstract, signer and recipients.
//
// The register's primary key (origin_org, year, number) and the UNIQUE brief_id are what make
// "two documents with one number" and "one document with two numbers" impossible, whatever a
// caller does. An issued brief cannot be deleted while its entry exists (no ON DELETE action on
// the foreign key), and its entry is written in the same transaction that freezes it.
// Entries of other organisations arrive with their briefs in packages and keep their origin.
import type { Migration } from '../migrate';

const SQL = `
ALTER TABLE briefs ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
  CHECK (status IN ('draft', 'for-signature', 'issued'));
ALTER TABLE briefs ADD COLUMN issued_revision INTEGER;
-- A correcting or replacing document names the issued one it changes.
ALTER TABLE briefs ADD COLUMN corrects_id TEXT;

CREATE TABLE outgoing_register (
  origin_org TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
  number INTEGER NOT NULL CHECK (number >= 1),
  brief_id TEXT NOT NULL UNIQUE REFERENCES briefs (id) DEFERRABLE INITIALLY DEFERRED,
  number_symbol TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  type_name TEXT NOT NULL,
  abstract TEXT NOT NULL,
  signer TEXT NOT NULL,
  recipients TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  PRIMARY KEY (origin_org, year, number)
) STRICT;
`;

export const migration0006: Migration = {
  version: 6,
  name: 'lifecycle',
  up(db) {
    db.exec(SQL);
  },
};
