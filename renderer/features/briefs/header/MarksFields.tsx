// The marks: urgency, secrecy (a secrecy mark shows the legal warning in full), circulation,
// and the "DỰ THẢO" mark.
import { CIRCULATION_TEXT, circulationNote, type CirculationNote } from '../../../../shared/brief';
import { SECRECY_WARNING, secrecyLevel, urgencyLevel } from '../../../../shared/domain';
import { pick, useLanguage, useT } from '../../../i18n';
import { SelectField } from '../../../ui/OptionSelect';
import { SECRECY_LABEL, URGENCY_LABEL } from '../../../ui/labels';
import type { FieldsetProps } from './HeaderText';

const CIRCULATION_LABEL: Record<CirculationNote, string> = {
  ...CIRCULATION_TEXT,
  none: '—',
};

export function MarksFields({ header: h, onChange, readOnly }: Omit<FieldsetProps, 'problems'>) {
  const t = useT();
  const lang = useLanguage();
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.marks')}</legend>
      <div className="grid grid--3">
        <SelectField
          title={t('marks.urgency')}
          value={h.urgency}
          options={urgencyLevel.options}
          label={(u) => t(URGENCY_LABEL[u])}
          data-field="header.urgency"
          onChange={(urgency) => onChange({ urgency })}
        />
        <SelectField
          title={t('marks.secrecy')}
          value={h.secrecy}
          options={secrecyLevel.options}
          label={(s) => t(SECRECY_LABEL[s])}
          data-field="header.secrecy"
          data-testid="brief-secrecy"
          onChange={(secrecy) => onChange({ secrecy })}
        />
        <SelectField
          title={t('briefs.circulation')}
          value={h.circulation}
          options={circulationNote.options}
          label={(n) => CIRCULATION_LABEL[n]}
          data-field="header.circulation"
          onChange={(circulation) => onChange({ circulation })}
        />
      </div>
      {h.secrecy !== 'none' && (
        <p className="secrecy-warning" role="alert" data-testid="secrecy-warning">
          {pick(SECRECY_WARNING, lang)}
        </p>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={h.draft}
          data-field="header.draft"
          onChange={(e) => onChange({ draft: e.target.checked })}
        />
        {t('briefs.draftMark')}
      </label>
    </fieldset>
  );
}
