// An indicator: what is measured, under which pillar, in which unit.
import { LIMITS } from '../../../../shared/limits';
import { pillar, type IndicatorInput } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { PILLAR_LABEL } from '../../../ui/labels';
import type { FieldErrors } from '../../../ui/lists';
import { SelectField } from '../../../ui/OptionSelect';
import { PanelForm } from '../../../ui/PanelForm';
import { TextField } from '../../../ui/TextField';

interface Props {
  draft: IndicatorInput;
  isNew: boolean;
  saving: boolean;
  error: AppError | null;
  fieldErrors: FieldErrors;
  onEdit: (patch: Partial<IndicatorInput>) => void;
  onSave: () => void;
  onCancel: () => void;
}

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

export function IndicatorForm({
  draft,
  isNew,
  saving,
  error,
  fieldErrors: fe,
  onEdit,
  onSave,
  onCancel,
}: Props) {
  const t = useT();
  return (
    <PanelForm
      title={isNew ? t('indicator.newTitle') : t('indicator.editTitle')}
      saving={saving}
      error={error}
      onSave={onSave}
      onCancel={onCancel}
      testId="indicator"
    >
      <TextField
        label={t('indicator.name')}
        error={fe.name}
        required
        max={LIMITS.short}
        value={draft.name}
        onChange={(name) => onEdit({ name })}
        data-testid="indicator-name"
      />
      <div className="grid grid--2">
        <SelectField
          title={t('indicator.pillar')}
          error={fe.pillar}
          value={draft.pillar}
          options={pillar.options}
          label={(p) => t(PILLAR_LABEL[p])}
          onChange={(pillar) => onEdit({ pillar })}
        />
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
        error={fe.description}
        multiline
        rows={3}
        max={LIMITS.long}
        value={draft.description}
        onChange={(description) => onEdit({ description })}
      />
    </PanelForm>
  );
}
