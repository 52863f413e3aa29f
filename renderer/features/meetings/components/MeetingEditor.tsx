// Every field of a meeting (shared/domain/meeting.ts), in the order a secretary fills them
// from a report: when and how, who chaired and attended, what was said, what was concluded,
// which documents it builds on and where the record came from.
import { memo, useMemo, type ReactNode } from 'react';
import { type ConclusionItem, type MeetingInput, type PartOfDay } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Field } from '../../../ui/Field';
import { LimitedText } from '../../../ui/LimitedText';
import { LIMITS } from '../../../../shared/limits';
import { parseClockTime } from '../../../../shared/format/time';
import { choicesOf, KIND_LABEL, MODE_LABEL, PART_LABEL } from '../../../ui/labels';
import { errorsUnder } from '../../../ui/lists';
import { SelectField } from '../../../ui/OptionSelect';
import { RecordEditorForm, type RecordEditorProps } from '../../../ui/RecordEditorForm';
import { SecrecyFields } from '../../../ui/SecrecyFields';
import { ConclusionList } from './ConclusionList';
import { ConnectionPoints } from './ConnectionPoints';
import { LegalRefsTable } from './LegalRefsTable';
import { PeopleTable } from './PeopleTable';
import { PersonFields } from './PersonFields';
import { SourcesTable } from './SourcesTable';

export type MeetingEdit = Partial<MeetingInput> | ((m: MeetingInput) => MeetingInput);

interface Props extends RecordEditorProps<MeetingInput> {
  onCreateDirective: (item: ConclusionItem) => void;
  /** Actions on the saved meeting beyond the editor's own ("Tạo văn bản"). */
  extraActions?: ReactNode;
}

type TextKey = 'purpose' | 'summary' | 'results' | 'difficulties';
const TEXT_SECTIONS: {
  key: TextKey;
  label: 'meeting.purpose' | 'meeting.summary' | 'meeting.results' | 'meeting.difficulties';
}[] = [
  { key: 'purpose', label: 'meeting.purpose' },
  { key: 'summary', label: 'meeting.summary' },
  { key: 'results', label: 'meeting.results' },
  { key: 'difficulties', label: 'meeting.difficulties' },
];

export function MeetingEditor(props: Props) {
  const { draft, isNew, dirty, fieldErrors: fe, onEdit } = props;
  const t = useT();
  const online = draft.mode !== 'in-person';
  const onCreateDirective = props.onCreateDirective;
  // Each section is memoised on what it shows, so a key typed in one field renders that field
  // (and the bar), not every table of the meeting (bench:typing).
  const general = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.general')}</legend>
        <Field label={t('meeting.title')} error={fe.title} required>
          {(c) => (
            <LimitedText
              {...c}
              multiline
              rows={2}
              max={LIMITS.title}
              value={draft.title}
              onChange={(title) => onEdit({ title })}
              data-testid="meeting-title"
            />
          )}
        </Field>
        <div className="grid grid--4">
          <SelectField
            title={t('meeting.kind')}
            error={fe.kind}
            value={draft.kind}
            {...choicesOf(KIND_LABEL, t)}
            onChange={(kind) => onEdit({ kind })}
          />
          <Field label={t('meeting.date')} error={fe.date} hint={t('date.hint')} required>
            {(c) => (
              <DateInput
                {...c}
                required
                value={draft.date}
                onChange={(date) => onEdit({ date: date ?? '' })}
                data-testid="meeting-date"
              />
            )}
          </Field>
          <SelectField<PartOfDay, PartOfDay | ''>
            title={t('meeting.partOfDay')}
            error={fe.partOfDay}
            value={draft.partOfDay ?? ''}
            none={t('common.unspecified')}
            {...choicesOf(PART_LABEL, t)}
            onChange={(p) => onEdit({ partOfDay: p || null })}
          />
          <Field label={t('meeting.time')} error={fe.time} hint={t('time.hint')}>
            {(c) => (
              <LimitedText
                {...c}
                inputMode="numeric"
                max={40}
                placeholder={t('time.placeholder')}
                value={draft.time ?? ''}
                onChange={(time) => onEdit({ time: time.trim() ? time.trim() : null })}
                // "8h30" becomes "08:30" when the user leaves the field, so they see what is stored.
                onBlur={() => {
                  const parsed = draft.time ? parseClockTime(draft.time) : null;
                  if (parsed && parsed !== draft.time) onEdit({ time: parsed });
                }}
                data-testid="meeting-time"
              />
            )}
          </Field>
        </div>
        <div className="grid grid--2">
          <SelectField
            title={t('meeting.mode')}
            error={fe.mode}
            value={draft.mode}
            {...choicesOf(MODE_LABEL, t)}
            onChange={(mode) => onEdit({ mode })}
          />
          <Field label={t('meeting.location')} error={fe.location}>
            {(c) => (
              <LimitedText
                {...c}
                max={LIMITS.short}
                value={draft.location}
                onChange={(location) => onEdit({ location })}
              />
            )}
          </Field>
        </div>
        <SecrecyFields
          secrecy={draft.secrecy}
          onSecrecy={(secrecy) => onEdit({ secrecy })}
          urgency={draft.urgency}
          onUrgency={(urgency) => onEdit({ urgency })}
          errors={fe}
        />
      </fieldset>
    ),
    [
      t,
      fe,
      onEdit,
      draft.title,
      draft.kind,
      draft.date,
      draft.partOfDay,
      draft.time,
      draft.mode,
      draft.location,
      draft.secrecy,
      draft.urgency,
    ],
  );
  const chair = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.chair')}</legend>
        <PersonFields
          value={draft.chair}
          errors={errorsUnder(fe, 'chair')}
          onChange={(chair) => onEdit({ chair })}
        />
      </fieldset>
    ),
    [t, fe, onEdit, draft.chair],
  );
  const attendees = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.attendees')}</legend>
        <PeopleTable
          caption={t('section.attendees')}
          people={draft.attendees}
          errors={errorsUnder(fe, 'attendees')}
          onChange={(attendees) => onEdit({ attendees })}
        />
      </fieldset>
    ),
    [t, fe, onEdit, draft.attendees],
  );
  const connectionPoints = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.connectionPoints')}</legend>
        {!online && draft.connectionPoints.length === 0 && (
          <p className="field__hint">{t('cp.onlyOnline')}</p>
        )}
        <ConnectionPoints
          points={draft.connectionPoints}
          errors={errorsUnder(fe, 'connectionPoints')}
          onChange={(connectionPoints) => onEdit({ connectionPoints })}
        />
      </fieldset>
    ),
    [t, fe, onEdit, online, draft.connectionPoints],
  );
  const conclusions = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.conclusions')}</legend>
        <ConclusionList
          items={draft.conclusions}
          errors={errorsUnder(fe, 'conclusions')}
          onChange={(conclusions) => onEdit({ conclusions })}
          onCreateDirective={!isNew && !dirty ? onCreateDirective : null}
        />
      </fieldset>
    ),
    [t, fe, onEdit, draft.conclusions, isNew, dirty, onCreateDirective],
  );
  const legal = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.legal')}</legend>
        <LegalRefsTable
          refs={draft.legalReferences}
          errors={errorsUnder(fe, 'legalReferences')}
          onChange={(legalReferences) => onEdit({ legalReferences })}
        />
      </fieldset>
    ),
    [t, fe, onEdit, draft.legalReferences],
  );
  const sources = useMemo(
    () => (
      <fieldset className="section">
        <legend>{t('section.sources')}</legend>
        <SourcesTable
          sources={draft.sources}
          errors={errorsUnder(fe, 'sources')}
          onChange={(sources) => onEdit({ sources })}
        />
      </fieldset>
    ),
    [t, fe, onEdit, draft.sources],
  );

  return (
    <RecordEditorForm
      {...props}
      title={isNew ? t('meeting.newTitle') : draft.title || t('meeting.untitled')}
      testId="meeting"
      saveOnSubmit
      extra={
        props.extraActions && <div className="editor__extra-actions">{props.extraActions}</div>
      }
    >
      <div className="editor__body">
        {general}
        {chair}
        {attendees}
        {connectionPoints}
        <fieldset className="section">
          <legend>{t('section.content')}</legend>
          {TEXT_SECTIONS.map(({ key, label }) => (
            <LongTextField
              key={key}
              field={key}
              label={t(label)}
              value={draft[key]}
              error={fe[key]}
              onEdit={onEdit}
            />
          ))}
        </fieldset>
        {conclusions}
        {legal}
        {sources}
      </div>
    </RecordEditorForm>
  );
}

/** One long text of the meeting; memoised, so typing in one leaves the other three alone. */
const LongTextField = memo(function LongTextField({
  field,
  label,
  value,
  error,
  onEdit,
}: {
  field: TextKey;
  label: string;
  value: string;
  error: string | undefined;
  onEdit: (edit: MeetingEdit) => void;
}) {
  return (
    <Field label={label} error={error}>
      {(c) => (
        <LimitedText
          {...c}
          multiline
          rows={4}
          max={LIMITS.long}
          value={value}
          onChange={(next) => onEdit({ [field]: next })}
          data-testid={`meeting-${field}`}
        />
      )}
    </Field>
  );
});
