// Follow-up (issue 13): what the statistics and the home screen read. Statistics need only the
// five indexed columns of each directive, never its JSON body, so a vault of 50,000 directives
// is counted without parsing 50,000 records; the grouping rules themselves are shared/stats.
import type { StatsDirective } from '../../../../shared/stats';
import type { VaultContext } from '../context';

interface StatsRow {
  status: StatsDirective['status'];
  deadline: string | null;
  completed_on: string | null;
  lead_unit: string;
  meeting_id: string | null;
}

export const followUpRepository = (ctx: VaultContext) => ({
  /** Every directive's state-deciding fields (optionally of one meeting). */
  statsDirectives(meetingId?: string): StatsDirective[] {
    const rows = (
      meetingId === undefined
        ? ctx
            .stmt('SELECT status, deadline, completed_on, lead_unit, meeting_id FROM directives')
            .all()
        : ctx
            .stmt(
              'SELECT status, deadline, completed_on, lead_unit, meeting_id FROM directives WHERE meeting_id = ?',
            )
            .all(meetingId)
    ) as StatsRow[];
    return rows.map((r) => ({
      status: r.status,
      deadline: r.deadline,
      completedOn: r.completed_on,
      leadUnit: r.lead_unit,
      meetingId: r.meeting_id,
    }));
  },
  /** Meeting id → title, for the "by meeting" grouping. */
  meetingTitles(): Map<string, string> {
    const rows = ctx.stmt('SELECT id, title FROM meetings').all() as {
      id: string;
      title: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.title]));
  },
});
