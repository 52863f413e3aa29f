// The shape of the briefs store, shared by the files that build its actions (list and draft
// in briefsStore.ts, revisions, export, organisation): one store, several responsibilities.
import type { StoreApi } from 'zustand';
import type {
  BodyDoc,
  Brief,
  BriefHeader,
  BriefOrganisation,
  ExportProblem,
  MeetingTemplateName,
} from '../../../shared/brief';
import type {
  BriefRevisionInfo,
  BriefSummary,
  ExportFormat,
  StoredBrief,
} from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import type { DeliveredExport } from '../../lib/export-file';

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

export interface BriefsState {
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

export const initial = {
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

/** What each part of the store is built from: zustand's set and get, and `adopt`. */
export interface BriefsSlice {
  set: StoreApi<BriefsState>['setState'];
  get: StoreApi<BriefsState>['getState'];
  /** Shows what the vault stored: header and body reloaded, revisions refreshed. */
  adopt(stored: StoredBrief): void;
}
