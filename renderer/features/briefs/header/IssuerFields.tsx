// Who issues the brief, its form, and its number and symbol, printed as it will appear while
// typing, with the reason if the symbol is not in Decree 30 form (document-format.md §1.2).
import {
  briefForm,
  numberLine,
  numberSymbolProblem,
  withTypeAbbrev,
  type BriefForm,
  type NumberSymbolParts,
} from '../../../../shared/brief';
import { ADMINISTRATIVE_TYPES } from '../../../../shared/format/legal-types';
import { pick, useLanguage, useT, type MessageKey } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { OptionSelect } from '../../../ui/OptionSelect';
import { choicesOf, labelKeys } from '../../../ui/labels';
import { headerText, parseNumber, problemOf, type FieldsetProps } from './HeaderText';

const FORM_LABEL: Record<BriefForm, MessageKey> = labelKeys('briefs.form', briefForm.options);

export function IssuerFields({ header: h, onChange, readOnly, problems }: FieldsetProps) {
  const t = useT();
  const text = headerText(problems);
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.headerIssuer')}</legend>
      <div className="grid grid--2">
        {text('superiorBody', t('briefs.superiorBody'), h.superiorBody, (superiorBody) =>
          onChange({ superiorBody }),
        )}
        {text(
          'issuingBody',
          t('briefs.issuingBody'),
          h.issuingBody,
          (issuingBody) => onChange({ issuingBody }),
          { required: true },
        )}
      </div>
      <Field label={t('briefs.form')} hint={t('briefs.formHint')}>
        {(c) => (
          <OptionSelect
            {...c}
            value={h.form}
            {...choicesOf(FORM_LABEL, t)}
            data-field="header.form"
            onChange={(form) => onChange({ form })}
          />
        )}
      </Field>
    </fieldset>
  );
}

export function NumberSymbolFields({ header: h, onChange, readOnly, problems }: FieldsetProps) {
  const t = useT();
  const text = headerText(problems);
  const lang = useLanguage();
  const parts = h.numberSymbol;
  const printed = numberLine(parts, h.form);
  const symbolProblem = numberSymbolProblem(parts, h.form);
  const isLetter = h.form === 'official-letter';
  const editParts = (patch: Partial<NumberSymbolParts>) => {
    // Another type abbreviation may rename the document (the rule is shared/brief/lifecycle.ts).
    if (patch.typeAbbrev !== undefined) {
      const renamed = withTypeAbbrev(h, patch.typeAbbrev);
      onChange({ ...renamed, numberSymbol: { ...renamed.numberSymbol, ...patch } });
    } else onChange({ numberSymbol: { ...parts, ...patch } });
  };
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.numberSymbol')}</legend>
      <div className="grid grid--3">
        <Field
          label={t('briefs.number')}
          hint={t('briefs.numberHint')}
          error={problemOf(problems, 'numberSymbol.number')}
        >
          {(c) => (
            <input
              {...c}
              className="input"
              inputMode="numeric"
              value={parts.number ?? ''}
              data-field="header.numberSymbol.number"
              data-testid="brief-number"
              onChange={(e) => editParts({ number: parseNumber(e.target.value) })}
            />
          )}
        </Field>
        {!isLetter &&
          text(
            'numberSymbol.typeAbbrev',
            t('briefs.typeAbbrev'),
            parts.typeAbbrev,
            (v) => editParts({ typeAbbrev: v.trim() }),
            { list: 'brief-type-abbrevs' },
          )}
        {text('numberSymbol.issuerAbbrev', t('briefs.issuerAbbrev'), parts.issuerAbbrev, (v) =>
          editParts({ issuerAbbrev: v.trim() }),
        )}
        {isLetter &&
          text('numberSymbol.unitAbbrev', t('briefs.unitAbbrev'), parts.unitAbbrev, (v) =>
            editParts({ unitAbbrev: v.trim() }),
          )}
      </div>
      <datalist id="brief-type-abbrevs">
        {[...ADMINISTRATIVE_TYPES].map(([abbrev, name]) => (
          <option key={abbrev} value={abbrev}>
            {name}
          </option>
        ))}
      </datalist>
      {printed && (
        <div>
          <span className="field__label">{t('briefs.printedAs')}</span>{' '}
          <p
            className={`brief-printed${symbolProblem ? ' brief-printed--error' : ''}`}
            data-testid="brief-number-line"
          >
            {printed}
          </p>
          {symbolProblem && (
            <p className="field__error" data-testid="brief-number-problem">
              {pick(symbolProblem, lang)}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
