// Briefs: the list, the one brief open in the editor with its draft, revisions, the pre-export
// check and exports, and the organisation profile the templates fill the header from. Every save is a revision in the vault; the draft remembers
// which revision it was loaded from, so a save over someone else's is a conflict, never an
// overwrite, and the draft stays on screen whatever the vault answers.
import { create } from 'zustand';
import { asDraftWarnings } from '../../shared/brief/check';
import type {
  BodyDoc,
  Brief,
  BriefHeader,
  BriefOrganisation,
  ExportProblem,
  MeetingTemplateName,
} from '../../shared/brief';
import type {
  BriefRevisionInfo,
  BriefSummary,
  ExportFormat,
  StoredBrief,
} from '../../shared/contract';
import type { AppError } from '../../shared/result';
import { getApi } from '../api/client';
import { exportBriefFile, type DeliveredExport } from '../lib/export-file';

export type { ExportProblem };

export interface BriefDraft {
  stored: StoredBrief;
  header: BriefHeader;
  body: BodyDoc;
  dirty: boolean;
  /** Changes whenever the body must be reloaded into the editor (open, restore, refresh). */
  bodyKey: string;
}

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'checking' | 'exporting'; format: ExportFormat; startedAt: number }
  | { phase: 'confirm-warnings'; format: ExportFormat; problems: ExportProblem[] }
  | { phase: 'blocked'; format: ExportFormat; problems: ExportProblem[] }
  | { phase: 'done'; format: ExportFormat; result: DeliveredExport };

interface BriefsState {
  summaries: BriefSummary[];
  /** The list shows the briefs of this meeting only, or all when null. */
  meetingFilter: string | null;
  loaded: boolean;
  error: AppError | null;
  draft: BriefDraft | null;
  saving: boolean;
  saved: boolean;
  revisions: BriefRevisionInfo[];
  /** An old revision shown read-only, instead of the draft. */
  viewing: { revision: number; brief: Brief } | null;
  problems: ExportProblem[] | null;
  exporting: ExportState;
  organisation: BriefOrganisation | null;
  organisationError: AppError | null;
  /** The "new brief" dialog of the briefs page (Alt+N there). */
  creating: boolean;

  loadBriefs(): Promise<void>;
  setMeetingFilter(meetingId: string | null): Promise<void>;
  createFromMeeting(template: MeetingTemplateName, meetingId: string): Promise<boolean>;
  openBrief(id: string): Promise<boolean>;
  closeBrief(): void;
  editHeader(patch: Partial<BriefHeader>): void;
  /** `bodyKey`: the body the editor was typed into; a report about a replaced body is dropped. */
  editBody(body: BodyDoc, bodyKey?: string): void;
  saveBrief(): Promise<boolean>;
  /** After a conflict: save the draft on top of the newer revision (which stays in the history). */
  saveOverConflict(): Promise<boolean>;
  deleteBrief(): Promise<boolean>;
  /** Drops the draft and loads what is stored now. */
  reloadBrief(): Promise<void>;
  /** Re-reads which figures are stale (an indicator may have been edited meanwhile). */
  refreshStale(): Promise<void>;
  /** Drops unsaved edits: the draft goes back to the stored revision. */
  discardEdits(): void;
  loadRevisions(): Promise<void>;
  viewRevision(revision: number | null): Promise<void>;
  restoreRevision(revision: number): Promise<boolean>;
  refreshFigures(): Promise<boolean>;
  checkBrief(): Promise<ExportProblem[] | null>;
  /** Checks, asks about warnings (unless `confirmed`), then writes the file. */
  exportBrief(format: ExportFormat, confirmed?: boolean): Promise<void>;
  dismissExport(): void;
  loadOrganisation(): Promise<void>;
  saveOrganisation(o: BriefOrganisation): Promise<boolean>;
  setCreating(open: boolean): void;
  reset(): void;
}

const initial = {
  summaries: [] as BriefSummary[],
  meetingFilter: null,
  loaded: false,
  error: null,
  draft: null,
  saving: false,
  saved: false,
  revisions: [] as BriefRevisionInfo[],
  viewing: null,
  problems: null,
  exporting: { phase: 'idle' } as ExportState,
  organisation: null,
  organisationError: null,
  creating: false,
};

let loadSeq = 0;

/**
 * The body editor reports its document after a pause in typing, not on every key: turning a
 * 100-page body into the stored form costs more than a frame (issue 9: ≤ 16 ms per key).
 * Whatever reads the body (save, check, export, the unsaved-changes question, a lock) first
 * takes the change still waiting here.
 */
let pendingBodyReport: (() => void) | null = null;

export function setPendingBodyReport(report: (() => void) | null): void {
  pendingBodyReport = report;
}

/** Hands the body editor's waiting change to the store now. */
export function flushBodyEdits(): void {
  const report = pendingBodyReport;
  pendingBodyReport = null;
  report?.();
}

const draftOf = (stored: StoredBrief): BriefDraft => ({
  stored,
  header: stored.brief.header,
  body: stored.brief.body,
  dirty: false,
  bodyKey: `${stored.id}:${stored.revision}:${++loadSeq}`,
});

/** The brief as the draft would save it. */
export const draftBrief = (d: BriefDraft): Brief => ({
  ...d.stored.brief,
  header: d.header,
  body: d.body,
});

export const selectBriefDirty = (s: Pick<BriefsState, 'draft'>): boolean => s.draft?.dirty ?? false;

/** The vault's generic conflict, said about a brief: what happened, and that nothing is lost. */
function briefConflict(): AppError {
  return {
    code: 'conflict',
    message: {
      vi: 'Văn bản này đã được lưu ở nơi khác (cửa sổ khác) sau khi bạn mở nó. Bản đang sửa vẫn còn nguyên trên màn hình, chưa được lưu. Chọn “Lưu đè” để lưu bản của bạn thành phiên bản mới nhất (bản kia vẫn còn trong “Phiên bản”), hoặc “Tải lại” để bỏ bản đang sửa.',
      en: 'This document was saved elsewhere (another window) after you opened it. Your draft is still on screen and not saved. Choose “Save over” to make yours the newest revision (the other stays under “Revisions”), or “Reload” to drop your draft.',
    },
  };
}

export const useBriefsStore = create<BriefsState>()((set, get) => {
  /** Shows what the vault stored: header and body reloaded, revisions refreshed. */
  const adopt = (stored: StoredBrief) => {
    // What the vault holds replaces the draft: a change of the old body must not land on it.
    pendingBodyReport = null;
    set({ draft: draftOf(stored), error: null, problems: null, viewing: null });
    void get().loadRevisions();
  };

  return {
    ...initial,

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
      if (!r.ok) {
        set({ error: r.error });
        return false;
      }
      set({ saved: false, exporting: { phase: 'idle' }, creating: false });
      adopt(r.value);
      void get().loadBriefs();
      return true;
    },

    async openBrief(id) {
      const r = await getApi()['briefs.get']({ id });
      if (!r.ok) {
        set({ error: r.error });
        return false;
      }
      set({ saved: false, exporting: { phase: 'idle' } });
      adopt(r.value);
      return true;
    },

    closeBrief() {
      pendingBodyReport = null;
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
          error: r.error.code === 'conflict' ? { ...r.error, ...briefConflict() } : r.error,
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
        set({ error: r.error.code === 'conflict' ? { ...r.error, ...briefConflict() } : r.error });
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
      pendingBodyReport = null;
      const d = get().draft;
      if (d?.dirty) set({ draft: draftOf(d.stored), saved: false, error: null });
    },

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
      if (r.ok) set({ viewing: { revision, brief: r.value } });
      else set({ error: r.error });
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
        set({ error: r.error.code === 'conflict' ? { ...r.error, ...briefConflict() } : r.error });
        return false;
      }
      set({ saved: false });
      adopt(r.value);
      void get().loadBriefs();
      return true;
    },

    async refreshFigures() {
      flushBodyEdits();
      // Unsaved edits are saved first: the refresh is a revision of what the user sees.
      if (get().draft?.dirty && !(await get().saveBrief())) return false;
      const d = get().draft;
      if (!d) return false;
      const r = await getApi()['briefs.refreshFigures']({
        id: d.stored.id,
        revision: d.stored.revision,
      });
      if (!r.ok) {
        set({ error: r.error.code === 'conflict' ? { ...r.error, ...briefConflict() } : r.error });
        return false;
      }
      adopt(r.value);
      void get().loadBriefs();
      return true;
    },

    async checkBrief() {
      flushBodyEdits();
      // The check reads the stored brief: unsaved edits are saved first so it checks them.
      if (get().draft?.dirty && !(await get().saveBrief())) return null;
      const d = get().draft;
      if (!d) return null;
      const r = await getApi()['briefs.check']({ id: d.stored.id });
      if (!r.ok) {
        set({ error: r.error });
        return null;
      }
      if (get().draft?.stored.id === d.stored.id) set({ problems: r.value });
      return r.value;
    },

    async exportBrief(format, confirmed = false) {
      flushBodyEdits();
      const d = get().draft;
      const phase = get().exporting.phase;
      if (!d || phase === 'checking' || phase === 'exporting') return;
      set({ exporting: { phase: 'checking', format, startedAt: Date.now() } });
      const checked = await get().checkBrief();
      if (checked === null) {
        set({ exporting: { phase: 'idle' } });
        return;
      }
      // A draft always exports (marked "DỰ THẢO"): what would block issuing is a warning here.
      // An issued document exports its frozen content; only its warnings are worth showing.
      const problems =
        d.stored.status === 'issued'
          ? checked.filter((p) => p.severity === 'warning')
          : asDraftWarnings(checked);
      if (problems.some((p) => p.severity === 'blocking')) {
        set({ exporting: { phase: 'blocked', format, problems } });
        return;
      }
      if (problems.length > 0 && !confirmed) {
        set({ exporting: { phase: 'confirm-warnings', format, problems } });
        return;
      }
      const current = get().draft;
      if (!current) {
        set({ exporting: { phase: 'idle' } });
        return;
      }
      set({ exporting: { phase: 'exporting', format, startedAt: Date.now() } });
      const r = await exportBriefFile(current.stored.id, format);
      if (!r.ok) {
        set({ error: r.error, exporting: { phase: 'idle' } });
        return;
      }
      set({
        exporting: r.value.cancelled
          ? { phase: 'idle' }
          : { phase: 'done', format, result: r.value },
      });
    },

    dismissExport() {
      set({ exporting: { phase: 'idle' } });
    },

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

    setCreating(open) {
      set({ creating: open });
    },

    reset() {
      set(initial);
    },
  };
});
