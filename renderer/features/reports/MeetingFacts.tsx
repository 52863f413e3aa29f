// The meeting facts read from a report's opening paragraph (date, chair, place, connection
// points, attendees), and what "Nhập" does with them: nothing (the report may still be attached
// to a meeting above), a new meeting whose title, date and summary the user can edit, or a
// merge into a vault meeting shown field by field. Nothing is written before "Nhập".
import type { Meeting, MeetingSummary } from '../../../shared/domain';
import type { MeetingProposal } from '../../../shared/extract';
import { formatShortDate } from '../../../shared/format/date';
import { useT, type MessageKey } from '../../i18n';
import { pickField, type MeetingChoice } from './meeting-choice';
import { MeetingMerge } from './MeetingMerge';
import { MeetingOptions } from '../meetings/components/MeetingOptions';
import { TextInput } from '../../ui/TextInput';
import { Labelled } from '../../ui/Labelled';
import { LabelledSelect } from '../../ui/LabelledSelect';

/** The three uses of the report's meeting facts, in the order offered. */
const USES: readonly { mode: MeetingChoice['mode']; label: MessageKey }[] = [
  { mode: 'none', label: 'reports.meetingNone' },
  { mode: 'new', label: 'reports.meetingNew' },
  { mode: 'merge', label: 'reports.meetingMerge' },
];

// What a new meeting needs from the report: three plain boxes that differ only in the part,
// the label, their width and shape (a date's placeholder, the summary's rows).
const NEW_MEETING_FIELDS: readonly {
  key: 'title' | 'date' | 'summary';
  label: MessageKey;
  wide: boolean;
  placeholder?: string;
  rows?: number;
}[] = [
  { key: 'title', label: 'reports.meetingTitle', wide: true },
  { key: 'date', label: 'reports.meetingDate', wide: false, placeholder: 'dd/mm/yyyy' },
  { key: 'summary', label: 'reports.meetingSummary', wide: true, rows: 3 },
];

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
  // What each use starts from when chosen: a merge goes into the meeting held that day, if any.
  const startWith: Record<MeetingChoice['mode'], () => MeetingChoice> = {
    none: () => ({ mode: 'none' }),
    new: newChoice,
    merge: () => ({ mode: 'merge', id: sameDay?.id ?? '', picks: {} }),
  };
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
        {USES.map(({ mode, label }) => (
          <label key={mode}>
            <input
              type="radio"
              name="meeting-choice"
              checked={choice.mode === mode}
              disabled={mode === 'merge' && !meetings.length}
              onChange={() => onChoose(startWith[mode]())}
              data-testid={`meeting-${mode}`}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {choice.mode === 'new' && (
        <div className="proposal__fields" data-testid="meeting-new-fields">
          {NEW_MEETING_FIELDS.map(({ key, label, wide, placeholder, rows }) => (
            <Labelled
              key={key}
              label={t(label)}
              className={wide ? 'field field--wide' : 'field field--narrow'}
            >
              <TextInput
                placeholder={placeholder}
                rows={rows}
                value={choice[key]}
                onChange={(value) => onChoose({ ...choice, [key]: value })}
                testId={`meeting-new-${key}`}
              />
            </Labelled>
          ))}
          <p className="hint">{t('reports.meetingNewHint')}</p>
        </div>
      )}
      {choice.mode === 'merge' && (
        <div className="meeting-card__merge">
          <LabelledSelect
            label={t('reports.meetingMergeInto')}
            value={choice.id}
            onChange={(id) => onChoose({ mode: 'merge', id, picks: {} })}
            testId="meeting-merge-target"
            none={t('reports.chooseMeeting')}
          >
            <MeetingOptions meetings={meetings} />
          </LabelledSelect>
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
