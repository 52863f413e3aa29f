// The follow-up calls for the renderer's fake desk (issue 13): statistics computed by the real
// shared rules over the fake's directives; a register export answers with a tiny stand-in file
// (the real files are tested through the handlers and the CLI).
import type { CallName, CallOutput, ParsedInput } from '../../../shared/contract';
import type { Directive, Meeting } from '../../../shared/domain';
import type { AppError } from '../../../shared/result';
import { directiveStats, statsTotal } from '../../../shared/stats';

type Refusal = { ok: false; error: AppError };
type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Refusal;

export function fakeFollowUpHandlers(deps: {
  needOpen: () => Refusal | null;
  today: () => string;
  meetings: Map<string, Meeting>;
  directives: Map<string, Directive>;
}): {
  'stats.directives': Handler<'stats.directives'>;
  'registers.export': Handler<'registers.export'>;
  'home.summary': Handler<'home.summary'>;
} {
  const none = { items: [], total: 0 };
  return {
    // Nothing listed: the home screen's lists are SQL of the vault, tested against the real
    // host (test/integration/follow-up/home.test.ts, the follow-up e2e).
    'home.summary': ({ today }) => {
      const closed = deps.needOpen();
      if (closed) return closed;
      return {
        today: today ?? deps.today(),
        overdue: none,
        dueSoon: none,
        missingRo: none,
        upcomingMeetings: none,
        recent: none,
      };
    },
    'stats.directives': ({ by, meetingId, today }) => {
      const closed = deps.needOpen();
      if (closed) return closed;
      const day = today ?? deps.today();
      const list = [...deps.directives.values()].filter(
        (d) => meetingId === undefined || d.meetingId === meetingId,
      );
      const titles = new Map([...deps.meetings.values()].map((m) => [m.id, m.title]));
      const rows = directiveStats(list, { by, today: day, meetingTitles: titles });
      return { by, today: day, rows, total: statsTotal(rows) };
    },
    'registers.export': ({ register, format }) => {
      const closed = deps.needOpen();
      if (closed) return closed;
      return {
        fileName: `${register}.${format}`,
        mime: 'application/octet-stream',
        base64: Buffer.from('fake').toString('base64'),
        savedTo: null,
        cancelled: false,
        rows: register === 'directives' ? deps.directives.size : 0,
      };
    },
  };
}
