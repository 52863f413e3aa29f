// The directives register: filters, the table, and the editor in a side panel.
import { useEffect, useMemo, useState } from 'react';
import { formatShortDate } from '../../../shared/format/date';
import { useDirectivesStore, clock } from '../../stores/directivesStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { editorView } from '../../stores/editor';
import { DirectiveFilters } from './components/DirectiveFilters';
import { DirectiveTable } from './components/DirectiveTable';
import { DirectiveEditor } from './components/DirectiveEditor';
import { CompletionDateDialog } from './components/CompletionDateDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SampleDataOffer } from '../sample';
import { useT } from '../../i18n';
import { RegisterExport } from '../follow-up/RegisterExport';
import { PrintRegister } from '../follow-up/PrintRegister';
import { EditorDrawer } from '../history/RecordHistory';
import { directiveRegister } from '../../../shared/registers/directive-register';
import { DIRECTIVE_KIND_LABEL, STATUS_LABEL } from '../../ui/labels';
import { Button } from '../../ui/Button';

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function DirectivesPage() {
  const t = useT();
  const s = useDirectivesStore();
  const summaries = useMeetingsStore((m) => m.summaries);
  const meetingsLoaded = useMeetingsStore((m) => m.loaded);
  const loadMeetings = useMeetingsStore((m) => m.loadMeetings);
  const guard = useNavigationStore((n) => n.guard);
  const today = clock.today();
  const { loaded, loadDirectives } = s;
  /** The directive being marked done from the register, until the user gives its date. */
  const [completing, setCompleting] = useState<string | null>(null);

  useEffect(() => {
    if (!loaded) void loadDirectives();
  }, [loaded, loadDirectives]);
  useEffect(() => {
    if (!meetingsLoaded) void loadMeetings();
  }, [meetingsLoaded, loadMeetings]);

  const meetings = useMemo(
    () =>
      summaries.map((m) => ({
        id: m.id,
        label: `${formatShortDate(m.date)} — ${short(m.title, 70)}`,
      })),
    [summaries],
  );
  const filtered = Object.entries(s.filter).some(
    ([k, v]) => k !== 'sort' && v !== '' && v !== false,
  );
  const f = s.filter;
  const filterWords = [
    f.kind && `${t('directive.kind')}: ${t(DIRECTIVE_KIND_LABEL[f.kind])}`,
    f.status && `${t('directive.status')}: ${t(STATUS_LABEL[f.status])}`,
    f.assignee && `${t('directive.assignee')}: ${f.assignee}`,
    f.leadUnit && `${t('directive.leadUnit')}: ${f.leadUnit}`,
    f.meetingId &&
      `${t('directive.meeting')}: ${meetings.find((m) => m.id === f.meetingId)?.label ?? ''}`,
    f.overdue && t('directives.onlyOverdue'),
    f.incomplete && t('directives.onlyIncomplete'),
  ].filter((w): w is string => typeof w === 'string' && w !== '');
  const editor = s.editor;

  return (
    <div className={`register-page${editor ? ' register-page--with-drawer' : ''}`}>
      <div className="page-head">
        <h2>{t('directives.title')}</h2>
        <span className="page-head__count" aria-live="polite">
          {t('directives.count', { n: s.total })}
        </span>
        <Button
          look="primary"
          small
          onClick={() => guard(() => s.startNewDirective())}
          testId="new-directive"
        >
          {t('directives.new')}
        </Button>
        <RegisterExport register="directives" />
        <PrintRegister
          // Every row the filter leaves, not only the pages loaded on screen.
          build={async () =>
            directiveRegister(
              (await s.allDirectives()) ?? s.items,
              new Map(summaries.map((m) => [m.id, m.title])),
              today,
            )
          }
          filters={
            filterWords.length ? t('print.filters', { list: filterWords.join(' · ') }) : null
          }
          testId="print-directives"
        />
      </div>
      <DirectiveFilters
        value={s.filter}
        meetings={meetings}
        onChange={(patch) => void s.setFilter(patch)}
      />
      <ErrorMessage error={s.error} />
      {s.loaded && s.total === 0 ? (
        filtered ? (
          <p className="empty">{t('directives.noMatch')}</p>
        ) : (
          <SampleDataOffer />
        )
      ) : (
        <DirectiveTable
          items={s.items}
          total={s.total}
          onNeedRows={s.ensureRows}
          sources={s.sources}
          today={today}
          selectedId={editor?.original?.id ?? null}
          rowError={s.rowError}
          onStatus={(id, status) => {
            const row = s.items.find((d) => d.id === id);
            if (status === 'done' && row?.status !== 'done') setCompleting(id);
            else void s.updateStatus(id, status);
          }}
          onAddNote={s.addProgressNote}
          onOpen={(id) => guard(() => void s.openDirective(id))}
          sort={s.filter.sort}
          onSort={(sort) => void s.setFilter({ sort })}
        />
      )}
      {completing && (
        <CompletionDateDialog
          today={today}
          onConfirm={(completedOn) => {
            setCompleting(null);
            void s.updateStatus(completing, 'done', completedOn);
          }}
          onCancel={() => setCompleting(null)}
        />
      )}
      {editor && (
        <EditorDrawer
          label={t('directive.editTitle')}
          editor={editor}
          onRestored={() => {
            void s.reloadDirective();
            void s.loadDirectives();
          }}
        >
          <DirectiveEditor
            key={editor.original?.id ?? 'new'}
            {...editorView(editor)}
            today={today}
            meetings={meetings}
            onEdit={s.editDirective}
            onSave={() => void s.saveDirective()}
            onDelete={() => void s.deleteDirective()}
            onClose={() => guard(s.closeDirective)}
            onReload={() => void s.reloadDirective()}
          />
        </EditorDrawer>
      )}
    </div>
  );
}
