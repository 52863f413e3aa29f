// Who issues and signs this vault's documents: the templates fill the header from it (issuing
// body, the abbreviation in "05/TB-VPCP", drafting unit, place, signer, drafter's initials), so
// it is set once, not per brief. Briefs already drafted keep their own header. What is typed
// lives in the organisation store, so it is autosaved as a draft like every other editor.
import { ORGANISATION_LIMITS, type BriefOrganisation } from '../../../shared/brief';
import { useBriefsStore } from '../../stores/briefsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { useOrganisationStore } from '../../stores/organisationStore';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { LimitedText } from '../../ui/LimitedText';
import { SignerFields } from './header/SignerFields';
import { SignerProfiles } from './SignerProfiles';
import { DialogActions } from '../../ui/DialogActions';

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
          <SignerFields
            signer={org.signer}
            onChange={(signer) => edit({ signer })}
            attrs={(key) => ({ 'data-testid': `org-signer-${key}` })}
          />
          <SignerProfiles org={org} onChange={edit} />
          <DialogActions
            onCancel={close}
            submit={t('briefs.save')}
            disabled={saving}
            submitTestId="organisation-save"
          />
        </form>
      )}
    </Dialog>
  );
}
