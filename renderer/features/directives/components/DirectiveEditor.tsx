// Every field of a directive. The "6 rõ" come first, each labelled with the leadership's
// own name for it, and the badge above them updates as the user fills them. A recommendation
// (kiến nghị) is not a task: it shows its content alone, and the other five "rõ" only once one
// holds something (a task turned into a recommendation keeps what it had, visible).
import { LIMITS } from '../../../../shared/limits';
import { isTask, type DirectiveInput } from '../../../../shared/domain';
import { useT, type MessageKey } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Field } from '../../../ui/Field';
import { fieldOf } from '../../../ui/fieldOf';
import { choicesOf, DIRECTIVE_KIND_LABEL, STATUS_LABEL } from '../../../ui/labels';
import { errorsUnder } from '../../../ui/lists';
import { SelectField } from '../../../ui/OptionSelect';
import { TextField } from '../../../ui/TextField';
import { RecordEditorForm, type RecordEditorProps } from '../../../ui/RecordEditorForm';
import { SecrecyFields } from '../../../ui/SecrecyFields';
import { ProgressNotesList } from './ProgressNotesList';
import { UnitList } from './UnitList';
import { KindBadge } from './KindBadge';
import { RoBadge } from './RoBadge';
import { TimingBadges } from './TimingBadges';
import { Button } from '../../../ui/Button';
import { RecordOptions } from '../../../ui/RecordOptions';
import { PillarField } from '../../PillarField';

export type DirectiveEdit = Partial<DirectiveInput> | ((d: DirectiveInput) => DirectiveInput);

interface Props extends RecordEditorProps<DirectiveInput> {
  today: string;
  meetings: { id: string; label: string }[];
}

type TextKey = 'task' | 'assignee' | 'authority' | 'responsibility' | 'deliverable' | 'leadUnit';

/** How much each free text holds and how many lines it shows (a task is longer than a name). */
const TEXT_SIZE: Record<TextKey, { max: number; rows?: number }> = {
  task: { max: LIMITS.long, rows: 3 },
  deliverable: { max: LIMITS.medium, rows: 2 },
  assignee: { max: LIMITS.short },
  authority: { max: LIMITS.short },
  responsibility: { max: LIMITS.short },
  leadUnit: { max: LIMITS.short },
};

/** The "rõ" beyond the content: a recommendation shows them only when one is filled in. */
const FIVE_RO = ['assignee', 'deadline', 'authority', 'responsibility', 'deliverable'] as const;

export function DirectiveEditor(props: Props) {
  const { draft, isNew, fieldErrors: fe, today, meetings, onEdit } = props;
  const t = useT();
  const field = fieldOf(draft, fe, onEdit);
  const recommendation = !isTask(draft);
  const showFiveRo = !recommendation || FIVE_RO.some((k) => Boolean(draft[k]));
  const text = (key: TextKey, label: MessageKey, hint?: MessageKey) => {
    const { max, rows } = TEXT_SIZE[key];
    return (
      <TextField
        label={t(label)}
        hint={hint && t(hint)}
        multiline={rows !== undefined}
        rows={rows}
        max={max}
        {...field(key)}
        data-testid={`directive-${key}`}
      />
    );
  };

  /** A date of the directive, typed as offices write it (the deadline, the day it was done). */
  const date = (key: 'deadline' | 'completedOn', label: MessageKey, hint?: MessageKey) => {
    const { error, ...box } = field(key);
    return (
      <Field label={t(label)} error={error} hint={hint && t(hint)}>
        {(c) => <DateInput {...c} {...box} />}
      </Field>
    );
  };

  return (
    <RecordEditorForm
      {...props}
      title={isNew ? t('directive.newTitle') : t('directive.editTitle')}
      testId="directive"
    >
      <div className="editor__body">
        <div className="badges badges--editor">
          <KindBadge kind={draft.kind} />
          <RoBadge directive={{ ...draft, deadline: draft.deadline || null }} />
          <TimingBadges
            directive={{
              kind: draft.kind,
              status: draft.status,
              deadline: draft.deadline || null,
              completedOn: draft.completedOn || null,
            }}
            today={today}
          />
        </div>
        <SelectField
          title={t('directive.kind')}
          error={fe.kind}
          hint={t('directive.kindHint')}
          value={draft.kind ?? 'directive'}
          {...choicesOf(DIRECTIVE_KIND_LABEL, t)}
          onChange={(kind) => onEdit({ kind })}
          data-testid="directive-kind"
        />
        <fieldset className="section">
          <legend>{t(recommendation ? 'section.recommendation' : 'section.sixRo')}</legend>
          {recommendation
            ? text('task', 'directive.recommendationText', 'directive.recommendationHint')
            : text('task', 'ro.task', 'directive.taskHint')}
          {showFiveRo && (
            <>
              <div className="grid grid--2">
                {text('assignee', 'ro.assignee', 'directive.assigneeHint')}
                {date('deadline', 'ro.deadline', 'date.hint')}
                {text('authority', 'ro.authority', 'directive.authorityHint')}
                {text('responsibility', 'ro.responsibility', 'directive.responsibilityHint')}
              </div>
              {text('deliverable', 'ro.deliverable', 'directive.deliverableHint')}
            </>
          )}
        </fieldset>

        <fieldset className="section">
          <legend>{t('section.units')}</legend>
          <div className="grid grid--2">
            {text('leadUnit', 'directive.leadUnit')}
            <PillarField title={t('directive.pillar')} {...field('pillar')} />
          </div>
          <p className="subheading">{t('directive.coordinatingUnits')}</p>
          <UnitList
            units={draft.coordinatingUnits}
            errors={errorsUnder(fe, 'coordinatingUnits')}
            onChange={(coordinatingUnits) => onEdit({ coordinatingUnits })}
          />
        </fieldset>

        <fieldset className="section">
          <legend>{t('section.progress')}</legend>
          <div className="grid grid--2">
            <SelectField
              title={t('directive.status')}
              error={fe.status}
              value={draft.status}
              {...choicesOf(STATUS_LABEL, t)}
              // Done dates itself today unless a date was already given; any other status clears it.
              onChange={(status) =>
                onEdit({
                  status,
                  completedOn: status === 'done' ? (draft.completedOn ?? today) : null,
                })
              }
            />
            {draft.status === 'done' && date('completedOn', 'directive.completedOn')}
          </div>
          <p className="subheading">{t('directive.progressNotes')}</p>
          <ProgressNotesList
            notes={draft.progressNotes}
            today={today}
            errors={errorsUnder(fe, 'progressNotes')}
            onChange={(progressNotes) => onEdit({ progressNotes })}
          />
        </fieldset>

        <fieldset className="section">
          <legend>{t('section.origin')}</legend>
          <Field label={t('directive.meeting')} error={fe.meetingId}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={draft.meetingId ?? ''}
                onChange={(e) => onEdit({ meetingId: e.target.value || null, conclusionId: null })}
              >
                <option value="">{t('directive.noMeeting')}</option>
                <RecordOptions records={meetings} label={(m) => m.label} />
              </select>
            )}
          </Field>
          {draft.conclusionId && (
            <p className="field__hint">
              {t('directive.fromConclusion')}{' '}
              <Button look="link" small onClick={() => onEdit({ conclusionId: null })}>
                {t('directive.unlinkConclusion')}
              </Button>
            </p>
          )}
          <SecrecyFields
            secrecy={draft.secrecy}
            onSecrecy={(secrecy) => onEdit({ secrecy })}
            errors={fe}
          />
        </fieldset>
      </div>
    </RecordEditorForm>
  );
}
