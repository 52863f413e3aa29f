// A question that must be answered before an action: leave with unsaved changes, delete.
// The safe answer is the default focus, so Enter never discards work by accident.
import { useT } from '../i18n';
import { Dialog } from './Dialog';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  /** "Hủy" unless the safe answer says more ("Ở lại"). */
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
  testId,
}: Props) {
  const t = useT();
  return (
    <Dialog open={open} title={title} onClose={onCancel} testId={testId}>
      <p>{message}</p>
      <div className="form-actions form-actions--end">
        <button
          type="button"
          className="button"
          onClick={onCancel}
          autoFocus
          data-testid={testId ? `${testId}-cancel` : undefined}
        >
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button
          type="button"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          onClick={onConfirm}
          data-testid={testId ? `${testId}-confirm` : undefined}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
