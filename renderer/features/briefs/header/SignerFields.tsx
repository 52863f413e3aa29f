// Who signs: the authority (TM., KT., TL., TUQ., Q.), on whose behalf, title and name. The
// brief header and the organisation profile show the same four controls with the same limits
// (the profile fills the header), so both use this one.
import {
  HEADER_LIMITS,
  signingAuthority,
  type SignatureBlock,
  type SigningAuthority,
} from '../../../../shared/brief';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { LimitedText } from '../../../ui/LimitedText';
import { OptionSelect } from '../../../ui/OptionSelect';

export const AUTHORITY_TEXT: Record<SigningAuthority, string> = {
  none: '— (người đứng đầu ký trực tiếp)',
  TM: 'TM. (thay mặt tập thể)',
  KT: 'KT. (ký thay)',
  TL: 'TL. (thừa lệnh)',
  TUQ: 'TUQ. (thừa ủy quyền)',
  Q: 'Q. (quyền)',
};

type SignerKey = keyof SignatureBlock;

interface Props {
  signer: SignatureBlock;
  onChange(signer: SignatureBlock): void;
  /** The attributes that name each control for the page (`data-field`, `data-testid`). */
  attrs(key: SignerKey): Record<string, string>;
  /** The check's message for a control, if any. */
  error?(key: SignerKey): string | undefined;
  /** A brief cannot be issued without the signer's name; the profile may leave it for later. */
  requireName?: boolean;
}

export function SignerFields({
  signer,
  onChange,
  attrs,
  error = () => undefined,
  requireName = false,
}: Props) {
  const t = useT();
  const text = (key: Exclude<SignerKey, 'authority'>, label: string, hint?: string) => (
    <Field label={label} error={error(key)} hint={hint} required={requireName && key === 'name'}>
      {(c) => (
        <LimitedText
          {...c}
          {...attrs(key)}
          max={HEADER_LIMITS[`signature.${key}`]}
          value={signer[key]}
          onChange={(v) => onChange({ ...signer, [key]: v.normalize('NFC') })}
        />
      )}
    </Field>
  );
  return (
    <div className="grid grid--2">
      <Field label={t('briefs.authority')}>
        {(c) => (
          <OptionSelect
            {...c}
            {...attrs('authority')}
            value={signer.authority}
            options={signingAuthority.options}
            label={(a) => AUTHORITY_TEXT[a]}
            onChange={(authority) => onChange({ ...signer, authority })}
          />
        )}
      </Field>
      {/* "On whose behalf" means nothing when the head signs directly. */}
      {signer.authority !== 'none' &&
        text('authorityOf', t('briefs.authorityOf'), t('briefs.authorityOfHint'))}
      {text('title', t('briefs.signerTitle'))}
      {text('name', t('briefs.signerName'))}
    </div>
  );
}
