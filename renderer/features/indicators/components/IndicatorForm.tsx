// An indicator: what is measured, under which pillar, in which unit.
import { LIMITS } from '../../../../shared/limits';
import type { IndicatorInput } from '../../../../shared/domain';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { fieldOf } from '../../../ui/fieldOf';
import { PanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { TextField } from '../../../ui/TextField';
import { PillarField } from '../../PillarField';

export const COMMON_UNITS = [
  '%',
  'tỷ USD',
  'triệu USD',
  'nghìn tỷ đồng',
  'quốc gia',
  'đối tác',
  'văn bản',
  'nhiệm vụ',
  'chỉ tiêu',
  'dự án',
];

export function IndicatorForm(props: PanelFormProps<IndicatorInput>) {
  const { draft, isNew, fieldErrors: fe, onEdit } = props;
  const t = useT();
  const field = fieldOf(draft, fe, onEdit);
  return (
    <PanelForm
      {...props}
      title={isNew ? t('indicator.newTitle') : t('indicator.editTitle')}
      testId="indicator"
    >
      <TextField
        label={t('indicator.name')}
        required
        max={LIMITS.short}
        {...field('name')}
        data-testid="indicator-name"
      />
      <div className="grid grid--2">
        <PillarField title={t('indicator.pillar')} {...field('pillar')} />
        <Field label={t('indicator.unit')} error={fe.unit} hint={t('indicator.unitHint')}>
          {(c) => (
            <>
              <input
                {...c}
                className="input"
                list="indicator-units"
                value={draft.unit}
                onChange={(e) => onEdit({ unit: e.target.value })}
                data-testid="indicator-unit"
              />
              <datalist id="indicator-units">
                {COMMON_UNITS.map((u) => (
                  <option key={u} value={u} />
                ))}
              </datalist>
            </>
          )}
        </Field>
      </div>
      <TextField
        label={t('indicator.description')}
        multiline
        rows={3}
        max={LIMITS.long}
        {...field('description')}
      />
    </PanelForm>
  );
}
