// The organisation profile as stored: new briefs' headers are filled from it. Its editor (the
// dialog's unsaved state) is organisationStore.ts.
import { getApi } from '../../api/client';
import type { BriefsSlice, BriefsState } from './state';

type OrganisationActions = Pick<BriefsState, 'loadOrganisation' | 'saveOrganisation'>;

export function organisationActions({ set }: BriefsSlice): OrganisationActions {
  return {
    async loadOrganisation() {
      const r = await getApi()['organisation.get']({});
      if (r.ok) set({ organisation: r.value, organisationError: null });
      else set({ organisationError: r.error });
    },

    async saveOrganisation(o) {
      const r = await getApi()['organisation.set'](o);
      if (r.ok) set({ organisation: r.value, organisationError: null });
      else set({ organisationError: r.error });
      return r.ok;
    },
  };
}
