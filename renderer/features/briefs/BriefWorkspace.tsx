// One brief open: the bar (save state, save, export, delete, close), the export's progress, the
// banner for figures that changed in the vault, the header form and the body editor on the left,
// and the side panel on the right (check, revisions, A4 preview). Viewing an old revision shows
// it read-only in place of the draft, with a way to restore it.
import { useCallback, useMemo, useState } from 'react';
import {
  figureState,
  numberLine,
  preExportCheck,
  TEMPLATE_LABELS,
  type Brief,
  type ExportProblem,
  type IndicatorFigureNode,
  type MeetingTemplateName,
} from '../../../shared/brief';
import type { Bilingual } from '../../../shared/result';
import { pick, useLanguage, useT } from '../../i18n';
import {
  draftBrief,
  setPendingBodyReport,
  useBriefsStore,
  type BriefDraft,
} from '../../stores/briefsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BriefBodyEditor } from './editor';
import { ExportStatus } from './ExportStatus';
import { focusField } from './focusField';
import { HeaderForm } from './HeaderForm';
import { LifecycleActions, printedNumber, StatusBadge } from './LifecycleActions';
import { CheckPanel, PreviewPanel, RevisionList, type PanelTab } from './SidePanels';
import { usePrintShortcut } from './preview/print';
import { useBriefSources, type BriefSources } from './useBriefSources';
import { useSettledValue } from '../../ui/useSettledValue';

const SETTLE_MS = 400;
import { ChartStaleBanner } from '../follow-up/ChartStaleBanner';

/**
 * How each figure of the draft compares with the vault: the vault's own answer for the stored
 * figures (staleFigures), the loaded series for figures inserted since the last save.
 */
function figureStates(stale: readonly string[], sources: BriefSources) {
  return (node: IndicatorFigureNode) => {
    if (stale.includes(node.attrs.observationId)) return 'stale' as const;
    if (!sources.loaded) return 'current' as const;
    const indicator = sources.indicators.find((i) => i.id === node.attrs.indicatorId);
    const observation = indicator?.observations.find((o) => o.id === node.attrs.observationId);
    return figureState(node, indicator && observation ? { indicator, observation } : null);
  };
}

function BriefBar({
  draft,
  viewing,
  problems,
}: {
  draft: BriefDraft;
  viewing: boolean;
  problems: readonly ExportProblem[];
}) {
  const t = useT();
  const lang = useLanguage();
  const s = useBriefsStore();
  const guard = useNavigationStore((n) => n.guard);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const template =
    draft.stored.template === 'blank'
      ? ''
      : pick(TEMPLATE_LABELS[draft.stored.template as MeetingTemplateName], lang);
  const kind = draft.header.typeName.trim() || template;
  const busy = s.exporting.phase === 'checking' || s.exporting.phase === 'exporting';
  const conflict = s.error?.code === 'conflict';
  // An issued document is frozen: no save, no delete; it exports and can be corrected.
  const issued = draft.stored.status === 'issued';
  return (
    <div className="editor-bar">
      <div className="editor-bar__row">
        <h2 className="editor-bar__title" data-testid="brief-title">
          <span className="editor-bar__kind">{kind}</span>
          {draft.header.abstract.trim() || t('briefs.untitled')}
        </h2>
        <StatusBadge status={draft.stored.status} number={issued ? printedNumber(draft) : null} />
        <span className="editor-bar__state" role="status" data-testid="brief-state">
          {s.saving
            ? t('editor.saving')
            : s.saved
              ? t('editor.saved')
              : draft.dirty
                ? t('editor.unsaved')
                : ''}
        </span>
        <div className="editor-bar__actions">
          {confirmDelete ? (
            <>
              <span className="editor-bar__confirm">{t('briefs.deleteConfirm')}</span>
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => {
                  setConfirmDelete(false);
                  void s.deleteBrief();
                }}
                data-testid="brief-delete-confirm"
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
              disabled={viewing || issued}
              data-testid="brief-delete"
            >
              {t('common.delete')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => guard(() => s.closeBrief())}
            data-testid="brief-close"
          >
            {t('common.close')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void s.exportBrief('docx')}
            disabled={viewing || busy}
            data-testid="export-docx"
            title={t('briefs.exportHint')}
          >
            {t('briefs.exportDocx')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void s.exportBrief('pdf')}
            disabled={viewing || busy}
            data-testid="export-pdf"
            title={t('briefs.exportHint')}
          >
            {t('briefs.exportPdf')}
          </button>
          <LifecycleActions
            draft={draft}
            disabled={viewing || busy}
            problems={problems}
            onFocus={focusField}
          />
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => void s.saveBrief()}
            disabled={s.saving || viewing || issued}
            data-testid="brief-save"
            title="Ctrl+S"
          >
            {t('briefs.save')}
          </button>
        </div>
      </div>
      {s.error && (
        <ErrorMessage
          error={s.error}
          testId="brief-error"
          onDismiss={conflict ? undefined : () => useBriefsStore.setState({ error: null })}
        />
      )}
      {conflict && (
        <div className="export-status__actions" data-testid="brief-conflict">
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => void s.saveOverConflict()}
            data-testid="brief-save-over"
          >
            {t('briefs.saveOver')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void s.reloadBrief()}
            data-testid="brief-reload"
          >
            {t('briefs.reloadDropDraft')}
          </button>
        </div>
      )}
      <ExportStatus onFocus={focusField} />
    </div>
  );
}

export function BriefWorkspace() {
  const t = useT();
  const lang = useLanguage();
  const s = useBriefsStore();
  const draft = s.draft!;
  const viewing = s.viewing;
  const [tab, setTab] = useState<PanelTab>('preview');
  usePrintShortcut(useCallback(() => setTab('preview'), []));
  const [wide, setWide] = useState(false);
  const [notice, setNotice] = useState<Bilingual | null>(null);
  const stale = draft.stored.staleFigures;
  const deleted = draft.stored.deletedFigures;
  const changed = stale.length - deleted.length;
  const sources = useBriefSources(
    draft.stored.meetingId,
    `${draft.stored.id}:${draft.stored.revision}:${stale.join(',')}`,
  );
  const brief: Brief = useMemo(
    () => (viewing ? viewing.brief : draftBrief(draft)),
    [viewing, draft],
  );

  const issued = draft.stored.status === 'issued';
  const readOnly = viewing !== null || issued;
  // The check and the preview follow the text after a pause in typing (issue 9: each walks
  // the whole brief, which on every key of a 100-page brief made typing lag); the export
  // asks the vault again before writing.
  const settled = useSettledValue(brief, SETTLE_MS);
  const problems = useMemo(
    () =>
      preExportCheck(settled, {
        figureState: figureStates(viewing ? [] : stale, sources),
        status: draft.stored.status,
      }),
    [settled, stale, sources, viewing, draft.stored.status],
  );
  const blocking = problems.filter((p) => p.severity === 'blocking').length;
  const fieldProblems = useMemo(() => {
    const out: Record<string, string> = {};
    for (const p of problems)
      if (p.severity === 'blocking' && !(p.field in out)) out[p.field] = pick(p.message, lang);
    return out;
  }, [problems, lang]);
  const printed = numberLine(brief.header.numberSymbol, brief.header.form);

  return (
    <div
      className={`brief-workspace${wide && tab === 'preview' ? ' brief-workspace--wide-side' : ''}`}
      data-testid="brief-workspace"
    >
      <div className="brief-main">
        <BriefBar draft={draft} viewing={viewing !== null} problems={problems} />
        <div className="brief-main__content">
          {notice && (
            <div className="brief-notice" role="alert" data-testid="brief-notice">
              <span>{pick(notice, lang)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('common.dismiss')}
                onClick={() => setNotice(null)}
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
            <div
              className="brief-banner brief-banner--stale"
              role="status"
              data-testid="stale-banner"
            >
              {changed > 0 && <span>{t('briefs.staleFigures', { n: changed })}</span>}
              {deleted.length > 0 && (
                <span data-testid="deleted-figures">
                  {t('briefs.deletedFigures', { n: deleted.length })}
                </span>
              )}
              {changed > 0 && (
                <button
                  type="button"
                  className="button button--small button--primary"
                  onClick={() => void s.refreshFigures()}
                  data-testid="refresh-figures"
                >
                  {t('briefs.refreshFigures')}
                </button>
              )}
            </div>
          )}
          {!viewing && (
            <ChartStaleBanner
              id={draft.stored.id}
              revision={draft.stored.revision}
              dirty={draft.dirty}
            />
          )}
          {viewing && (
            <div
              className="brief-banner brief-banner--viewing"
              role="status"
              data-testid="viewing-banner"
            >
              <span>{t('briefs.viewingRevision', { n: viewing.revision })}</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void s.viewRevision(null)}
              >
                {t('briefs.backToCurrent')}
              </button>
            </div>
          )}
          <details className="brief-header-card" open data-testid="brief-header-card">
            <summary>
              {t('briefs.headerCard')}
              <span className="muted">
                {[printed, brief.header.typeName].filter(Boolean).join(' · ')}
              </span>
            </summary>
            <HeaderForm
              header={brief.header}
              readOnly={readOnly}
              problems={readOnly ? {} : fieldProblems}
              onChange={(patch) => s.editHeader(patch)}
            />
          </details>
          <div className="brief-body-card">
            <BriefBodyEditor
              value={brief.body}
              docKey={viewing ? `${draft.stored.id}:view:${viewing.revision}` : draft.bodyKey}
              onChange={(body, key) => s.editBody(body, key)}
              onPending={setPendingBodyReport}
              staleFigures={readOnly ? [] : stale}
              deletedFigures={readOnly ? [] : deleted}
              sources={sources}
              onNotice={setNotice}
              readOnly={readOnly}
            />
          </div>
        </div>
      </div>
      <aside className="brief-side" aria-label={t('briefs.sidePanel')}>
        <div className="brief-tabs" role="tablist">
          {(['check', 'revisions', 'preview'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`brief-tab-${k}`}
              aria-selected={tab === k}
              aria-controls="brief-tabpanel"
              className="brief-tab"
              onClick={() => setTab(k)}
              data-testid={`brief-tab-${k}`}
            >
              {t(`briefs.tab.${k}`)}
              {k === 'check' && problems.length > 0 && (
                <span className={`badge ${blocking > 0 ? 'badge--danger' : 'badge--warn'}`}>
                  {problems.length}
                </span>
              )}
            </button>
          ))}
        </div>
        <div
          id="brief-tabpanel"
          role="tabpanel"
          aria-labelledby={`brief-tab-${tab}`}
          className={`brief-tabpanel${tab === 'preview' ? ' brief-tabpanel--preview' : ''}`}
        >
          {tab === 'check' && <CheckPanel problems={problems} onFocus={focusField} />}
          {tab === 'revisions' && (
            <RevisionList
              revisions={s.revisions}
              current={draft.stored.revision}
              viewing={viewing?.revision ?? null}
              dirty={draft.dirty}
              onView={(r) => void s.viewRevision(r)}
              onRestore={(r) => void s.restoreRevision(r)}
            />
          )}
          {tab === 'preview' && <PreviewPanel brief={settled} wide={wide} onWide={setWide} />}
        </div>
      </aside>
    </div>
  );
}
