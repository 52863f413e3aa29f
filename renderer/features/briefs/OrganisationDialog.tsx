// Who issues and signs this vault's documents: the templates fill the header from it (issuing
// body, the abbreviation in "05/TB-VPCP", drafting unit, place, signer, drafter's initials), so
// it is set once, not per brief. Briefs already drafted keep their own header. What is typed
// lives in the organisation store, so it is autosaved as a draft like every other editor.
import {
  HEADER_LIMITS,
  ORGANISATION_LIMITS,
  signingAuthority,
  type BriefOrganisation,
  type SigningAuthority,
} from '../../../shared/brief';
import { useBriefsStore } from '../../stores/briefsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { useOrganisationStore } from '../../stores/organisationStore';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { LimitedText } from '../../ui/LimitedText';
import { SignerProfiles } from './SignerProfiles';

export function OrganisationDialog() {
  const t = useT();
  const error = useBriefsStore((s) => s.organisationError);
  const org = useOrganisationStore((s) => s.editor?.draft ?? null);
  const saving = useOrganisationStore((s) => s.saving);
  const edit = (patch: Partial<BriefOrganisation>) =>
    useOrganisationStore.getState().editOrganisation((o) => ({ ...o, ...patch }));
  // Unsaved changes are asked about, as when leaving any editor (and their draft goes with them).
  const close = () =>
    useNavigationStore.getState().guard(() => useOrganisationStore.getState().closeEditor());
  const input = (key: keyof typeof ORGANISATION_LIMITS, label: string) =>
    org && (
      <Field label={label}>
        {(c) => (
          <LimitedText
            {...c}
            max={ORGANISATION_LIMITS[key]}
            value={org[key]}
            onChange={(v) => edit({ [key]: v.normalize('NFC') })}
            data-testid={`org-${key}`}
          />
        )}
      </Field>
    );
  const signerInput = (key: 'authorityOf' | 'title' | 'name', label: string) =>
    org && (
      <Field label={label}>
        {(c) => (
          <LimitedText
            {...c}
            max={HEADER_LIMITS[`signature.${key}`]}
            value={org.signer[key]}
            onChange={(v) => edit({ signer: { ...org.signer, [key]: v.normalize('NFC') } })}
            data-testid={`org-signer-${key}`}
          />
        )}
      </Field>
    );
  return (
    <Dialog
      open
      title={t('briefs.organisation')}
      onClose={close}
      className="dialog--wide"
      testId="organisation-dialog"
    >
      <ErrorMessage error={error} />
      {org && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void useOrganisationStore.getState().saveOrganisation();
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
            {signerInput('authorityOf', t('briefs.authorityOf'))}
            {signerInput('title', t('briefs.signerTitle'))}
            {signerInput('name', t('briefs.signerName'))}
          </div>
          <SignerProfiles org={org} onChange={edit} />
          <div className="form-actions form-actions--end">
            <button type="button" className="button" onClick={close}>
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
