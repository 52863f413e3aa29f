// One brief open: the bar (save state, save, export, delete, close), the export's progress, the
// banner for figures that changed in the vault, the header form and the body editor on the left,
// and the side panel on the right (check, revisions, A4 preview). Viewing an old revision shows
// it read-only in place of the draft, with a way to restore it.
import { useCallback, useMemo, useState } from 'react';
import {
  figureState,
  numberLine,
  preExportCheck,
  type Brief,
  type IndicatorFigureNode,
} from '../../../shared/brief';
import type { Bilingual } from '../../../shared/result';
import { pick, useLanguage, useT } from '../../i18n';
import { draftBrief, setPendingBodyReport, useBriefsStore } from '../../stores/briefsStore';
import { useSettledValue } from '../../ui/useSettledValue';
import { useStuckBarHeight } from './useStuckBarHeight';
import { BriefBanners } from './BriefBanners';
import { BriefBar } from './BriefBar';
import { BriefBodyEditor } from './editor';
import { focusField } from './focusField';
import { HeaderForm } from './HeaderForm';
import { CheckPanel, PreviewPanel, RevisionList, type PanelTab } from './SidePanels';
import { usePrintShortcut } from './preview/print';
import { useBriefSources, type BriefSources } from './useBriefSources';

const SETTLE_MS = 400;

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
  const stuckBar = useStuckBarHeight();

  return (
    <div
      className={`brief-workspace${wide && tab === 'preview' ? ' brief-workspace--wide-side' : ''}`}
      data-testid="brief-workspace"
    >
      <div className="brief-main" ref={stuckBar}>
        <BriefBar draft={draft} viewing={viewing !== null} problems={problems} />
        <div className="brief-main__content">
          <BriefBanners
            draft={draft}
            viewing={viewing?.revision ?? null}
            notice={notice}
            onDismissNotice={() => setNotice(null)}
          />
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
