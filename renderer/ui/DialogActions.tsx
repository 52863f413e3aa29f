// The foot of a dialog's form: cancel, then the action that submits it (Enter in a field does
// the same). One copy, so every dialog puts them in the same order and place.

import { useT } from '../i18n';

export interface DialogActionsProps {
  onCancel: () => void;
  /** The submitting action's label ("Chèn", "Ban hành"). */
  submit: string;
  disabled?: boolean;
  submitTestId?: string;
  cancelTestId?: string;
}

export function DialogActions({
  onCancel,
  submit,
  disabled,
  submitTestId,
  cancelTestId,
}: DialogActionsProps) {
  const t = useT();
  return (
    <div className="form-actions form-actions--end">
      <button type="button" className="button" onClick={onCancel} data-testid={cancelTestId}>
        {t('common.cancel')}
      </button>
      <button
        type="submit"
        className="button button--primary"
        disabled={disabled}
        data-testid={submitTestId}
      >
        {submit}
      </button>
    </div>
  );
}
