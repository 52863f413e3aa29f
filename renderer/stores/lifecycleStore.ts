// The document lifecycle in the UI (issue 10): sending a draft for signature and back, issuing
// (the vault gives the number and refuses while a blocking problem remains), a correcting
// document for an issued one, new documents without a meeting, and the outgoing register.
// The open brief itself stays in the briefs store; after each change it is reloaded from the
// vault, so the screen always shows what the vault holds.
import { create } from 'zustand';
import type { MeetingTemplateName, RegisterEntry } from '../../shared/brief';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';
import { downloadBase64 } from '../lib/export-file';
import { useBriefsStore } from './briefsStore';
import { failed } from './failed';

interface LifecycleState {
  busy: boolean;
  /** What the last lifecycle call refused, with the problems (issues) to click through. */
  error: AppError | null;
  issueOpen: boolean;
  register: RegisterEntry[];
  registerYear: number;
  registerLoaded: boolean;
  setIssueOpen(open: boolean): void;
  setStatus(status: 'draft' | 'for-signature'): Promise<boolean>;
  issue(date: string): Promise<boolean>;
  correct(): Promise<boolean>;
  createBlank(template: MeetingTemplateName, signer: number): Promise<boolean>;
  loadRegister(year: number): Promise<void>;
  exportRegister(format: 'csv' | 'xlsx' | 'docx'): Promise<void>;
  clearError(): void;
}

/** The open brief saved first (a change of status applies to what is stored). */
async function savedBrief() {
  const briefs = useBriefsStore.getState();
  if (briefs.draft?.dirty && !(await briefs.saveBrief())) return null;
  return useBriefsStore.getState().draft?.stored ?? null;
}

async function reopen(id: string) {
  await useBriefsStore.getState().openBrief(id);
  void useBriefsStore.getState().loadBriefs();
}

export const useLifecycleStore = create<LifecycleState>()((set, get) => ({
  busy: false,
  error: null,
  issueOpen: false,
  register: [],
  registerYear: new Date().getFullYear(),
  registerLoaded: false,

  setIssueOpen(open) {
    set({ issueOpen: open, error: null });
  },

  clearError() {
    set({ error: null });
  },

  async setStatus(status) {
    const stored = await savedBrief();
    if (!stored) return false;
    set({ busy: true, error: null });
    const r = await getApi()['briefs.setStatus']({
      id: stored.id,
      revision: stored.revision,
      status,
    });
    set({ busy: false, error: r.ok ? null : r.error });
    if (r.ok) await reopen(stored.id);
    return r.ok;
  },

  async issue(date) {
    const stored = await savedBrief();
    if (!stored) return false;
    set({ busy: true, error: null });
    const r = await getApi()['briefs.issue']({ id: stored.id, revision: stored.revision, date });
    set({ busy: false, error: r.ok ? null : r.error, issueOpen: !r.ok, registerLoaded: false });
    if (r.ok) await reopen(stored.id);
    return r.ok;
  },

  async correct() {
    const stored = useBriefsStore.getState().draft?.stored;
    if (!stored) return false;
    set({ busy: true, error: null });
    const r = await getApi()['briefs.correct']({ id: stored.id });
    set({ busy: false, error: r.ok ? null : r.error });
    if (r.ok) await reopen(r.value.id);
    return r.ok;
  },

  async createBlank(template, signer) {
    set({ busy: true, error: null });
    const r = await getApi()['briefs.createBlank']({ template, signer });
    set({ busy: false, error: r.ok ? null : r.error });
    if (r.ok) await reopen(r.value.id);
    return r.ok;
  },

  async loadRegister(year) {
    set({ registerYear: year });
    const r = await getApi()['register.list']({ year });
    if (get().registerYear !== year) return; // a newer year was chosen meanwhile
    if (r.ok) set({ register: r.value, registerLoaded: true, error: null });
    else set({ error: r.error, registerLoaded: true });
  },

  async exportRegister(format) {
    const r = await getApi()['register.export']({ year: get().registerYear, format });
    if (failed(r, set)) return;
    downloadBase64(r.value.fileName, r.value.mime, r.value.base64);
  },
}));
