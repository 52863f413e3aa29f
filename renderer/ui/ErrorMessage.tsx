// A failure as the user reads it: the message in the interface language, the other language
// beneath in smaller type (so it can be forwarded to IT as is). Never a raw exception.
import type { AppError, Bilingual } from '../../shared/result';
import { pick, pickOther, useLanguage, useT } from '../i18n';

interface Props {
  error: AppError | { message: Bilingual } | null;
  onDismiss?: () => void;
  testId?: string;
  /** Extra action beside the message, e.g. "Tải lại" after a conflict. */
  action?: { label: string; onClick: () => void };
}

export function ErrorMessage({ error, onDismiss, testId, action }: Props) {
  const lang = useLanguage();
  const t = useT();
  if (!error) return null;
  return (
    <div className="error-message" role="alert" data-testid={testId}>
      <div className="error-message__text">
        <p>{pick(error.message, lang)}</p>
        <p className="error-message__other" lang={lang === 'vi' ? 'en' : 'vi'}>
          {pickOther(error.message, lang)}
        </p>
      </div>
      {action && (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button
          type="button"
          className="icon-button"
          onClick={onDismiss}
          aria-label={t('common.dismiss')}
        >
          ×
        </button>
      )}
    </div>
  );
}
