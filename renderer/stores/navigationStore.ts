// Which page is shown, the help panel, and the unsaved-changes guard: anything that would
// leave a dirty editor (another page, another record, lock) goes through `guard`, which asks
// first. The question is shown in the window, not with window.confirm, so it is keyboard-
// friendly, bilingual and testable.
import { create } from 'zustand';
import type { SearchHit } from '../../shared/contract';
import { selectOrganisationDirty, useOrganisationStore } from './organisationStore';
import { useMeetingsStore } from './meetingsStore';
import { useDirectivesStore } from './directivesStore';
import { useIndicatorsStore, selectIndicatorFormDirty } from './indicatorsStore';
import { flushBodyEdits, useBriefsStore, selectBriefDirty } from './briefsStore';
import { dropDrafts } from './draft-autosave';
import type { View } from '../lib/views';

export type { View } from '../lib/views';

interface NavigationState {
  view: View;
  helpOpen: boolean;
  /** What the user asked to do while an editor had unsaved changes. */
  pendingLeave: (() => void) | null;

  /** Runs `action` now, or after the user agrees to drop unsaved changes. */
  guard(action: () => void): void;
  confirmLeave(): void;
  cancelLeave(): void;
  navigate(view: View): void;
  openHit(hit: SearchHit): void;
  /** Opens a record in its register (a search hit, an item of the home screen). */
  openRecord(kind: SearchHit['type'], id: string): void;
  setHelpOpen(open: boolean): void;
  reset(): void;
}

export function hasUnsavedChanges(): boolean {
  flushBodyEdits();
  return (
    (useMeetingsStore.getState().editor?.dirty ?? false) ||
    (useDirectivesStore.getState().editor?.dirty ?? false) ||
    selectIndicatorFormDirty(useIndicatorsStore.getState()) ||
    selectBriefDirty(useBriefsStore.getState()) ||
    selectOrganisationDirty(useOrganisationStore.getState())
  );
}

/** Leaving means the drafts are gone: close every editor so the next page starts clean. */
function discardDrafts() {
  useMeetingsStore.getState().closeMeeting();
  useDirectivesStore.getState().closeDirective();
  useIndicatorsStore.getState().closeForms();
  useOrganisationStore.getState().closeEditor();
  // A brief with nothing unsaved stays open, so the user can check a figure in the registers
  // and come back to it; one with unsaved changes the user agreed to drop is closed.
  if (selectBriefDirty(useBriefsStore.getState())) useBriefsStore.getState().closeBrief();
}

export const useNavigationStore = create<NavigationState>()((set, get) => ({
  // The home screen is the first after unlock (issue 13 §1).
  view: 'home',
  helpOpen: false,
  pendingLeave: null,

  guard(action) {
    if (hasUnsavedChanges()) set({ pendingLeave: action });
    else action();
  },

  confirmLeave() {
    const action = get().pendingLeave;
    set({ pendingLeave: null });
    // The user chose to drop the changes: their autosaved drafts go too.
    void dropDrafts();
    discardDrafts();
    action?.();
  },

  cancelLeave() {
    set({ pendingLeave: null });
  },

  navigate(view) {
    if (view === get().view) return;
    get().guard(() => {
      discardDrafts();
      set({ view });
    });
  },

  openHit(hit) {
    // A figure opens its indicator, with that figure's row marked (issue 13 §6).
    if (hit.type === 'observation' && hit.indicatorId !== undefined)
      get().guard(() => {
        discardDrafts();
        set({ view: 'indicators' });
        useIndicatorsStore.getState().focusIndicator(hit.indicatorId ?? null, hit.id);
      });
    else get().openRecord(hit.type, hit.id);
  },

  openRecord(kind, id) {
    get().guard(() => {
      discardDrafts();
      if (kind === 'meeting') {
        set({ view: 'meetings' });
        void useMeetingsStore.getState().openMeeting(id);
      } else if (kind === 'directive') {
        set({ view: 'directives' });
        void useDirectivesStore.getState().openDirective(id);
      } else if (kind === 'brief') {
        set({ view: 'briefs' });
        void useBriefsStore.getState().openBrief(id);
      } else {
        set({ view: 'indicators' });
        useIndicatorsStore.getState().focusIndicator(id);
      }
    });
  },

  setHelpOpen(open) {
    set({ helpOpen: open });
  },

  reset() {
    // Locked: the next unlock starts at the home screen, as the first one did.
    set({ pendingLeave: null, helpOpen: false, view: 'home' });
  },
}));
