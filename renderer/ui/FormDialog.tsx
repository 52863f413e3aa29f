// A dialog whose body is one form ending in Hủy / the submitting action: the date to mark done,
// the size of a table, the issue date, an insert. One copy of the frame, so each such dialog only
// says what it asks and what its action does; Enter in a field submits, Escape and Hủy close.
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { DialogActions, type DialogActionsProps } from './DialogActions';

/** The foot's own props (the label, disabled, test ids) pass through; Hủy is the dialog's close. */
export interface FormDialogProps extends Omit<DialogActionsProps, 'onCancel'> {
  /** Dialogs mounted only while shown leave it out. */
  open?: boolean;
  title: string;
  onClose: () => void;
  testId: string;
  /** How the form lays out its fields ("stack", "brief-dialog-form"). */
  formClassName?: string;
  /** Called on submit, the browser's own submission already prevented. */
  onSubmit: () => void;
  children: ReactNode;
}

export function FormDialog({
  open = true,
  title,
  onClose,
  testId,
  formClassName,
  onSubmit,
  children,
  ...actions
}: FormDialogProps) {
  return (
    <Dialog open={open} title={title} onClose={onClose} testId={testId}>
      <form
        className={formClassName}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <DialogActions {...actions} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
