// The brief editor's side panel: the pre-export check (blocking problems first; a click takes
// the user to the field), the revisions (who, when, a short SHA-256; view one read-only,
// restore it as a new revision) and the A4 preview.
import { useState } from 'react';
import type { Brief } from '../../../shared/brief';
import type { BriefRevisionInfo } from '../../../shared/contract';
import { formatShortDate } from '../../../shared/format/date';
import { pick, useLanguage, useT } from '../../i18n';
import type { ExportProblem } from '../../stores/briefsStore';
import { A4Preview } from './preview/A4Preview';
import { printAfterPaint, usePrintableBrief } from './preview/print';
import { Button } from '../../ui/Button';

export type PanelTab = 'check' | 'revisions' | 'preview';

const bySeverity = (problems: readonly ExportProblem[]): ExportProblem[] => [
  ...problems.filter((p) => p.severity === 'blocking'),
  ...problems.filter((p) => p.severity === 'warning'),
];

export function ProblemList({
  problems,
  onFocus,
}: {
  problems: readonly ExportProblem[];
  onFocus?(field: string): void;
}) {
  const t = useT();
  const lang = useLanguage();
  if (problems.length === 0)
    return (
      <p className="check-ok" data-testid="check-ok">
        {t('briefs.checkOk')}
      </p>
    );
  return (
    <ul className="problem-list" data-testid="problem-list">
      {bySeverity(problems).map((p, i) => (
        <li key={i} className={`problem problem--${p.severity}`} data-testid={`problem-${p.code}`}>
          <span className={`badge ${p.severity === 'blocking' ? 'badge--danger' : 'badge--warn'}`}>
            {p.severity === 'blocking' ? t('briefs.blocking') : t('briefs.warning')}
          </span>
          {onFocus ? (
            <button
              type="button"
              className="problem__text"
              onClick={() => onFocus(p.field)}
              data-field-target={p.field}
            >
              {pick(p.message, lang)}
            </button>
          ) : (
            <span>{pick(p.message, lang)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function CheckPanel({
  problems,
  onFocus,
}: {
  problems: readonly ExportProblem[];
  onFocus(field: string): void;
}) {
  const t = useT();
  const blocking = problems.filter((p) => p.severity === 'blocking').length;
  return (
    <div data-testid="check-panel">
      {problems.length > 0 && (
        <p className="check-summary">
          {t('briefs.checkSummary', { blocking, warnings: problems.length - blocking })}
        </p>
      )}
      <ProblemList problems={problems} onFocus={onFocus} />
    </div>
  );
}

interface RevisionProps {
  revisions: BriefRevisionInfo[];
  current: number;
  viewing: number | null;
  /** Unsaved edits would be replaced by a restore: the confirmation says so. */
  dirty: boolean;
  onView(revision: number | null): void;
  onRestore(revision: number): void;
}

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')} ${formatShortDate(local)}`;
}

export function RevisionList({
  revisions,
  current,
  viewing,
  dirty,
  onView,
  onRestore,
}: RevisionProps) {
  const t = useT();
  const [confirm, setConfirm] = useState<number | null>(null);
  return (
    <ol className="revision-list" data-testid="revision-list">
      {revisions.map((r) => (
        <li
          key={r.revision}
          className={r.revision === viewing ? 'revision revision--viewing' : 'revision'}
          data-testid="revision"
        >
          <div className="revision__head">
            <strong>{t('briefs.revisionN', { n: r.revision })}</strong>
            {r.revision === current && (
              <span className="badge badge--ok">{t('briefs.current')}</span>
            )}
          </div>
          <div className="muted">
            {when(r.savedAt)} · {r.savedBy}
          </div>
          <div className="muted">
            SHA-256{' '}
            <code className="revision__sha" title={r.sha256}>
              {r.sha256.slice(0, 12)}
            </code>
          </div>
          {r.revision !== current && (
            <div className="revision__actions">
              <Button
                small
                onClick={() => onView(r.revision === viewing ? null : r.revision)}
                testId="revision-view"
              >
                {r.revision === viewing ? t('briefs.backToCurrent') : t('briefs.view')}
              </Button>
              {confirm === r.revision ? (
                <>
                  <Button
                    look="primary"
                    small
                    onClick={() => {
                      setConfirm(null);
                      onRestore(r.revision);
                    }}
                    testId="restore-confirm"
                  >
                    {dirty ? t('briefs.restoreConfirmDirty') : t('briefs.restoreConfirm')}
                  </Button>
                  <Button small onClick={() => setConfirm(null)}>
                    {t('common.cancel')}
                  </Button>
                </>
              ) : (
                <Button small onClick={() => setConfirm(r.revision)} testId="restore">
                  {t('briefs.restore')}
                </Button>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

export function PreviewPanel({
  brief,
  wide,
  onWide,
}: {
  brief: Brief;
  wide: boolean;
  onWide(wide: boolean): void;
}) {
  const t = useT();
  usePrintableBrief();
  return (
    <>
      <div className="brief-preview-bar">
        <span>{t('briefs.previewNote')}</span>
        <Button small aria-pressed={wide} onClick={() => onWide(!wide)} testId="preview-wide">
          {wide ? t('briefs.previewNarrow') : t('briefs.previewWide')}
        </Button>
        <Button small title={t('print.briefTitle')} onClick={printAfterPaint} testId="brief-print">
          {t('print.brief')}
        </Button>
      </div>
      <A4Preview brief={brief} />
    </>
  );
}
