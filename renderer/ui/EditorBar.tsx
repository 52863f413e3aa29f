// The head of every record editor: title, save state, actions, and the outcome of the last
// save. "Đã lưu" appears only after the host confirmed the save; a conflict (the record was
// changed elsewhere since it was opened) is explained with a way out.
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import { useT } from '../i18n';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  title: string;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  error: AppError | null;
  onSave: () => void;
  onClose: () => void;
  /** Null for a record never saved. */
  onDelete: (() => void) | null;
  onReload: () => void;
  testId?: string;
}

export function EditorBar({
  title,
  dirty,
  saving,
  saved,
  error,
  onSave,
  onClose,
  onDelete,
  onReload,
  testId,
}: Props) {
  const t = useT();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const conflict = error?.code === 'conflict';
  return (
    <div className="editor-bar">
      <div className="editor-bar__row">
        <h2 className="editor-bar__title">{title}</h2>
        <span
          className="editor-bar__state"
          role="status"
          data-testid={testId ? `${testId}-state` : undefined}
        >
          {saving
            ? t('editor.saving')
            : saved
              ? t('editor.saved')
              : dirty
                ? t('editor.unsaved')
                : ''}
        </span>
        <div className="editor-bar__actions">
          {onDelete &&
            (confirmDelete ? (
              <>
                <span className="editor-bar__confirm">{t('editor.deleteConfirm')}</span>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => {
                    setConfirmDelete(false);
                    onDelete();
                  }}
                >
                  {t('common.delete')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setConfirmDelete(false)}
                >
                  {t('common.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => setConfirmDelete(true)}
              >
                {t('common.delete')}
              </button>
            ))}
          <button type="button" className="button button--small" onClick={onClose}>
            {t('common.close')}
          </button>
          <button
            type="button"
            className="button button--primary button--small"
            onClick={onSave}
            disabled={saving}
            data-testid={testId ? `${testId}-save` : undefined}
          >
            {t('common.save')}
          </button>
        </div>
      </div>
      {conflict && <p className="editor-bar__explain">{t('editor.conflict')}</p>}
      <ErrorMessage
        error={error}
        testId={testId ? `${testId}-error` : undefined}
        action={conflict ? { label: t('editor.reload'), onClick: onReload } : undefined}
      />
    </div>
  );
}
