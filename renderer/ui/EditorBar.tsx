// The head of every record editor: title, save state, actions, and the outcome of the last
// save. "Đã lưu" appears only after the host confirmed the save; a conflict (the record was
// changed elsewhere since it was opened) is explained with a way out.
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import { useT } from '../i18n';
import { ErrorMessage } from './ErrorMessage';
import { Button } from './Button';

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

/** What the bar says about the draft: saving, saved (only once the host confirmed), unsaved. */
export function SaveState({
  saving,
  saved,
  dirty,
  testId,
}: {
  saving: boolean;
  saved: boolean;
  dirty: boolean;
  testId?: string;
}) {
  const t = useT();
  return (
    <span className="editor-bar__state" role="status" data-testid={testId}>
      {saving ? t('editor.saving') : saved ? t('editor.saved') : dirty ? t('editor.unsaved') : ''}
    </span>
  );
}

/** Delete, asked about in place: the first click only asks, the second deletes. */
export function DeleteButton({
  onDelete,
  question,
  disabled,
  testId,
}: {
  onDelete: () => void;
  /** The question shown beside the confirming button. */
  question: string;
  disabled?: boolean;
  testId?: string;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <Button
        look="danger-quiet"
        small
        onClick={() => setConfirming(true)}
        disabled={disabled}
        testId={testId}
      >
        {t('common.delete')}
      </Button>
    );
  return (
    <>
      <span className="editor-bar__confirm">{question}</span>
      <Button
        look="danger"
        small
        onClick={() => {
          setConfirming(false);
          onDelete();
        }}
        testId={testId ? `${testId}-confirm` : undefined}
      >
        {t('common.delete')}
      </Button>
      <Button small onClick={() => setConfirming(false)}>
        {t('common.cancel')}
      </Button>
    </>
  );
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
  const conflict = error?.code === 'conflict';
  return (
    <div className="editor-bar">
      <div className="editor-bar__row">
        <h2 className="editor-bar__title">{title}</h2>
        <SaveState
          saving={saving}
          saved={saved}
          dirty={dirty}
          testId={testId ? `${testId}-state` : undefined}
        />
        <div className="editor-bar__actions">
          {onDelete && <DeleteButton onDelete={onDelete} question={t('editor.deleteConfirm')} />}
          <Button small onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button
            look="primary"
            small
            onClick={onSave}
            disabled={saving}
            testId={testId ? `${testId}-save` : undefined}
          >
            {t('common.save')}
          </Button>
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
