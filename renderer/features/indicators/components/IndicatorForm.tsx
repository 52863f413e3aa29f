// An indicator: what is measured, under which pillar, in which unit.
import { LimitedText } from '../../../ui/LimitedText';
import { LIMITS } from '../../../../shared/limits';
import { pillar, type IndicatorInput, type Pillar } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { PILLAR_LABEL } from '../../../ui/labels';
import type { FieldErrors } from '../../../ui/lists';

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
    <form
      className="panel-form"
      data-testid="indicator-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h2>{isNew ? t('indicator.newTitle') : t('indicator.editTitle')}</h2>
      <Field label={t('indicator.name')} error={fe.name} required>
        {(c) => (
          <LimitedText
            {...c}
            max={LIMITS.short}
            value={draft.name}
            onChange={(name) => onEdit({ name })}
            data-testid="indicator-name"
          />
        )}
      </Field>
      <div className="grid grid--2">
        <Field label={t('indicator.pillar')} error={fe.pillar}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={draft.pillar}
              onChange={(e) => onEdit({ pillar: e.target.value as Pillar })}
            >
              {pillar.options.map((p) => (
                <option key={p} value={p}>
                  {t(PILLAR_LABEL[p])}
                </option>
              ))}
            </select>
          )}
        </Field>
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
      <Field label={t('indicator.description')} error={fe.description}>
        {(c) => (
          <LimitedText
            {...c}
            multiline
            rows={3}
            max={LIMITS.long}
            value={draft.description}
            onChange={(description) => onEdit({ description })}
          />
        )}
      </Field>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={saving}
          data-testid="indicator-save"
        >
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
