// What is said above the open brief's header: a notice from the body editor, an issued (frozen)
// document, a correction of another, figures that changed or were deleted in the vault (with
// the refresh), charts whose data changed, and an old revision shown in place of the draft.
import type { Bilingual } from '../../../shared/result';
import { pick, useLanguage, useT } from '../../i18n';
import { useBriefsStore, type BriefDraft } from '../../stores/briefsStore';
import { ChartStaleBanner } from '../follow-up/ChartStaleBanner';
import { Button } from '../../ui/Button';

interface Props {
  draft: BriefDraft;
  /** The revision shown read-only in place of the draft, if any. */
  viewing: number | null;
  notice: Bilingual | null;
  onDismissNotice(): void;
}

export function BriefBanners({ draft, viewing, notice, onDismissNotice }: Props) {
  const t = useT();
  const lang = useLanguage();
  const s = useBriefsStore();
  const issued = draft.stored.status === 'issued';
  const readOnly = viewing !== null || issued;
  const stale = draft.stored.staleFigures;
  const deleted = draft.stored.deletedFigures;
  const changed = stale.length - deleted.length;
  return (
    <>
      {notice && (
        <div className="brief-notice" role="alert" data-testid="brief-notice">
          <span>{pick(notice, lang)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.dismiss')}
            onClick={onDismissNotice}
          >
            ×
          </button>
        </div>
      )}
      {issued && (
        <div
          className="brief-banner brief-banner--issued"
          role="status"
          data-testid="issued-banner"
        >
          <span>{t('lifecycle.readOnly')}</span>
        </div>
      )}
      {draft.stored.correctsId && !issued && (
        <div className="brief-banner" role="status" data-testid="corrects-banner">
          <span>{t('lifecycle.corrects')}</span>
        </div>
      )}
      {stale.length > 0 && !readOnly && (
        <div className="brief-banner brief-banner--stale" role="status" data-testid="stale-banner">
          {changed > 0 && <span>{t('briefs.staleFigures', { n: changed })}</span>}
          {deleted.length > 0 && (
            <span data-testid="deleted-figures">
              {t('briefs.deletedFigures', { n: deleted.length })}
            </span>
          )}
          {changed > 0 && (
            <Button
              look="primary"
              small
              onClick={() => void s.refreshFigures()}
              testId="refresh-figures"
            >
              {t('briefs.refreshFigures')}
            </Button>
          )}
        </div>
      )}
      {viewing === null && (
        <ChartStaleBanner
          id={draft.stored.id}
          revision={draft.stored.revision}
          dirty={draft.dirty}
        />
      )}
      {viewing !== null && (
        <div
          className="brief-banner brief-banner--viewing"
          role="status"
          data-testid="viewing-banner"
        >
          <span>{t('briefs.viewingRevision', { n: viewing })}</span>
          <Button small onClick={() => void s.viewRevision(null)}>
            {t('briefs.backToCurrent')}
          </Button>
        </div>
      )}
    </>
  );
}
