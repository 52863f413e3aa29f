// Every field of a directive. The "6 rõ" come first, each labelled with the leadership's
// own name for it, and the badge above them updates as the user fills them.
import { LIMITS } from '../../../../shared/limits';
import {
  directiveKind,
  directiveStatus,
  pillar,
  type DirectiveInput,
} from '../../../../shared/domain';
import { useT, type MessageKey } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Field } from '../../../ui/Field';
import { DIRECTIVE_KIND_LABEL, PILLAR_LABEL, STATUS_LABEL } from '../../../ui/labels';
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

export type DirectiveEdit = Partial<DirectiveInput> | ((d: DirectiveInput) => DirectiveInput);

interface Props extends RecordEditorProps<DirectiveInput> {
  today: string;
  meetings: { id: string; label: string }[];
}

type RoTextKey = 'assignee' | 'authority' | 'responsibility';
const RO_TEXT: { key: RoTextKey; label: MessageKey; hint: MessageKey }[] = [
  { key: 'assignee', label: 'ro.assignee', hint: 'directive.assigneeHint' },
  { key: 'authority', label: 'ro.authority', hint: 'directive.authorityHint' },
  { key: 'responsibility', label: 'ro.responsibility', hint: 'directive.responsibilityHint' },
];

export function DirectiveEditor(props: Props) {
  const { draft, isNew, fieldErrors: fe, today, meetings, onEdit } = props;
  const t = useT();
  const roField = ({ key, label, hint }: (typeof RO_TEXT)[number]) => (
    <TextField
      key={key}
      label={t(label)}
      error={fe[key]}
      hint={t(hint)}
      max={LIMITS.short}
      value={draft[key]}
      onChange={(value) => onEdit({ [key]: value })}
    />
  );

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
          options={directiveKind.options}
          label={(k) => t(DIRECTIVE_KIND_LABEL[k])}
          onChange={(kind) => onEdit({ kind })}
          data-testid="directive-kind"
        />
        <fieldset className="section">
          <legend>{t('section.sixRo')}</legend>
          <TextField
            label={t('ro.task')}
            error={fe.task}
            hint={t('directive.taskHint')}
            multiline
            rows={3}
            max={LIMITS.long}
            value={draft.task}
            onChange={(task) => onEdit({ task })}
            data-testid="directive-task"
          />
          <div className="grid grid--2">
            {RO_TEXT.slice(0, 1).map(roField)}
            <Field label={t('ro.deadline')} error={fe.deadline} hint={t('date.hint')}>
              {(c) => (
                <DateInput
                  {...c}
                  value={draft.deadline}
                  onChange={(deadline) => onEdit({ deadline })}
                />
              )}
            </Field>
            {RO_TEXT.slice(1).map(roField)}
          </div>
          <TextField
            label={t('ro.deliverable')}
            error={fe.deliverable}
            hint={t('directive.deliverableHint')}
            multiline
            rows={2}
            max={LIMITS.medium}
            value={draft.deliverable}
            onChange={(deliverable) => onEdit({ deliverable })}
          />
        </fieldset>

        <fieldset className="section">
          <legend>{t('section.units')}</legend>
          <div className="grid grid--2">
            <TextField
              label={t('directive.leadUnit')}
              error={fe.leadUnit}
              max={LIMITS.short}
              value={draft.leadUnit}
              onChange={(leadUnit) => onEdit({ leadUnit })}
            />
            <SelectField
              title={t('directive.pillar')}
              error={fe.pillar}
              value={draft.pillar}
              options={pillar.options}
              label={(p) => t(PILLAR_LABEL[p])}
              onChange={(pillar) => onEdit({ pillar })}
            />
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
              options={directiveStatus.options}
              label={(s) => t(STATUS_LABEL[s])}
              // Done dates itself today unless a date was already given; any other status clears it.
              onChange={(status) =>
                onEdit({
                  status,
                  completedOn: status === 'done' ? (draft.completedOn ?? today) : null,
                })
              }
            />
            {draft.status === 'done' && (
              <Field label={t('directive.completedOn')} error={fe.completedOn}>
                {(c) => (
                  <DateInput
                    {...c}
                    value={draft.completedOn}
                    onChange={(completedOn) => onEdit({ completedOn })}
                  />
                )}
              </Field>
            )}
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
                {meetings.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.conclusionId && (
            <p className="field__hint">
              {t('directive.fromConclusion')}{' '}
              <button
                type="button"
                className="button button--link button--small"
                onClick={() => onEdit({ conclusionId: null })}
              >
                {t('directive.unlinkConclusion')}
              </button>
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
