// The export's progress and outcome, under the bar: elapsed seconds while the vault checks and
// renders the file (one call; a long brief takes a second or two), the blocking problems that
// stopped it, the warnings the user may accept ("Vẫn xuất"), and where the file went.
import { useEffect, useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { ProblemList } from './SidePanels';
import { Button } from '../../ui/Button';

function Elapsed({ since }: { since: number }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(id);
  }, []);
  const seconds = Math.max(0, (now - since) / 1000);
  return (
    <span data-testid="export-elapsed">
      {t('briefs.elapsed', { s: formatNumber(seconds, { decimals: 1 }) })}
    </span>
  );
}

export function ExportStatus({ onFocus }: { onFocus?(field: string): void }) {
  const t = useT();
  const state = useBriefsStore((s) => s.exporting);
  const exportBrief = useBriefsStore((s) => s.exportBrief);
  const dismiss = useBriefsStore((s) => s.dismissExport);
  if (state.phase === 'idle') return null;
  const format = state.format.toUpperCase();
  return (
    <div
      className={`export-status export-status--${state.phase}`}
      role="status"
      aria-live="polite"
      data-testid="export-status"
      data-phase={state.phase}
    >
      {(state.phase === 'checking' || state.phase === 'exporting') && (
        <p>
          <span className="spinner" aria-hidden="true" />
          {state.phase === 'checking'
            ? t('briefs.checking')
            : t('briefs.exporting', { format })}{' '}
          <Elapsed since={state.startedAt} />
        </p>
      )}
      {(state.phase === 'blocked' || state.phase === 'confirm-warnings') && (
        // Blocking problems stop the export; warnings ask first, with "Vẫn xuất".
        <>
          <p>
            <strong>
              {t(state.phase === 'blocked' ? 'briefs.exportBlocked' : 'briefs.exportWarnings', {
                format,
              })}
            </strong>
          </p>
          <ProblemList problems={state.problems} onFocus={onFocus} />
          <div className="export-status__actions">
            {state.phase === 'confirm-warnings' ? (
              <>
                <Button
                  look="primary"
                  small
                  onClick={() => void exportBrief(state.format, true)}
                  testId="export-anyway"
                >
                  {t('briefs.exportAnyway')}
                </Button>
                <Button small onClick={dismiss} testId="export-cancel">
                  {t('common.cancel')}
                </Button>
              </>
            ) : (
              <Button small onClick={dismiss}>
                {t('common.close')}
              </Button>
            )}
          </div>
        </>
      )}
      {state.phase === 'done' && (
        <p data-testid="export-done">
          {state.result.savedTo
            ? t('briefs.exportedTo', { path: state.result.savedTo })
            : t('briefs.exported', { file: state.result.fileName })}{' '}
          <Button look="link" onClick={dismiss}>
            {t('common.dismiss')}
          </Button>
        </p>
      )}
    </div>
  );
}
