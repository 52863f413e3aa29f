// "Báo cáo đến": open or paste a received report, review what was found (text on the left with
// every item highlighted, proposals on the right), then "Nhập" writes only what was accepted.
import { useEffect, useState, type ReactNode } from 'react';
import { pick, pickOther, useLanguage, useT } from '../../i18n';
import { useIndicatorsStore } from '../../stores/indicatorsStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { useReportsStore } from '../../stores/reportsStore';
import { MeetingFacts } from './MeetingFacts';
import { DirectiveCard, FigureCard } from './ProposalCards';
import { SourcePane } from './SourcePane';
import { Button } from '../../ui/Button';
import { TextInput } from '../../ui/TextInput';
import { RecordOptions } from '../../ui/RecordOptions';
import { LabelledSelect } from '../../ui/LabelledSelect';

const LIST_TEST_ID = { figures: 'figure-proposals', directives: 'directive-proposals' };

/** One kind of proposal read from the report: its heading and count, "accept all", the cards. */
function Proposals({
  kind,
  count,
  children,
}: {
  kind: 'figures' | 'directives';
  count: number;
  children: ReactNode;
}) {
  const t = useT();
  const decideAll = useReportsStore((st) => st.decideAll);
  return (
    <>
      <div className="reports-kind">
        <h3>{t(`reports.${kind}`, { n: count })}</h3>
        <Button small onClick={() => decideAll(kind, 'accepted')} testId={`accept-all-${kind}`}>
          {t('reports.acceptAll')}
        </Button>
      </div>
      <ul className="proposals" data-testid={LIST_TEST_ID[kind]}>
        {children}
      </ul>
    </>
  );
}

export function ReportsPage() {
  const t = useT();
  const lang = useLanguage();
  const s = useReportsStore();
  const indicators = useIndicatorsStore((x) => x.items);
  const meetings = useMeetingsStore((x) => x.summaries);
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    if (!useIndicatorsStore.getState().loaded) void useIndicatorsStore.getState().loadIndicators();
    if (!useMeetingsStore.getState().loaded) void useMeetingsStore.getState().loadMeetings();
  }, []);

  const acceptedFigures = s.figures.filter((f) => f.decision === 'accepted').length;
  const acceptedDirectives = s.directives.filter((d) => d.decision === 'accepted').length;
  const meetingWrite = s.meeting !== null && s.choice.mode !== 'none';

  return (
    <div className="register-page reports-page" data-testid="reports-page">
      <div className="page-head">
        <h2>{t('reports.title')}</h2>
      </div>
      <p className="hint">{t('reports.intro')}</p>
      <div className="reports-open">
        <label className="button">
          {t('reports.openFile')}
          <input
            type="file"
            hidden
            accept=".docx,.pdf,.txt,.html,.htm"
            data-testid="report-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void s.openFile(f);
            }}
          />
        </label>
        <details className="reports-paste">
          <summary>{t('reports.paste')}</summary>
          <TextInput rows={4} value={pasted} onChange={setPasted} testId="report-paste" />
          <Button small onClick={() => void s.readPasted(pasted)} testId="report-read-paste">
            {t('reports.readPaste')}
          </Button>
        </details>
        {s.busy && <span className="hint">{t('reports.reading')}</span>}
      </div>
      {s.error && (
        <div className="error-message" role="alert" data-testid="report-error">
          <p className="error-message__text">{pick(s.error, lang)}</p>
          <p className="error-message__other">{pickOther(s.error, lang)}</p>
        </div>
      )}
      {s.imported && (
        <p className="notice" role="status" data-testid="report-imported">
          {t('reports.imported', {
            observations: s.imported.observations,
            directives: s.imported.directives,
            skipped: s.imported.skipped,
          })}
          {s.imported.indicators > 0 &&
            ` ${t('reports.importedIndicators', { n: s.imported.indicators })}`}
          {s.imported.meeting === 'new' && ` ${t('reports.importedMeetingNew')}`}
          {s.imported.meeting === 'merge' && ` ${t('reports.importedMeetingMerged')}`}
        </p>
      )}
      {!s.source && !s.imported && !s.error && <p className="empty">{t('reports.empty')}</p>}
      {s.source && (
        <>
          <div className="reports-bar">
            <strong>{s.source.fileName}</strong>
            <LabelledSelect
              label={t('reports.meeting')}
              className="field field--inline"
              value={s.choice.mode === 'none' ? s.meetingId : s.choice.id}
              disabled={meetingWrite}
              onChange={(id) => s.setMeeting(id)}
              testId="report-meeting"
              none={
                s.choice.mode === 'new' ? t('reports.newMeetingOption') : t('reports.noMeeting')
              }
            >
              <RecordOptions records={meetings} label={(m) => m.title} />
            </LabelledSelect>
            <Button
              look="primary"
              disabled={s.busy || (acceptedFigures + acceptedDirectives === 0 && !meetingWrite)}
              onClick={() => void s.importAccepted()}
              testId="report-import"
              title={t('reports.importCount', {
                figures: acceptedFigures,
                directives: acceptedDirectives,
              })}
            >
              {t('reports.import')} ({acceptedFigures + acceptedDirectives})
            </Button>
          </div>
          <div className="reports-panes">
            <section className="reports-pane" aria-label={t('reports.sourceText')}>
              <h3>{t('reports.sourceText')}</h3>
              <SourcePane
                text={s.source.text}
                figures={s.figures}
                directives={s.directives}
                meeting={s.meeting}
              />
            </section>
            <section className="reports-pane reports-pane--list">
              <Proposals kind="figures" count={s.figures.length}>
                {s.figures.map((f) => (
                  <FigureCard
                    key={f.key}
                    row={f}
                    indicators={indicators}
                    proposed={s.proposed}
                    problem={s.problems[f.key]}
                    onEdit={(p) => s.editFigure(f.key, p)}
                    onEditProposed={(key, p) => s.editProposed(key, p)}
                  />
                ))}
              </Proposals>
              <Proposals kind="directives" count={s.directives.length}>
                {s.directives.map((d) => (
                  <DirectiveCard
                    key={d.key}
                    row={d}
                    problem={s.problems[d.key]}
                    onEdit={(p) => s.editDirective(d.key, p)}
                  />
                ))}
              </Proposals>
              {s.meeting && (
                <>
                  <h3>{t('reports.meetingFacts')}</h3>
                  <MeetingFacts
                    meeting={s.meeting}
                    choice={s.choice}
                    meetings={meetings}
                    target={s.mergeTarget}
                    sourceTitle={s.source.title}
                    onChoose={(c) => void s.chooseMeeting(c)}
                  />
                </>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
