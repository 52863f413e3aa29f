// The frame of every record editor (meeting, directive): the form, its bar (title, save state,
// delete, close, save, the last save's outcome) and the body; after a refused save the first
// invalid field takes the focus. The props each editor takes from its page are one type too.
import { useRef, type ReactNode } from 'react';
import type { AppError } from '../../shared/result';
import { EditorBar } from './EditorBar';
import type { FieldErrors } from './lists';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

/** What a page hands a record editor: the draft, the save's state, and what the bar does. */
export interface RecordEditorProps<Draft> {
  draft: Draft;
  isNew: boolean;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  error: AppError | null;
  fieldErrors: FieldErrors;
  onEdit: (edit: Partial<Draft> | ((d: Draft) => Draft)) => void;
  onSave: () => void;
  onDelete: () => void;
  onClose: () => void;
  onReload: () => void;
}

interface Props extends Omit<RecordEditorProps<unknown>, 'draft' | 'fieldErrors' | 'onEdit'> {
  title: string;
  /** Names the form (`${testId}-editor`) and the bar's parts (`${testId}-save`). */
  testId: string;
  /** Enter in a one-line field saves (the meeting editor); otherwise it does nothing. */
  saveOnSubmit?: boolean;
  /** Shown between the bar and the body (actions on the saved record). */
  extra?: ReactNode;
  /** The body (`editor__body`). */
  children: ReactNode;
}

export function RecordEditorForm({
  title,
  testId,
  isNew,
  dirty,
  saving,
  saved,
  error,
  onSave,
  onDelete,
  onClose,
  onReload,
  saveOnSubmit = false,
  extra,
  children,
}: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);
  return (
    <form
      ref={formRef}
      className="editor"
      data-testid={`${testId}-editor`}
      onSubmit={(e) => {
        e.preventDefault();
        if (saveOnSubmit) onSave();
      }}
    >
      <EditorBar
        title={title}
        dirty={dirty}
        saving={saving}
        saved={saved}
        error={error}
        onSave={onSave}
        onClose={onClose}
        onDelete={isNew ? null : onDelete}
        onReload={onReload}
        testId={testId}
      />
      {extra}
      {children}
    </form>
  );
}
