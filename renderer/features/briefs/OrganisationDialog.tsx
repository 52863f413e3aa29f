// Who issues and signs this vault's documents: the templates fill the header from it (issuing
// body, the abbreviation in "05/TB-VPCP", drafting unit, place, signer, drafter's initials), so
// it is set once, not per brief. Briefs already drafted keep their own header.
import { useEffect, useState } from 'react';
import {
  signingAuthority,
  type BriefOrganisation,
  type SigningAuthority,
} from '../../../shared/brief';
import { useBriefsStore } from '../../stores/briefsStore';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { SignerProfiles } from './SignerProfiles';

export function OrganisationDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const stored = useBriefsStore((s) => s.organisation);
  const error = useBriefsStore((s) => s.organisationError);
  const [org, setOrg] = useState<BriefOrganisation | null>(stored);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void useBriefsStore
      .getState()
      .loadOrganisation()
      .then(() => setOrg(useBriefsStore.getState().organisation));
  }, []);
  const edit = (patch: Partial<BriefOrganisation>) => setOrg((o) => (o ? { ...o, ...patch } : o));
  const input = (
    key: 'name' | 'superiorBody' | 'abbreviation' | 'draftingUnit' | 'place' | 'drafterInitials',
    label: string,
  ) =>
    org && (
      <Field label={label}>
        {(c) => (
          <input
            {...c}
            className="input"
            value={org[key]}
            onChange={(e) => edit({ [key]: e.target.value.normalize('NFC') })}
            data-testid={`org-${key}`}
          />
        )}
      </Field>
    );
  return (
    <Dialog
      open
      title={t('briefs.organisation')}
      onClose={onClose}
      className="dialog--wide"
      testId="organisation-dialog"
    >
      <ErrorMessage error={error} />
      {org && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            setSaving(true);
            void useBriefsStore
              .getState()
              .saveOrganisation(org)
              .then((saved) => {
                setSaving(false);
                if (saved) onClose();
              });
          }}
        >
          <p className="muted">{t('briefs.organisationHint')}</p>
          {input('superiorBody', t('briefs.superiorBody'))}
          {input('name', t('briefs.issuingBody'))}
          <div className="grid grid--2">
            {input('abbreviation', t('briefs.issuerAbbrev'))}
            {input('draftingUnit', t('briefs.unitAbbrev'))}
            {input('place', t('briefs.place'))}
            {input('drafterInitials', t('briefs.drafter'))}
          </div>
          <div className="grid grid--2">
            <Field label={t('briefs.authority')}>
              {(c) => (
                <select
                  {...c}
                  className="select"
                  value={org.signer.authority}
                  data-testid="org-signer-authority"
                  onChange={(e) =>
                    edit({
                      signer: { ...org.signer, authority: e.target.value as SigningAuthority },
                    })
                  }
                >
                  {signingAuthority.options.map((a) => (
                    <option key={a} value={a}>
                      {a === 'none' ? '—' : `${a}.`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('briefs.authorityOf')}>
              {(c) => (
                <input
                  {...c}
                  className="input"
                  value={org.signer.authorityOf}
                  data-testid="org-signer-authorityOf"
                  onChange={(e) =>
                    edit({
                      signer: { ...org.signer, authorityOf: e.target.value.normalize('NFC') },
                    })
                  }
                />
              )}
            </Field>
            <Field label={t('briefs.signerTitle')}>
              {(c) => (
                <input
                  {...c}
                  className="input"
                  value={org.signer.title}
                  data-testid="org-signer-title"
                  onChange={(e) =>
                    edit({ signer: { ...org.signer, title: e.target.value.normalize('NFC') } })
                  }
                />
              )}
            </Field>
            <Field label={t('briefs.signerName')}>
              {(c) => (
                <input
                  {...c}
                  className="input"
                  value={org.signer.name}
                  onChange={(e) =>
                    edit({ signer: { ...org.signer, name: e.target.value.normalize('NFC') } })
                  }
                  data-testid="org-signer-name"
                />
              )}
            </Field>
          </div>
          <SignerProfiles org={org} onChange={edit} />
          <div className="form-actions form-actions--end">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={saving}
              data-testid="organisation-save"
            >
              {t('briefs.save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
