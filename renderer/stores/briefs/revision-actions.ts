// The open brief's revisions: the list, one shown read-only, a restore (a new revision with the
// old content), and the refresh of stale figures (also a revision of what the user sees).
import { getApi } from '../../api/client';
import { briefFailure, savedDraft } from './draft';
import type { BriefsSlice, BriefsState } from './state';
import { failed } from '../failed';

type RevisionActions = Pick<
  BriefsState,
  'loadRevisions' | 'viewRevision' | 'restoreRevision' | 'refreshFigures'
>;

export function revisionActions({ set, get, adopt }: BriefsSlice): RevisionActions {
  return {
    async loadRevisions() {
      const d = get().draft;
      if (!d) return;
      const r = await getApi()['briefs.revisions']({ id: d.stored.id });
      if (r.ok && get().draft?.stored.id === d.stored.id) set({ revisions: r.value });
    },

    async viewRevision(revision) {
      const d = get().draft;
      if (!d || revision === null) {
        set({ viewing: null });
        return;
      }
      const r = await getApi()['briefs.revision']({ id: d.stored.id, revision });
      if (!failed(r, set)) set({ viewing: { revision, brief: r.value } });
    },

    async restoreRevision(from) {
      const d = get().draft;
      if (!d) return false;
      const r = await getApi()['briefs.restore']({
        id: d.stored.id,
        revision: d.stored.revision,
        from,
      });
      if (!r.ok) {
        set({ error: briefFailure(r.error) });
        return false;
      }
      set({ saved: false });
      adopt(r.value);
      void get().loadBriefs();
      return true;
    },

    async refreshFigures() {
      // Unsaved edits are saved first: the refresh is a revision of what the user sees.
      const d = await savedDraft(get);
      if (!d) return false;
      const r = await getApi()['briefs.refreshFigures']({
        id: d.stored.id,
        revision: d.stored.revision,
      });
      if (!r.ok) {
        set({ error: briefFailure(r.error) });
        return false;
      }
      adopt(r.value);
      void get().loadBriefs();
      return true;
    },
  };
}
