// One figure of an indicator's series: value and optional target typed the Vietnamese way,
// the period it covers, when it was published and by whom, and how final it is.
import { LIMITS } from '../../../../shared/limits';
import { type ObservationStatus, type Period } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Field } from '../../../ui/Field';
import { fieldOf } from '../../../ui/fieldOf';
import { choicesOf, OBSERVATION_STATUS_LABEL } from '../../../ui/labels';
import { SelectField } from '../../../ui/OptionSelect';
import { PanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { TextField } from '../../../ui/TextField';
import { NumberInput } from '../../../ui/NumberInput';
import { PeriodPicker } from './PeriodPicker';

export interface ObservationFormValue {
  value: number | null;
  period: Period;
  asOf: string | null;
  source: string;
  status: ObservationStatus;
  comparison: string;
  target: number | null;
}

interface Props extends PanelFormProps<ObservationFormValue> {
  indicatorName: string;
  unit: string;
}

export function ObservationForm(props: Props) {
  const { indicatorName, unit, draft, isNew, fieldErrors: fe, onEdit } = props;
  const t = useT();
  const field = fieldOf(draft, fe, onEdit);
  const periodError = Object.entries(fe).find(
    ([k]) => k === 'period' || k.startsWith('period.'),
  )?.[1];
  // The figure and its target are the same box: a number in the indicator's unit.
  const number = (
    key: 'value' | 'target',
    label: string,
    more: { hint?: string; required?: boolean; placeholder?: string; 'data-testid'?: string } = {},
  ) => {
    const { hint, required, ...box } = more;
    const { error, ...bound } = field(key);
    return (
      <Field label={label} error={error} hint={hint} required={required}>
        {(c) => <NumberInput {...c} {...box} {...bound} unit={unit} />}
      </Field>
    );
  };
  return (
    <PanelForm
      {...props}
      title={isNew ? t('obs.newTitle') : t('obs.editTitle')}
      testId="observation"
    >
      <p className="lead">
        {indicatorName}
        {unit && <span className="muted"> ({unit})</span>}
      </p>
      <div className="grid grid--2">
        {number('value', unit ? t('obs.valueIn', { unit }) : t('obs.value'), {
          hint: t('obs.valueHint'),
          required: true,
          placeholder: '7,52',
          'data-testid': 'observation-value',
        })}
        {number('target', t('obs.target'))}
      </div>
      <PeriodPicker
        value={draft.period}
        onChange={(period) => onEdit({ period })}
        error={periodError}
      />
      <div className="grid grid--2">
        <Field label={t('obs.asOf')} error={fe.asOf} hint={t('date.hint')}>
          {(c) => <DateInput {...c} value={draft.asOf} onChange={(asOf) => onEdit({ asOf })} />}
        </Field>
        <SelectField
          title={t('obs.status')}
          {...field('status')}
          {...choicesOf(OBSERVATION_STATUS_LABEL, t)}
        />
      </div>
      <TextField label={t('obs.source')} max={LIMITS.title} {...field('source')} />
      <TextField
        label={t('obs.comparison')}
        hint={t('obs.comparisonHint')}
        multiline
        rows={2}
        max={LIMITS.medium}
        {...field('comparison')}
      />
    </PanelForm>
  );
}
