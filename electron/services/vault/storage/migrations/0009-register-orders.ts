// Registers that scale (issue 13 §6): the directive register is read a page at a time, so each
// of its orders needs an index SQLite can walk in order and stop after the page, instead of
// sorting every matching row first. Each index repeats its ORDER BY's expressions exactly, the
// id last (the planner matches them as written; repositories/directives.ts ORDER).
// After the order's columns each index carries the columns the register's filters test
// (status, pillar, "6 rõ", lead unit), so a filtered page is found inside the index and only
// the page's rows are read from the table.
// The meeting register gains an order by chair: a folded key (đ = d, no tone marks) as for
// titles, filled here for the meetings already saved.
import { foldForSearch } from '../../../../../shared/text';
import type { Migration } from '../migrate';

const FILTERED = 'status, pillar, missing_ro, lead_unit_key';
const STATUS_RANK = "CASE status WHEN 'not-started' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END";
const SQL = `
CREATE INDEX directives_order_deadline ON directives (
  deadline IS NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_deadline_desc ON directives (
  deadline IS NOT NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_status ON directives (
  ${STATUS_RANK}, deadline IS NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_lead_unit ON directives (
  lead_unit_key = '', lead_unit_key, deadline IS NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_updated ON directives (updated_at, id, ${FILTERED});
-- The counts: "incomplete 6 rõ" is a minority of a kept register, and the lead unit is
-- matched anywhere in its name, so its count reads the narrowest index there is.
CREATE INDEX directives_incomplete ON directives (missing_ro) WHERE missing_ro > 0;
CREATE INDEX directives_by_lead_unit ON directives (lead_unit_key);

ALTER TABLE meetings ADD COLUMN chair_key TEXT NOT NULL DEFAULT '';
`;

export const migration0009: Migration = {
  version: 9,
  name: 'register-orders',
  up: (db) => {
    db.exec(SQL);
    const rows = db.prepare('SELECT rowid AS r, chair_name AS n FROM meetings').all() as {
      r: number;
      n: string;
    }[];
    const set = db.prepare('UPDATE meetings SET chair_key = ? WHERE rowid = ?');
    for (const { r, n } of rows) set.run(foldForSearch(n), r);
    db.exec("CREATE INDEX meetings_by_chair ON meetings (chair_key = '', chair_key, date DESC)");
  },
};
