// What every record editor holds: the record as loaded, the draft being typed, and the outcome
// of the last save. "Đã lưu" is shown only when `saved` is true, which only a successful save
// sets and any further edit clears.
import type { AppError } from '../../shared/result';

export interface EditorState<Draft, Saved> {
  original: Saved | null;
  draft: Draft;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  error: AppError | null;
  /** Field path (`chair.name`, `conclusions.2.text`) → message, from the error's issues. */
  fieldErrors: Record<string, string>;
}

export function openEditor<Draft, Saved>(
  draft: Draft,
  original: Saved | null,
): EditorState<Draft, Saved> {
  return {
    original,
    draft,
    dirty: false,
    saving: false,
    saved: false,
    error: null,
    fieldErrors: {},
  };
}

export function fieldErrorsOf(error: AppError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? [])
    if (!(issue.path in out)) out[issue.path] = issue.message;
  return out;
}

/** A patch to the draft: a partial object, or a function of the current draft. */
export type DraftEdit<Draft> = Partial<Draft> | ((draft: Draft) => Draft);

export function applyEdit<Draft, Saved>(
  editor: EditorState<Draft, Saved>,
  edit: DraftEdit<Draft>,
): EditorState<Draft, Saved> {
  const draft = typeof edit === 'function' ? edit(editor.draft) : { ...editor.draft, ...edit };
  return { ...editor, draft, dirty: true, saved: false };
}

export const startSaving = <D, S>(e: EditorState<D, S>): EditorState<D, S> => ({
  ...e,
  saving: true,
  error: null,
});

export const savedAs = <D, S>(_e: EditorState<D, S>, saved: S, draft: D): EditorState<D, S> => ({
  original: saved,
  draft,
  dirty: false,
  saving: false,
  saved: true,
  error: null,
  fieldErrors: {},
});

export const failedWith = <D, S>(e: EditorState<D, S>, error: AppError): EditorState<D, S> => ({
  ...e,
  saving: false,
  saved: false,
  error,
  fieldErrors: fieldErrorsOf(error),
});

/**
 * The user kept typing while the save was in flight: keep what they typed, adopt the new id
 * and revision so the next save is not a false conflict, and stay dirty.
 */
export const savedWhileEditing = <
  D extends { id?: string; revision?: number },
  S extends { id: string; revision: number },
>(
  e: EditorState<D, S>,
  saved: S,
): EditorState<D, S> => ({
  ...e,
  original: saved,
  draft: { ...e.draft, id: saved.id, revision: saved.revision },
  saving: false,
  saved: false,
  error: null,
  fieldErrors: {},
});

/** What an editor component is shown of the store's editor (RecordEditorProps minus the actions). */
export const editorView = <D, S>(e: EditorState<D, S>) => ({
  draft: e.draft,
  isNew: !e.original,
  dirty: e.dirty,
  saving: e.saving,
  saved: e.saved,
  error: e.error,
  fieldErrors: e.fieldErrors,
});

/**
 * A stored record as a save input: its id and revision and only the fields its schema lists. The
 * contract is strict, so what the vault adds to a record (dates of change, origin) is not sent
 * back; every register's editor opens a stored record this one way.
 */
export function storedAsDraft<R extends { id: string; revision: number }, Draft>(
  record: R,
  fields: { shape: object },
): Draft {
  const draft: Record<string, unknown> = { id: record.id, revision: record.revision };
  for (const key of Object.keys(fields.shape)) draft[key] = record[key as keyof R];
  return draft as Draft;
}
