// The meeting facts read from a report's opening paragraph (date, chair, place, connection
// points, attendees), shown so the user can attach the report to the right meeting.
import type { MeetingProposal } from '../../../shared/extract';
import { formatShortDate } from '../../../shared/format/date';
import { useT } from '../../i18n';

export function MeetingFacts({ meeting }: { meeting: MeetingProposal }) {
  const t = useT();
  const person = (p: { title: string; name: string }) =>
    [p.title, p.name].filter(Boolean).join(' ');
  const facts: [string, string][] = [
    [
      t('reports.meetingDate'),
      meeting.date ? formatShortDate(meeting.date) : (meeting.dateText ?? ''),
    ],
    [t('reports.meetingChair'), meeting.chair ? person(meeting.chair) : ''],
    [t('reports.meetingPlace'), meeting.place ?? ''],
    [
      t('reports.meetingPoints'),
      meeting.connectionPoints !== undefined ? String(meeting.connectionPoints) : '',
    ],
    [t('reports.meetingAttendees'), meeting.attendees.map(person).join('; ')],
  ];
  return (
    <div className="proposal" id="proposal-meeting" data-testid="meeting-facts">
      <dl className="meeting-facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <p className="hint">{t('reports.meetingHint')}</p>
      <span className="hint">{t('reports.rule', { rule: meeting.rule })}</span>
    </div>
  );
}
