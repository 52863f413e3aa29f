// What the document is: place and date, type and abstract (V/v for a công văn), Kính gửi and
// the legal bases (one per line).
import { HEADER_LIMITS } from '../../../../shared/brief';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Field } from '../../../ui/Field';
import { LimitedText } from '../../../ui/LimitedText';
import { LinesInput } from '../LinesInput';
import { HeaderText, nfc, problemOf, type FieldsetProps } from './HeaderText';

export function DocumentFields({ header: h, onChange, readOnly, problems }: FieldsetProps) {
  const t = useT();
  const isLetter = h.form === 'official-letter';
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.headerDocument')}</legend>
      {h.form !== 'minutes' && (
        <div className="grid grid--2">
          <HeaderText
            field="place"
            label={t('briefs.place')}
            value={h.place}
            onChange={(place) => onChange({ place })}
            problems={problems}
            required
          />
          <Field
            label={t('briefs.date')}
            error={problemOf(problems, 'date')}
            hint={t('briefs.dateHint')}
          >
            {(c) => (
              <div data-field="header.date">
                <DateInput
                  {...c}
                  value={h.date}
                  onChange={(date) => onChange({ date: date === '' ? null : date })}
                />
              </div>
            )}
          </Field>
        </div>
      )}
      {!isLetter && (
        <HeaderText
          field="typeName"
          label={t('briefs.typeName')}
          value={h.typeName}
          onChange={(typeName) => onChange({ typeName })}
          problems={problems}
          required
        />
      )}
      <Field
        label={isLetter ? t('briefs.abstractLetter') : t('briefs.abstract')}
        error={problemOf(problems, 'abstract')}
        required
      >
        {(c) => (
          <LimitedText
            {...c}
            multiline
            rows={2}
            max={HEADER_LIMITS.abstract}
            value={h.abstract}
            data-field="header.abstract"
            data-testid="brief-abstract"
            onChange={(v) => onChange({ abstract: nfc(v) })}
          />
        )}
      </Field>
      <Field
        label={t('briefs.addressees')}
        hint={t('briefs.onePerLine')}
        error={problemOf(problems, 'addressees')}
        required={isLetter}
      >
        {(c) => (
          <LinesInput
            control={c}
            field="addressees"
            value={h.addressees}
            disabled={readOnly}
            onChange={(addressees) => onChange({ addressees })}
          />
        )}
      </Field>
      <Field label={t('briefs.legalBases')} hint={t('briefs.legalBasesHint')}>
        {(c) => (
          <LinesInput
            control={c}
            field="legalBases"
            value={h.legalBases}
            disabled={readOnly}
            onChange={(legalBases) => onChange({ legalBases })}
          />
        )}
      </Field>
    </fieldset>
  );
}
