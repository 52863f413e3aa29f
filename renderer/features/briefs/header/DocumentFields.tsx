// What the document is: place and date, type and abstract (V/v for a công văn), Kính gửi and
// the legal bases (one per line).
import { HEADER_LIMITS } from '../../../../shared/brief';
import { useT } from '../../../i18n';
import { DateInput } from '../../../ui/DateInput';
import { Field } from '../../../ui/Field';
import { LimitedText } from '../../../ui/LimitedText';
import { headerLines, headerText, nfc, problemOf, type FieldsetProps } from './HeaderText';

export function DocumentFields({ header: h, onChange, readOnly, problems }: FieldsetProps) {
  const t = useT();
  const text = headerText(problems);
  const lines = headerLines({ header: h, onChange, readOnly, problems });
  const isLetter = h.form === 'official-letter';
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.headerDocument')}</legend>
      {h.form !== 'minutes' && (
        <div className="grid grid--2">
          {text('place', t('briefs.place'), h.place, (place) => onChange({ place }), {
            required: true,
          })}
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
      {!isLetter &&
        text('typeName', t('briefs.typeName'), h.typeName, (typeName) => onChange({ typeName }), {
          required: true,
        })}
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
      {lines('addressees', t('briefs.addressees'), t('briefs.onePerLine'), isLetter)}
      {lines('legalBases', t('briefs.legalBases'), t('briefs.legalBasesHint'))}
    </fieldset>
  );
}
