// The organisation's other signer profiles (issue 10 item 6): a deputy signing "KT.", the head
// signing directly… Each has its authority, title and name; one of them can be made the
// default (it swaps places with the signer above), and "Văn bản mới" lets the drafter choose.
import {
  signingAuthority,
  type BriefOrganisation,
  type SignatureBlock,
  type SigningAuthority,
} from '../../../shared/brief';
import { useT } from '../../i18n';

const EMPTY: SignatureBlock = { authority: 'none', authorityOf: '', title: '', name: '' };
const MAX_SIGNERS = 20;

export function SignerProfiles({
  org,
  onChange,
}: {
  org: BriefOrganisation;
  onChange(patch: Partial<BriefOrganisation>): void;
}) {
  const t = useT();
  const others = org.otherSigners ?? [];
  const set = (i: number, patch: Partial<SignatureBlock>) =>
    onChange({ otherSigners: others.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const text = (i: number, key: 'authorityOf' | 'title' | 'name', label: string) => (
    <input
      className="input"
      aria-label={label}
      placeholder={label}
      value={others[i]![key]}
      onChange={(e) => set(i, { [key]: e.target.value.normalize('NFC') })}
      data-testid={`org-other-${i}-${key}`}
    />
  );
  return (
    <fieldset className="stack" data-testid="signer-profiles">
      <legend>{t('lifecycle.signers')}</legend>
      <p className="muted">{t('lifecycle.signersHint')}</p>
      {others.map((s, i) => (
        <div key={i} className="grid grid--2" data-testid="signer-profile">
          <select
            className="select"
            aria-label={t('briefs.authority')}
            value={s.authority}
            onChange={(e) => set(i, { authority: e.target.value as SigningAuthority })}
          >
            {signingAuthority.options.map((a) => (
              <option key={a} value={a}>
                {a === 'none' ? '—' : `${a}.`}
              </option>
            ))}
          </select>
          {text(i, 'authorityOf', t('briefs.authorityOf'))}
          {text(i, 'title', t('briefs.signerTitle'))}
          {text(i, 'name', t('briefs.signerName'))}
          <div className="form-actions">
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                onChange({
                  signer: s,
                  otherSigners: others.map((o, k) => (k === i ? org.signer : o)),
                })
              }
              data-testid={`org-other-${i}-default`}
            >
              {t('lifecycle.makeDefault')}
            </button>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              onClick={() => onChange({ otherSigners: others.filter((_, k) => k !== i) })}
            >
              {t('lifecycle.removeSigner')}
            </button>
          </div>
        </div>
      ))}
      {others.length < MAX_SIGNERS && (
        <div>
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange({ otherSigners: [...others, { ...EMPTY }] })}
            data-testid="org-add-signer"
          >
            {t('lifecycle.addSigner')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
