// Follow-up (issue 13): what the statistics and the home screen read. Statistics need only the
// five indexed columns of each directive, never its JSON body, so a vault of 50,000 directives
// is counted without parsing 50,000 records; the grouping rules themselves are shared/stats.
import type { StatsDirective } from '../../../../shared/stats';
import { missingRo, type Directive } from '../../../../shared/domain/directive';
import type { HomeSummary } from '../../../../shared/home-calls';
import { daysBetween } from '../../../../shared/format/date';
import type { VaultContext } from '../context';

interface StatsRow {
  status: StatsDirective['status'];
  deadline: string | null;
  completed_on: string | null;
  lead_unit: string;
  meeting_id: string | null;
}

// Recommendations (kind 'recommendation') are no one's task: they are never overdue, due or
// missing a "rõ", and the statistics do not count them (shared/domain/directive.ts, isTask).
const TASK = "kind = 'directive'";
const OVERDUE_WHERE = `${TASK} AND status <> 'done' AND deadline IS NOT NULL AND deadline < ?`;
const SOON_WHERE = `${TASK} AND status <> 'done' AND deadline >= ? AND deadline <= ?`;
const INCOMPLETE_WHERE = `${TASK} AND status <> 'done' AND missing_ro > 0`;

export const followUpRepository = (ctx: VaultContext) => {
  const count = (sql: string, ...args: unknown[]) =>
    (ctx.stmt(`SELECT count(*) AS n FROM ${sql}`).get(...args) as { n: number }).n;
  /** Directives with a deadline matching `where`, soonest deadline first, at most `limit`. */
  const dueRows = (where: string, limit: number, ...args: unknown[]) =>
    (
      ctx
        .stmt(
          `SELECT id, deadline, lead_unit, json_extract(body, '$.task') AS task FROM directives WHERE ${where} ORDER BY deadline ASC, id LIMIT ?`,
        )
        .all(...args, limit) as { id: string; deadline: string; lead_unit: string; task: string }[]
    ).map((r) => ({ id: r.id, task: r.task, leadUnit: r.lead_unit, deadline: r.deadline }));

  /** Not done, due from `today` to `until` (both included), with the days left; and how many. */
  const dueSoon = (today: string, until: string, limit: number) => ({
    items: dueRows(SOON_WHERE, limit, today, until).map((d) => ({
      ...d,
      days: daysBetween(today, d.deadline),
    })),
    total: count(`directives WHERE ${SOON_WHERE}`, today, until),
  });

  return {
    /** Every task's state-deciding fields (optionally of one meeting); no recommendations. */
    statsDirectives(meetingId?: string): StatsDirective[] {
      const rows = (
        meetingId === undefined
          ? ctx
              .stmt(
                `SELECT status, deadline, completed_on, lead_unit, meeting_id FROM directives WHERE ${TASK}`,
              )
              .all()
          : ctx
              .stmt(
                `SELECT status, deadline, completed_on, lead_unit, meeting_id FROM directives WHERE ${TASK} AND meeting_id = ?`,
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

    dueSoon,

    /**
     * The home screen's lists (issue 13 §1), each a LIMITed query on indexed columns with its
     * count beside it: only the rows shown are parsed, however large the vault.
     */
    home(today: string, until: string, limit: number, organisation: string): HomeSummary {
      const incomplete = (
        ctx
          .stmt(
            `SELECT id, body FROM directives WHERE ${INCOMPLETE_WHERE} ORDER BY updated_at DESC LIMIT ?`,
          )
          .all(limit) as { id: string; body: string }[]
      ).map((r) => {
        const d = JSON.parse(r.body) as Directive;
        return { id: r.id, task: d.task, missing: missingRo(d) };
      });
      const meetings = ctx
        .stmt(
          'SELECT id, title, date FROM meetings WHERE date >= ? ORDER BY date, time_key LIMIT ?',
        )
        .all(today, limit) as { id: string; title: string; date: string }[];
      const recent = ctx
        .stmt(
          `SELECT kind, id, title, updated_at, origin_org FROM (
             SELECT 'meeting' AS kind, id, title, updated_at, origin_org FROM meetings
             UNION ALL SELECT 'directive', id, json_extract(body, '$.task'), updated_at, origin_org FROM directives
             UNION ALL SELECT 'indicator', id, name, updated_at, origin_org FROM indicators
           ) ORDER BY updated_at DESC LIMIT ?`,
        )
        .all(limit) as {
        kind: 'meeting' | 'directive' | 'indicator';
        id: string;
        title: string;
        updated_at: string;
        origin_org: string;
      }[];

      return {
        today,
        overdue: {
          // Longest overdue first: what is most behind is what the meeting will ask about.
          items: dueRows(OVERDUE_WHERE, limit, today).map((d) => ({
            ...d,
            days: daysBetween(d.deadline, today),
          })),
          total: count(`directives WHERE ${OVERDUE_WHERE}`, today),
        },
        dueSoon: dueSoon(today, until, limit),
        missingRo: { items: incomplete, total: count(`directives WHERE ${INCOMPLETE_WHERE}`) },
        upcomingMeetings: {
          items: meetings,
          total: count('meetings WHERE date >= ?', today),
        },
        recent: {
          items: recent.map((r) => ({
            kind: r.kind,
            id: r.id,
            title: r.title,
            updatedAt: r.updated_at,
            fromOrg: r.origin_org === organisation ? null : r.origin_org,
          })),
          total: recent.length,
        },
      };
    },
  };
};
