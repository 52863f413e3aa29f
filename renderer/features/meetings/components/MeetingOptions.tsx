// How a meeting is offered in a chooser: its date, then its title. The briefs' meeting filter,
// the template dialog and the report review's merge target list meetings the same way, so the
// user recognises the meeting by the same words everywhere.
import type { MeetingSummary } from '../../../../shared/domain';
import { formatShortDate } from '../../../../shared/format/date';
import { RecordOptions } from '../../../ui/RecordOptions';

export function MeetingOptions({
  meetings,
}: {
  meetings: readonly Pick<MeetingSummary, 'id' | 'date' | 'title'>[];
}) {
  return (
    <RecordOptions records={meetings} label={(m) => `${formatShortDate(m.date)} — ${m.title}`} />
  );
}
