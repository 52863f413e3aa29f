// The signature block and what goes under it: the signer (shared with the organisation
// profile), the secretary of a biên bản, Nơi nhận ending with the built "- Lưu: VT, …" line,
// the drafter's initials and the number of copies.
import { archiveLine } from '../../../../shared/brief/layout';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import {
  headerLines,
  headerText,
  nfc,
  parseNumber,
  problemOf,
  type FieldsetProps,
} from './HeaderText';
import { SignerFields } from './SignerFields';

export function SignatureFields({ header: h, onChange, readOnly, problems }: FieldsetProps) {
  const t = useT();
  const text = headerText(problems);
  const lines = headerLines({ header: h, onChange, readOnly, problems });
  return (
    <fieldset disabled={readOnly}>
      <legend>{t('briefs.signature')}</legend>
      <SignerFields
        signer={h.signature}
        onChange={(signature) => onChange({ signature })}
        attrs={(key) => ({ 'data-field': `header.signature.${key}` })}
        error={(key) => problemOf(problems, `signature.${key}`)}
        requireName
      />
      {h.form === 'minutes' && (
        <div className="grid grid--2">
          {text(
            'secondSignature.title',
            t('briefs.secretaryTitle'),
            h.secondSignature?.title ?? '',
            (title) =>
              onChange({ secondSignature: { title, name: h.secondSignature?.name ?? '' } }),
          )}
          {text(
            'secondSignature.name',
            t('briefs.secretaryName'),
            h.secondSignature?.name ?? '',
            (name) =>
              onChange({ secondSignature: { title: h.secondSignature?.title ?? 'THƯ KÝ', name } }),
          )}
        </div>
      )}
      {lines('recipients', t('briefs.recipients'), t('briefs.recipientsHint'))}
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
        {text('drafter.initials', t('briefs.drafter'), h.drafter.initials, (initials) =>
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
  );
}
