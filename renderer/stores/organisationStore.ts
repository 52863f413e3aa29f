// The organisation profile's editor (the "Thông tin cơ quan" dialog): its unsaved state lives
// here, not in the dialog, so that autosave writes it as a draft (issue 9: every editor,
// the organisation's too), a lock or a crash can hand it back, and leaving asks first.
// The stored profile itself stays in the briefs store, which fills new briefs' headers from it.
import { create } from 'zustand';
import type { BriefOrganisation } from '../../shared/brief';
import { useBriefsStore } from './briefsStore';

export interface OrganisationEditor {
  /** The profile as the vault holds it when the dialog opened. */
  original: BriefOrganisation;
  draft: BriefOrganisation;
  dirty: boolean;
}

interface OrganisationState {
  /** The open dialog, or null when it is closed. */
  editor: OrganisationEditor | null;
  saving: boolean;
  /** Opens the dialog on the stored profile; false when the vault could not give it. */
  openEditor(): Promise<boolean>;
  editOrganisation(change: (d: BriefOrganisation) => BriefOrganisation): void;
  /** Saves the draft; the dialog closes when the vault took it and stays open otherwise. */
  saveOrganisation(): Promise<boolean>;
  closeEditor(): void;
  reset(): void;
}

export const useOrganisationStore = create<OrganisationState>()((set, get) => ({
  editor: null,
  saving: false,
  async openEditor() {
    await useBriefsStore.getState().loadOrganisation();
    const stored = useBriefsStore.getState().organisation;
    if (!stored) return false;
    set({ editor: { original: stored, draft: stored, dirty: false } });
    return true;
  },
  editOrganisation(change) {
    const e = get().editor;
    if (e) set({ editor: { ...e, draft: change(e.draft), dirty: true } });
  },
  async saveOrganisation() {
    const e = get().editor;
    if (!e) return false;
    set({ saving: true });
    const saved = await useBriefsStore.getState().saveOrganisation(e.draft);
    set({ saving: false });
    // Changes typed while the save was on its way stay on screen (and in the draft).
    if (saved && get().editor?.draft === e.draft) set({ editor: null });
    return saved;
  },
  closeEditor() {
    set({ editor: null });
  },
  reset() {
    set({ editor: null, saving: false });
  },
}));

export const selectOrganisationDirty = (s: Pick<OrganisationState, 'editor'>): boolean =>
  s.editor?.dirty ?? false;
