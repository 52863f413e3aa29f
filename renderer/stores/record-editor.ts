// The actions of a register whose records are edited one at a time with a revision (meetings,
// directives): open, edit, save, delete, reload after a conflict, close. One copy, so the rule
// that a save never loses what was typed meanwhile and a conflict keeps the draft is kept the
// same way for every register.
import type { AppError, Result } from '../../shared/result';
import {
  applyEdit,
  failedWith,
  openEditor,
  savedAs,
  savedWhileEditing,
  startSaving,
  type DraftEdit,
  type EditorState,
} from './editor';

interface Stored {
  id: string;
  revision: number;
}

export interface RecordEditorPorts<Draft extends { id?: string; revision?: number }, Saved> {
  /** The store's editor and its setter (the store keeps it under its own key). */
  editor(): EditorState<Draft, Saved> | null;
  setEditor(editor: EditorState<Draft, Saved> | null): void;
  /** Where a failure to open a record is shown: the register's own error. */
  setError(error: AppError | null): void;
  load(id: string): Promise<Result<Saved>>;
  save(draft: Draft): Promise<Result<Saved>>;
  remove(ref: Stored): Promise<Result<unknown>>;
  toDraft(saved: Saved): Draft;
  /** What the contract cannot check, asked before sending; null when the draft may be sent. */
  check?(draft: Draft): AppError | null;
  /** The register read again after a save or a delete. */
  reloadList(): Promise<void>;
}

export interface RecordEditorActions<Draft> {
  open(id: string): Promise<void>;
  edit(edit: DraftEdit<Draft>): void;
  save(): Promise<boolean>;
  remove(): Promise<boolean>;
  /** After a conflict: drop the draft and load what is stored now. */
  reload(): Promise<void>;
  close(): void;
}

export function recordEditorActions<
  Draft extends { id?: string; revision?: number },
  Saved extends Stored,
>(p: RecordEditorPorts<Draft, Saved>): RecordEditorActions<Draft> {
  const open = async (id: string) => {
    const r = await p.load(id);
    if (r.ok) {
      p.setEditor(openEditor(p.toDraft(r.value), r.value));
      p.setError(null);
    } else p.setError(r.error);
  };
  return {
    open,

    edit(edit) {
      const editor = p.editor();
      if (editor) p.setEditor(applyEdit(editor, edit));
    },

    async save() {
      const before = p.editor();
      if (!before || before.saving) return false;
      const sent = before.draft;
      const problem = p.check?.(sent) ?? null;
      if (problem) {
        p.setEditor(failedWith(before, problem));
        return false;
      }
      p.setEditor(startSaving(before));
      const r = await p.save(sent);
      const now = p.editor();
      if (!now) return r.ok;
      if (!r.ok) {
        p.setEditor(failedWith(now, r.error));
        return false;
      }
      // Typed during the save: keep the typing, adopt the new revision (savedWhileEditing).
      p.setEditor(
        now.draft === sent
          ? savedAs(now, r.value, p.toDraft(r.value))
          : savedWhileEditing(now, r.value),
      );
      void p.reloadList();
      return true;
    },

    async remove() {
      const editor = p.editor();
      const original = editor?.original;
      if (!editor || !original) {
        p.setEditor(null);
        return true;
      }
      const r = await p.remove({ id: original.id, revision: original.revision });
      if (!r.ok) {
        p.setEditor(failedWith(editor, r.error));
        return false;
      }
      p.setEditor(null);
      await p.reloadList();
      return true;
    },

    async reload() {
      const id = p.editor()?.original?.id;
      if (id) await open(id);
    },

    close() {
      p.setEditor(null);
    },
  };
}
