// The meetings register counts each meeting's tasks ("{n} nhiệm vụ"); since recommendations
// (0011) the count tests the kind, which the meeting index did not hold: every directive of
// every listed meeting was read from the table — 0.5 s of a 0.6 s list of 10,000 meetings.
// The index now carries the kind, so the count reads the index alone.
import type { Migration } from '../migrate';

const SQL = `
DROP INDEX directives_by_meeting;
CREATE INDEX directives_by_meeting ON directives (meeting_id, kind);
`;

export const migration0012: Migration = {
  version: 12,
  name: 'meeting-task-counts',
  up: (db) => db.exec(SQL),
};
