// The marks: urgency, secrecy (a secrecy mark shows the legal warning in full), circulation,
// and the "DỰ THẢO" mark.
import {
  CIRCULATION_TEXT,
  circulationNote,
  type BriefHeader,
  type CirculationNote,
} from '../../../../shared/brief';
import { SECRECY_WARNING, secrecyLevel, urgencyLevel } from '../../../../shared/domain';
import { pick, useLanguage, useT } from '../../../i18n';
import { SelectField } from '../../../ui/OptionSelect';
import { SECRECY_LABEL, URGENCY_LABEL } from '../../../ui/labels';
import type { FieldsetProps } from './HeaderText';

const CIRCULATION_LABEL: Record<CirculationNote, string> = {
  ...CIRCULATION_TEXT,
  none: '—',
};

type MarkKey = 'urgency' | 'secrecy' | 'circulation';

export function MarksFields({ header: h, onChange, readOnly }: Omit<FieldsetProps, 'problems'>) {
  const t = useT();
  const lang = useLanguage();
  // Each mark is a choice of the header under its own key, reached by its path (`header.secrecy`).
  const mark = <K extends MarkKey>(
    key: K,
    title: string,
    options: readonly BriefHeader[K][],
    label: (o: BriefHeader[K]) => string,
  ) => (
    <SelectField<BriefHeader[K]>
      title={title}
      value={h[key]}
      options={options}
      label={label}
      data-field={`header.${key}`}
      data-testid={key === 'secrecy' ? 'brief-secrecy' : undefined}
      onChange={(v) => onChange({ [key]: v })}
    />
  );
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.marks')}</legend>
      <div className="grid grid--3">
        {mark('urgency', t('marks.urgency'), urgencyLevel.options, (u) => t(URGENCY_LABEL[u]))}
        {mark('secrecy', t('marks.secrecy'), secrecyLevel.options, (s) => t(SECRECY_LABEL[s]))}
        {mark(
          'circulation',
          t('briefs.circulation'),
          circulationNote.options,
          (n) => CIRCULATION_LABEL[n],
        )}
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
