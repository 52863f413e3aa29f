// The drafts the vault holds (issue 9): what the editors offer to restore ("Khôi phục bản
// nháp", with the draft's time) after a lock, a reload or a crash, and when each editor's
// draft was last written. The drafts themselves stay in the encrypted vault; only the list
// and the body being restored pass through here.
import { create } from 'zustand';
import type { DraftEditor, DraftInfo } from '../../shared/drafts-calls';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';
import { failed } from './failed';

export const draftId = (editor: DraftEditor, key: string) => `${editor}:${key}`;

interface DraftsState {
  /** Drafts found in the vault when it was unlocked or the window loaded, not yet restored or discarded. */
  offers: DraftInfo[];
  /** editor:key → when this window last wrote that draft. */
  written: Record<string, string>;
  /** The vault locked itself for idle time after writing the drafts: said once after unlock. */
  idleNotice: boolean;
  error: AppError | null;

  loadOffers(): Promise<void>;
  /** The draft's saved state (parsed JSON), or null; it leaves the offers. */
  takeDraft(editor: DraftEditor, key: string): Promise<unknown>;
  discardDraft(editor: DraftEditor, key: string): Promise<void>;
  markWritten(editor: DraftEditor, key: string, at: string): void;
  setIdleNotice(on: boolean): void;
  reset(): void;
}

const without = (offers: DraftInfo[], editor: DraftEditor, key: string) =>
  offers.filter((o) => !(o.editor === editor && o.key === key));

export const useDraftsStore = create<DraftsState>()((set, get) => ({
  offers: [],
  written: {},
  idleNotice: false,
  error: null,

  async loadOffers() {
    const r = await getApi()['drafts.list']({});
    if (!failed(r, set)) set({ offers: r.value, error: null });
  },

  async takeDraft(editor, key) {
    const r = await getApi()['drafts.get']({ editor, key });
    if (failed(r, set)) return null;
    set({ offers: without(get().offers, editor, key) });
    if (!r.value) return null;
    return JSON.parse(r.value.body) as unknown;
  },

  async discardDraft(editor, key) {
    const r = await getApi()['drafts.discard']({ editor, key });
    if (!failed(r, set)) set({ offers: without(get().offers, editor, key), error: null });
  },

  markWritten(editor, key, at) {
    set({ written: { ...get().written, [draftId(editor, key)]: at } });
  },

  setIdleNotice(on) {
    set({ idleNotice: on });
  },

  reset() {
    set({ offers: [], written: {}, error: null });
  },
}));
