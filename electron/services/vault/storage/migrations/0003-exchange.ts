// Exchange between ministries (issue 4): this vault's identity (its secrets exist only here,
// inside the encrypted database), the verified contacts, packages sent and opened (an opened
// package id is refused when it comes again), the audit log of every seal, open and import,
// and per record and per partner the hash of the version last exchanged with that partner —
// the base that tells "theirs is newer and mine unchanged" from "both changed".
import type { Migration } from '../migrate';

const SQL = `
CREATE TABLE org_identity (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  secrets TEXT NOT NULL,
  card TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- lineage: the fingerprint of the first card of a partner; a rotated card inherits it, so what
-- was exchanged with a partner stays theirs across key changes.
CREATE TABLE contacts (
  fingerprint TEXT PRIMARY KEY NOT NULL CHECK (length(fingerprint) = 60),
  name TEXT NOT NULL UNIQUE,
  card TEXT NOT NULL,
  lineage TEXT NOT NULL CHECK (length(lineage) = 60),
  verified_at TEXT NOT NULL,
  revoked_at TEXT,
  replaced_by TEXT
) STRICT;
CREATE INDEX contacts_by_lineage ON contacts (lineage);

CREATE TABLE packages_opened (
  package_id TEXT PRIMARY KEY NOT NULL,
  sender_fingerprint TEXT NOT NULL,
  opened_at TEXT NOT NULL
) STRICT;

CREATE TABLE packages_sent (
  package_id TEXT PRIMARY KEY NOT NULL,
  recipients TEXT NOT NULL,
  items INTEGER NOT NULL,
  sealed_at TEXT NOT NULL
) STRICT;

CREATE TABLE exchange_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  package_id TEXT,
  fingerprints TEXT NOT NULL,
  summary TEXT NOT NULL
) STRICT;

-- peer: the partner's lineage ('self' for my own packages). source_org: who made that version
-- (the sender of the package it came in, or this vault for what it sent).
CREATE TABLE record_sync (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  peer TEXT NOT NULL,
  base_hash TEXT NOT NULL CHECK (length(base_hash) = 64),
  source_org TEXT NOT NULL,
  package_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (kind, id, peer)
) STRICT;
`;

export const migration0003: Migration = {
  version: 3,
  name: 'exchange',
  up: (db) => db.exec(SQL),
};
