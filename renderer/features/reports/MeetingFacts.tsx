// The meeting facts read from a report's opening paragraph (date, chair, place, connection
// points, attendees), and what "Nhập" does with them: nothing (the report may still be attached
// to a meeting above), a new meeting whose title, date and summary the user can edit, or a
// merge into a vault meeting shown field by field. Nothing is written before "Nhập".
import type { Meeting, MeetingSummary } from '../../../shared/domain';
import type { MeetingProposal } from '../../../shared/extract';
import { formatShortDate } from '../../../shared/format/date';
import { useT } from '../../i18n';
import { pickField, type MeetingChoice } from './meeting-choice';
import { MeetingMerge } from './MeetingMerge';
import { MeetingOptions } from '../meetings/components/MeetingOptions';
import { TextInput } from '../../ui/TextInput';
import { Labelled } from '../../ui/Labelled';

export function MeetingFacts({
  meeting,
  choice,
  meetings,
  target,
  sourceTitle,
  onChoose,
}: {
  meeting: MeetingProposal;
  choice: MeetingChoice;
  meetings: MeetingSummary[];
  target: Meeting | null;
  sourceTitle: string;
  onChoose: (c: MeetingChoice) => void;
}) {
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
    [t('reports.meetingPoints'), meeting.connectionText ?? ''],
    [t('reports.meetingAttendees'), meeting.attendees.map(person).join('; ')],
  ];
  const sameDay = meetings.find((m) => m.date === meeting.date);
  const newChoice = (): MeetingChoice => ({
    mode: 'new',
    id: crypto.randomUUID(),
    title: meeting.title ?? sourceTitle,
    date: meeting.date ? formatShortDate(meeting.date) : '',
    summary: '',
  });
  return (
    <div className="proposal meeting-card" id="proposal-meeting" data-testid="meeting-facts">
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
      <fieldset className="meeting-card__choice">
        <legend>{t('reports.meetingUse')}</legend>
        <label>
          <input
            type="radio"
            name="meeting-choice"
            checked={choice.mode === 'none'}
            onChange={() => onChoose({ mode: 'none' })}
            data-testid="meeting-none"
          />
          {t('reports.meetingNone')}
        </label>
        <label>
          <input
            type="radio"
            name="meeting-choice"
            checked={choice.mode === 'new'}
            onChange={() => onChoose(newChoice())}
            data-testid="meeting-new"
          />
          {t('reports.meetingNew')}
        </label>
        <label>
          <input
            type="radio"
            name="meeting-choice"
            checked={choice.mode === 'merge'}
            disabled={!meetings.length}
            onChange={() => onChoose({ mode: 'merge', id: sameDay?.id ?? '', picks: {} })}
            data-testid="meeting-merge"
          />
          {t('reports.meetingMerge')}
        </label>
      </fieldset>
      {choice.mode === 'new' && (
        <div className="proposal__fields" data-testid="meeting-new-fields">
          <Labelled label={t('reports.meetingTitle')} className="field field--wide">
            <TextInput
              value={choice.title}
              onChange={(value) => onChoose({ ...choice, title: value })}
              testId="meeting-new-title"
            />
          </Labelled>
          <Labelled label={t('reports.meetingDate')} className="field field--narrow">
            <TextInput
              placeholder="dd/mm/yyyy"
              value={choice.date}
              onChange={(value) => onChoose({ ...choice, date: value })}
              testId="meeting-new-date"
            />
          </Labelled>
          <Labelled label={t('reports.meetingSummary')} className="field field--wide">
            <TextInput
              rows={3}
              value={choice.summary}
              onChange={(value) => onChoose({ ...choice, summary: value })}
              testId="meeting-new-summary"
            />
          </Labelled>
          <p className="hint">{t('reports.meetingNewHint')}</p>
        </div>
      )}
      {choice.mode === 'merge' && (
        <div className="meeting-card__merge">
          <Labelled label={t('reports.meetingMergeInto')}>
            <select
              className="select"
              value={choice.id}
              onChange={(e) => onChoose({ mode: 'merge', id: e.target.value, picks: {} })}
              data-testid="meeting-merge-target"
            >
              <option value="">{t('reports.chooseMeeting')}</option>
              <MeetingOptions meetings={meetings} />
            </select>
          </Labelled>
          {target && target.id === choice.id && (
            <MeetingMerge
              facts={meeting}
              target={target}
              picks={choice.picks}
              onPick={(field, pick) => onChoose(pickField(choice, field, pick))}
            />
          )}
          <p className="hint">{t('reports.meetingMergeHint')}</p>
        </div>
      )}
      {choice.mode === 'none' && <p className="hint">{t('reports.meetingHint')}</p>}
      <span className="hint">{t('reports.rule', { rule: meeting.rule })}</span>
    </div>
  );
}
