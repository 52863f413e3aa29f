// The draft of the open brief: made from a stored revision, saved as a Brief, and the body
// editor's change that waits for a pause in typing before it reaches the store.
import type { Brief } from '../../../shared/brief';
import type { StoredBrief } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import type { BriefDraft, BriefsState } from './state';

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

export const draftOf = (stored: StoredBrief): BriefDraft => ({
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

/** A refusal of the vault, with the conflict said about a brief. */
export const briefFailure = (error: AppError): AppError =>
  error.code === 'conflict' ? { ...error, ...briefConflict() } : error;

/** Forgets the waiting change: what the vault holds replaces the draft it was typed into. */
export function dropBodyEdits(): void {
  pendingBodyReport = null;
}

/**
 * The draft as the vault now stores it, for what reads the stored brief (the check, the figure
 * refresh): the body's waiting change taken and unsaved edits saved first. Null when no brief
 * is open or the save was refused (its failure is then on screen).
 */
export async function savedDraft(get: () => BriefsState): Promise<BriefDraft | null> {
  flushBodyEdits();
  if (get().draft?.dirty && !(await get().saveBrief())) return null;
  return get().draft;
}
