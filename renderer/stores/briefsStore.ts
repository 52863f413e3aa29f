// Briefs: the list, and the one brief open in the editor with its draft. Every save is a
// revision in the vault; the draft remembers which revision it was loaded from, so a save over
// someone else's is a conflict, never an overwrite, and the draft stays on screen whatever the
// vault answers. The revisions, the pre-export check and exports, and the organisation profile
// the templates fill the header from are built in briefs/ and joined into this one store.
import { create } from 'zustand';
import type { ExportProblem } from '../../shared/brief';
import type { StoredBrief } from '../../shared/contract';
import { getApi } from '../api/client';
import { briefFailure, draftBrief, draftOf, dropBodyEdits, flushBodyEdits } from './briefs/draft';
import { exportActions } from './briefs/export-actions';
import { organisationActions } from './briefs/organisation-actions';
import { revisionActions } from './briefs/revision-actions';
import { initial, type BriefsState } from './briefs/state';
import { failed } from './failed';

export type { ExportProblem };
export type { BriefDraft, ExportState } from './briefs/state';
export { draftBrief, flushBodyEdits, setPendingBodyReport } from './briefs/draft';

export const selectBriefDirty = (s: Pick<BriefsState, 'draft'>): boolean => s.draft?.dirty ?? false;

export const useBriefsStore = create<BriefsState>()((set, get) => {
  /** Shows what the vault stored: header and body reloaded, revisions refreshed. */
  const adopt = (stored: StoredBrief) => {
    // What the vault holds replaces the draft: a change of the old body must not land on it.
    dropBodyEdits();
    set({ draft: draftOf(stored), error: null, problems: null, viewing: null });
    void get().loadRevisions();
  };
  const slice = { set, get, adopt };

  return {
    ...initial,
    ...revisionActions(slice),
    ...exportActions(slice),
    ...organisationActions(slice),

    async loadBriefs() {
      const meetingId = get().meetingFilter;
      const r = await getApi()['briefs.list'](meetingId ? { meetingId } : {});
      if (get().meetingFilter !== meetingId) return; // a newer filter is on its way
      if (r.ok) set({ summaries: r.value, loaded: true });
      else set({ error: r.error, loaded: true });
    },

    async setMeetingFilter(meetingId) {
      set({ meetingFilter: meetingId });
      await get().loadBriefs();
    },

    async createFromMeeting(template, meetingId) {
      const r = await getApi()['briefs.create']({ template, meetingId });
      if (failed(r, set)) return false;
      set({ saved: false, exporting: { phase: 'idle' }, creating: false });
      adopt(r.value);
      void get().loadBriefs();
      return true;
    },

    async openBrief(id) {
      const r = await getApi()['briefs.get']({ id });
      if (failed(r, set)) return false;
      set({ saved: false, exporting: { phase: 'idle' } });
      adopt(r.value);
      return true;
    },

    closeBrief() {
      dropBodyEdits();
      set({
        draft: null,
        viewing: null,
        revisions: [],
        problems: null,
        saved: false,
        error: null,
        exporting: { phase: 'idle' },
      });
    },

    editHeader(patch) {
      const d = get().draft;
      if (d && !get().viewing)
        set({ draft: { ...d, header: { ...d.header, ...patch }, dirty: true }, saved: false });
    },

    editBody(body, bodyKey) {
      const d = get().draft;
      if (bodyKey !== undefined && d?.bodyKey !== bodyKey) return;
      if (d && !get().viewing) set({ draft: { ...d, body, dirty: true }, saved: false });
    },

    async saveBrief() {
      flushBodyEdits();
      const d = get().draft;
      if (!d || get().saving) return false;
      if (!d.dirty) return true;
      set({ saving: true, error: null });
      const r = await getApi()['briefs.save']({
        id: d.stored.id,
        revision: d.stored.revision,
        brief: draftBrief(d),
      });
      set({ saving: false });
      if (!r.ok) {
        // The draft is kept whole: a conflict or a refusal loses nothing the user typed.
        set({
          error: briefFailure(r.error),
          saved: false,
        });
        return false;
      }
      const now = get().draft;
      if (!now || now.stored.id !== d.stored.id) return true;
      const unchangedSince = now.header === d.header && now.body === d.body;
      set({
        // Typed during the save: stays dirty, with the new revision adopted for the next save.
        draft: { ...now, stored: r.value, dirty: !unchangedSince },
        saved: unchangedSince,
        problems: null,
      });
      void get().loadRevisions();
      void get().loadBriefs();
      return true;
    },

    async saveOverConflict() {
      flushBodyEdits();
      const d = get().draft;
      if (!d) return false;
      const current = await getApi()['briefs.get']({ id: d.stored.id });
      if (!current.ok) {
        set({ error: current.error });
        return false;
      }
      const now = get().draft;
      if (!now || now.stored.id !== d.stored.id) return false;
      set({ draft: { ...now, stored: current.value, dirty: true } });
      return get().saveBrief();
    },

    async deleteBrief() {
      const d = get().draft;
      if (!d) return false;
      const r = await getApi()['briefs.delete']({ id: d.stored.id, revision: d.stored.revision });
      if (!r.ok) {
        set({ error: briefFailure(r.error) });
        return false;
      }
      get().closeBrief();
      await get().loadBriefs();
      return true;
    },

    async reloadBrief() {
      const d = get().draft;
      if (d) await get().openBrief(d.stored.id);
    },

    async refreshStale() {
      flushBodyEdits();
      const d = get().draft;
      if (!d) return;
      const r = await getApi()['briefs.get']({ id: d.stored.id });
      const now = get().draft;
      if (!r.ok || !now || now.stored.id !== d.stored.id) return;
      if (r.value.revision !== now.stored.revision) {
        if (!now.dirty) adopt(r.value);
        return;
      }
      const { staleFigures, deletedFigures } = r.value;
      set({ draft: { ...now, stored: { ...now.stored, staleFigures, deletedFigures } } });
    },

    discardEdits() {
      dropBodyEdits();
      const d = get().draft;
      if (d?.dirty) set({ draft: draftOf(d.stored), saved: false, error: null });
    },

    setCreating(open) {
      set({ creating: open });
    },

    reset() {
      set(initial);
    },
  };
});
