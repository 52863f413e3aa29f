// Directive kinds (issue 10 §5): a delegate's recommendation (`kiến nghị`) is kept beside the
// tasks but is not one. The kind is a column so the statistics, the home screen's lists and the
// reminders can leave recommendations out in SQL, without parsing bodies. Every record stored
// before this is a task: the column defaults to 'directive' and each body gains the field, so a
// read never meets a directive without a kind. Stored revisions are left as they were saved
// (their hashes are the history's); readers default a missing kind instead.
//
// Numbered 11: 9 and 10 went to the register orders and the search of briefs, written in
// parallel.
import type { Migration } from '../migrate';

// The register's order indexes (0009) carry the columns its filters test; "overdue" and
// "incomplete" now test the kind too, so each is made again with it (the SQL written out here,
// as 0009's was: a migration does not change when later code does). The overdue count reads a
// partial index of the tasks alone.
const FILTERED = 'status, pillar, missing_ro, lead_unit_key, kind';
const STATUS_RANK = "CASE status WHEN 'not-started' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END";
const SQL = `
ALTER TABLE directives ADD COLUMN kind TEXT NOT NULL DEFAULT 'directive'
  CHECK (kind IN ('directive', 'recommendation'));
UPDATE directives SET body = json_set(body, '$.kind', 'directive')
  WHERE json_type(body, '$.kind') IS NULL;
DROP INDEX directives_order_deadline;
DROP INDEX directives_order_deadline_desc;
DROP INDEX directives_order_status;
DROP INDEX directives_order_lead_unit;
DROP INDEX directives_order_updated;
CREATE INDEX directives_order_deadline ON directives (
  deadline IS NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_deadline_desc ON directives (
  deadline IS NOT NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_status ON directives (
  ${STATUS_RANK}, deadline IS NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_lead_unit ON directives (
  lead_unit_key = '', lead_unit_key, deadline IS NULL, deadline, created_at, id, ${FILTERED});
CREATE INDEX directives_order_updated ON directives (updated_at, id, ${FILTERED});
CREATE INDEX directives_open_tasks ON directives (status, deadline) WHERE kind = 'directive';
`;

export const migration0011: Migration = {
  version: 11,
  name: 'directive-kind',
  up: (db) => db.exec(SQL),
};
