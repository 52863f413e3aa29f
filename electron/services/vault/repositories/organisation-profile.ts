// The organisation profile (one row): who issues and signs the briefs drafted in this vault.
// Until the user sets it, it is derived from the vault's organisation name, in Hà Nội, with
// the abbreviation and signer left for the user (the pre-export check asks for them).
import type { BriefOrganisation } from '../../../../shared/brief';
import type { VaultContext } from '../context';

export function defaultProfile(organisation: string): BriefOrganisation {
  return {
    name: organisation,
    superiorBody: '',
    abbreviation: '',
    draftingUnit: '',
    place: 'Hà Nội',
    signer: { authority: 'none', authorityOf: '', title: '', name: '' },
    drafterInitials: '',
  };
}

export const organisationProfileRepository = (ctx: VaultContext) => ({
  get: (): BriefOrganisation => {
    const row = ctx.stmt('SELECT body FROM organisation_profile WHERE singleton = 1').get() as
      { body: string } | undefined;
    return row ? (JSON.parse(row.body) as BriefOrganisation) : defaultProfile(ctx.organisation);
  },
  set: (profile: BriefOrganisation): BriefOrganisation => {
    ctx
      .stmt(
        'INSERT INTO organisation_profile (singleton, body, updated_at) VALUES (1, @body, @at) ' +
          'ON CONFLICT (singleton) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at',
      )
      .run({ body: JSON.stringify(profile), at: new Date().toISOString() });
    return profile;
  },
});
