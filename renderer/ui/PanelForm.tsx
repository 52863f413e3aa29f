// A small form in a side panel (an indicator, one of its figures): its title, its fields, the
// last save's failure, and save / cancel. Enter in a one-line field saves.
import type { ReactNode } from 'react';
import type { AppError } from '../../shared/result';
import { useT } from '../i18n';
import { ErrorMessage } from './ErrorMessage';
import type { FieldErrors } from './lists';

/** What a page hands a side-panel form: the draft, the save's state, save and cancel. */
export interface PanelFormProps<Draft> {
  draft: Draft;
  isNew: boolean;
  saving: boolean;
  error: AppError | null;
  fieldErrors: FieldErrors;
  onEdit: (patch: Partial<Draft>) => void;
  onSave: () => void;
  onCancel: () => void;
}

interface Props {
  title: string;
  saving: boolean;
  error: AppError | null;
  onSave: () => void;
  onCancel: () => void;
  /** Names the form (`${testId}-form`) and its save button (`${testId}-save`). */
  testId: string;
  children: ReactNode;
}

export function PanelForm({ title, saving, error, onSave, onCancel, testId, children }: Props) {
  const t = useT();
  return (
    <form
      className="panel-form"
      data-testid={`${testId}-form`}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <h2>{title}</h2>
      {children}
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={saving}
          data-testid={`${testId}-save`}
        >
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
