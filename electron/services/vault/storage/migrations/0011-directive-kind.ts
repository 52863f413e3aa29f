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

const SQL = `
ALTER TABLE directives ADD COLUMN kind TEXT NOT NULL DEFAULT 'directive'
  CHECK (kind IN ('directive', 'recommendation'));
UPDATE directives SET body = json_set(body, '$.kind', 'directive')
  WHERE json_type(body, '$.kind') IS NULL;
`;

export const migration0011: Migration = {
  version: 11,
  name: 'directive-kind',
  up: (db) => db.exec(SQL),
};
