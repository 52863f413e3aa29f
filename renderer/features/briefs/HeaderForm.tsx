// The Decree 30 header of a brief (document-format.md §1.2), every component of briefHeader:
// who issues it, its number and symbol (printed as it will appear while typing, with the reason
// if the symbol is not in Decree 30 form), place and date, type and abstract (V/v for a công
// văn), Kính gửi, legal bases, the signature, Nơi nhận ending with the built "- Lưu: VT, …"
// line, drafter and copies, and the marks; a secrecy mark shows the legal warning in full.
// Every control carries its path in data-field so a problem of the check can take the user to it.
import {
  briefForm,
  CIRCULATION_TEXT,
  circulationNote,
  HEADER_LIMITS,
  numberLine,
  numberSymbolProblem,
  signingAuthority,
  withTypeAbbrev,
  type BriefForm,
  type BriefHeader,
  type CirculationNote,
  type HeaderTextField,
  type NumberSymbolParts,
  type SigningAuthority,
} from '../../../shared/brief';
import { archiveLine } from '../../../shared/brief/layout';
import {
  SECRECY_WARNING,
  secrecyLevel,
  urgencyLevel,
  type SecrecyLevel,
  type UrgencyLevel,
} from '../../../shared/domain';
import { ADMINISTRATIVE_TYPES } from '../../../shared/format/legal-types';
import { pick, useLanguage, useT, type MessageKey } from '../../i18n';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { LimitedText } from '../../ui/LimitedText';
import { LinesInput } from './LinesInput';
import { SECRECY_LABEL, URGENCY_LABEL } from '../../ui/labels';

interface Props {
  header: BriefHeader;
  onChange(patch: Partial<BriefHeader>): void;
  readOnly: boolean;
  /** Field path → message, from the pre-export check (`header.abstract`). */
  problems: Record<string, string>;
}

export const AUTHORITY_TEXT: Record<SigningAuthority, string> = {
  none: '— (người đứng đầu ký trực tiếp)',
  TM: 'TM. (thay mặt tập thể)',
  KT: 'KT. (ký thay)',
  TL: 'TL. (thừa lệnh)',
  TUQ: 'TUQ. (thừa ủy quyền)',
  Q: 'Q. (quyền)',
};

const FORM_LABEL: Record<BriefForm, MessageKey> = {
  named: 'briefs.form.named',
  'official-letter': 'briefs.form.official-letter',
  minutes: 'briefs.form.minutes',
  internal: 'briefs.form.internal',
};

const CIRCULATION_LABEL: Record<CirculationNote, string> = {
  ...CIRCULATION_TEXT,
  none: '—',
};

const nfc = (s: string) => s.normalize('NFC');

/** The number typed as digits; anything else leaves it blank (the clerk's gap on a draft). */
function parseNumber(raw: string): number | null {
  const digits = raw.replace(/\D/g, '');
  const n = Number(digits);
  return digits === '' || n < 1 ? null : Math.min(n, 9_999_999);
}

export function HeaderForm({ header: h, onChange, readOnly, problems }: Props) {
  const t = useT();
  const lang = useLanguage();
  const err = (field: string) => problems[`header.${field}`];
  const parts = h.numberSymbol;
  const printed = numberLine(parts, h.form);
  const symbolProblem = numberSymbolProblem(parts, h.form);
  const editParts = (patch: Partial<NumberSymbolParts>) => {
    // Another type abbreviation may rename the document (the rule is shared/brief/lifecycle.ts).
    if (patch.typeAbbrev !== undefined) {
      const renamed = withTypeAbbrev(h, patch.typeAbbrev);
      onChange({ ...renamed, numberSymbol: { ...renamed.numberSymbol, ...patch } });
    } else onChange({ numberSymbol: { ...parts, ...patch } });
  };

  // Every one-line field shows its limit near it and refuses an over-long paste (issue 9 §2).
  const input = (
    field: HeaderTextField,
    label: string,
    value: string,
    set: (v: string) => void,
    opts: { required?: boolean; hint?: string; list?: string } = {},
  ) => (
    <Field label={label} error={err(field)} required={opts.required} hint={opts.hint}>
      {(c) => (
        <LimitedText
          {...c}
          max={HEADER_LIMITS[field]}
          value={value}
          list={opts.list}
          data-field={`header.${field}`}
          onChange={(v) => set(nfc(v))}
        />
      )}
    </Field>
  );
  const isLetter = h.form === 'official-letter';

  return (
    <form
      className="brief-header-form"
      data-testid="brief-header-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset disabled={readOnly}>
        <legend>{t('briefs.headerIssuer')}</legend>
        <div className="grid grid--2">
          {input('superiorBody', t('briefs.superiorBody'), h.superiorBody, (superiorBody) =>
            onChange({ superiorBody }),
          )}
          {input(
            'issuingBody',
            t('briefs.issuingBody'),
            h.issuingBody,
            (issuingBody) => onChange({ issuingBody }),
            { required: true },
          )}
        </div>
        <Field label={t('briefs.form')} hint={t('briefs.formHint')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={h.form}
              data-field="header.form"
              onChange={(e) => onChange({ form: e.target.value as BriefForm })}
            >
              {briefForm.options.map((f) => (
                <option key={f} value={f}>
                  {t(FORM_LABEL[f])}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      {h.form !== 'internal' && (
        <fieldset disabled={readOnly}>
          <legend>{t('briefs.numberSymbol')}</legend>
          <div className="grid grid--3">
            <Field
              label={t('briefs.number')}
              hint={t('briefs.numberHint')}
              error={err('numberSymbol.number')}
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
            {isLetter
              ? null
              : input(
                  'numberSymbol.typeAbbrev',
                  t('briefs.typeAbbrev'),
                  parts.typeAbbrev,
                  (v) => editParts({ typeAbbrev: v.trim() }),
                  { list: 'brief-type-abbrevs' },
                )}
            {input('numberSymbol.issuerAbbrev', t('briefs.issuerAbbrev'), parts.issuerAbbrev, (v) =>
              editParts({ issuerAbbrev: v.trim() }),
            )}
            {isLetter &&
              input('numberSymbol.unitAbbrev', t('briefs.unitAbbrev'), parts.unitAbbrev, (v) =>
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
      )}

      <fieldset disabled={readOnly}>
        <legend>{t('briefs.headerDocument')}</legend>
        {h.form !== 'minutes' && (
          <div className="grid grid--2">
            {input('place', t('briefs.place'), h.place, (place) => onChange({ place }), {
              required: true,
            })}
            <Field label={t('briefs.date')} error={err('date')} hint={t('briefs.dateHint')}>
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
          input(
            'typeName',
            t('briefs.typeName'),
            h.typeName,
            (typeName) => onChange({ typeName }),
            {
              required: true,
            },
          )}
        <Field
          label={isLetter ? t('briefs.abstractLetter') : t('briefs.abstract')}
          error={err('abstract')}
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
          error={err('addressees')}
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

      {h.form !== 'internal' && (
        <fieldset disabled={readOnly}>
          <legend>{t('briefs.signature')}</legend>
          <div className="grid grid--2">
            <Field label={t('briefs.authority')}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={h.signature.authority}
                  data-field="header.signature.authority"
                  onChange={(e) =>
                    onChange({
                      signature: { ...h.signature, authority: e.target.value as SigningAuthority },
                    })
                  }
                >
                  {signingAuthority.options.map((a) => (
                    <option key={a} value={a}>
                      {AUTHORITY_TEXT[a]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {h.signature.authority !== 'none' &&
              input(
                'signature.authorityOf',
                t('briefs.authorityOf'),
                h.signature.authorityOf,
                (authorityOf) => onChange({ signature: { ...h.signature, authorityOf } }),
                { hint: t('briefs.authorityOfHint') },
              )}
            {input('signature.title', t('briefs.signerTitle'), h.signature.title, (title) =>
              onChange({ signature: { ...h.signature, title } }),
            )}
            {input(
              'signature.name',
              t('briefs.signerName'),
              h.signature.name,
              (name) => onChange({ signature: { ...h.signature, name } }),
              { required: true },
            )}
          </div>
          {h.form === 'minutes' && (
            <div className="grid grid--2">
              {input(
                'secondSignature.title',
                t('briefs.secretaryTitle'),
                h.secondSignature?.title ?? '',
                (title) =>
                  onChange({ secondSignature: { title, name: h.secondSignature?.name ?? '' } }),
              )}
              {input(
                'secondSignature.name',
                t('briefs.secretaryName'),
                h.secondSignature?.name ?? '',
                (name) =>
                  onChange({
                    secondSignature: { title: h.secondSignature?.title ?? 'THƯ KÝ', name },
                  }),
              )}
            </div>
          )}
          <Field
            label={t('briefs.recipients')}
            hint={t('briefs.recipientsHint')}
            error={err('recipients')}
          >
            {(c) => (
              <LinesInput
                control={c}
                field="recipients"
                value={h.recipients}
                disabled={readOnly}
                onChange={(recipients) => onChange({ recipients })}
              />
            )}
          </Field>
          <div className="grid grid--3">
            <Field label={t('briefs.archiveUnits')} hint={t('briefs.archiveUnitsHint')}>
              {(c) => (
                <input
                  {...c}
                  className="input"
                  value={h.archiveUnits.join(', ')}
                  data-field="header.archiveUnits"
                  onChange={(e) =>
                    onChange({
                      archiveUnits: nfc(e.target.value)
                        .split(',')
                        .map((u) => u.trim())
                        .filter(Boolean),
                    })
                  }
                />
              )}
            </Field>
            {input('drafter.initials', t('briefs.drafter'), h.drafter.initials, (initials) =>
              onChange({ drafter: { ...h.drafter, initials: initials.trim() } }),
            )}
            <Field label={t('briefs.copies')}>
              {(c) => (
                <input
                  {...c}
                  className="input"
                  inputMode="numeric"
                  value={h.drafter.copies ?? ''}
                  data-field="header.drafter.copies"
                  onChange={(e) =>
                    onChange({ drafter: { ...h.drafter, copies: parseNumber(e.target.value) } })
                  }
                />
              )}
            </Field>
          </div>
          <div>
            <span className="field__label">{t('briefs.archiveLine')}</span>{' '}
            <p className="brief-printed" data-testid="brief-archive-line">
              {archiveLine(h)}
            </p>
          </div>
        </fieldset>
      )}

      <fieldset disabled={readOnly}>
        <legend>{t('briefs.marks')}</legend>
        <div className="grid grid--3">
          <Field label={t('marks.urgency')}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={h.urgency}
                data-field="header.urgency"
                onChange={(e) => onChange({ urgency: e.target.value as UrgencyLevel })}
              >
                {urgencyLevel.options.map((u) => (
                  <option key={u} value={u}>
                    {t(URGENCY_LABEL[u])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('marks.secrecy')}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={h.secrecy}
                data-field="header.secrecy"
                data-testid="brief-secrecy"
                onChange={(e) => onChange({ secrecy: e.target.value as SecrecyLevel })}
              >
                {secrecyLevel.options.map((s) => (
                  <option key={s} value={s}>
                    {t(SECRECY_LABEL[s])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('briefs.circulation')}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={h.circulation}
                data-field="header.circulation"
                onChange={(e) => onChange({ circulation: e.target.value as CirculationNote })}
              >
                {circulationNote.options.map((n) => (
                  <option key={n} value={n}>
                    {CIRCULATION_LABEL[n]}
                  </option>
                ))}
              </select>
            )}
          </Field>
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
    </form>
  );
}
