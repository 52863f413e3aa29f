// The briefs page: the drafted documents (type, number-symbol, abstract, meeting, last saved),
// all or one meeting's; a new brief from a meeting and a template; the organisation's issuing
// details the templates fill in; and, once a brief is opened, the brief editor.
import { useEffect, useState } from 'react';
import { TEMPLATE_LABELS, type MeetingTemplateName } from '../../../shared/brief';
import type { BriefSummary } from '../../../shared/contract';
import { formatShortDate } from '../../../shared/format/date';
import { pick, useLanguage, useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BriefWorkspace } from './BriefWorkspace';
import { TemplatePicker } from './NewBriefButton';
import { OrganisationDialog } from './OrganisationDialog';
import { useOrganisationStore } from '../../stores/organisationStore';
import { StatusBadge } from './LifecycleActions';
import { NewDocumentDialog } from './NewDocumentDialog';
import { RegisterPanel } from './RegisterPanel';
import { useLifecycleStore } from '../../stores/lifecycleStore';
import '../../styles/briefs.css';
import { MeetingOptions } from '../meetings/components/MeetingOptions';
import { Button } from '../../ui/Button';

function updatedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatShortDate(day)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function BriefRow({ b, meeting, onOpen }: { b: BriefSummary; meeting: string; onOpen(): void }) {
  const lang = useLanguage();
  const kind =
    b.typeName ||
    (b.template === 'blank' ? '' : pick(TEMPLATE_LABELS[b.template as MeetingTemplateName], lang));
  return (
    <tr
      tabIndex={0}
      className="clickable"
      data-testid="brief-row"
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
      }}
    >
      <td>{kind}</td>
      <td className="nowrap">{b.numberSymbol}</td>
      <td>
        <StatusBadge status={b.status} />
      </td>
      <td>{b.abstract}</td>
      <td>{meeting}</td>
      <td className="nowrap">{updatedAt(b.updatedAt)}</td>
    </tr>
  );
}

export function BriefsPage() {
  const t = useT();
  const s = useBriefsStore();
  const meetings = useMeetingsStore((m) => m.summaries);
  const meetingsLoaded = useMeetingsStore((m) => m.loaded);
  const orgOpen = useOrganisationStore((o) => o.editor !== null);
  const openOrg = () => void useOrganisationStore.getState().openEditor();
  const [newOpen, setNewOpen] = useState(false);
  const [showRegister, setShowRegister] = useState(false);
  const { loaded, loadBriefs } = s;
  const openId = s.draft?.stored.id;

  useEffect(() => {
    if (!loaded) void loadBriefs();
  }, [loaded, loadBriefs]);
  useEffect(() => {
    if (!meetingsLoaded) void useMeetingsStore.getState().loadMeetings();
  }, [meetingsLoaded]);
  useEffect(() => {
    void useBriefsStore.getState().loadOrganisation();
  }, []);
  // Coming back to an open brief: its figures may have changed in the registers meanwhile.
  useEffect(() => {
    if (openId) void useBriefsStore.getState().refreshStale();
  }, [openId]);

  // Alt+N on this page asks for a template, with a brief open or not.
  const picker = (
    <TemplatePicker open={s.creating} onClose={() => s.setCreating(false)} onCreated={() => {}} />
  );
  // The dialog also opens over a brief: a draft of it may be put back while a brief is open.
  const orgDialog = orgOpen && <OrganisationDialog />;
  if (s.draft)
    return (
      <>
        <BriefWorkspace />
        {picker}
        {orgDialog}
      </>
    );

  const meetingName = (id: string | null) => {
    const m = id ? meetings.find((x) => x.id === id) : undefined;
    return m ? `${m.title} (${formatShortDate(m.date)})` : '';
  };

  return (
    <div className="register-page briefs-page" data-testid="briefs-page">
      <div className="page-head">
        <h2>{t('briefs.title')}</h2>
        <span className="page-head__count" aria-live="polite">
          {t('briefs.count', { n: s.summaries.length })}
        </span>
        <Button small onClick={openOrg} testId="organisation-open">
          {t('briefs.organisation')}
        </Button>
        <Button
          look="primary"
          small
          onClick={() => {
            useBriefsStore.setState({ error: null });
            s.setCreating(true);
          }}
          testId="briefs-new"
        >
          {t('briefs.newFromMeeting')}
        </Button>
        <Button small onClick={() => setNewOpen(true)} testId="briefs-new-document">
          {t('lifecycle.newDocument')}
        </Button>
        <Button
          small
          aria-pressed={showRegister}
          onClick={() => {
            setShowRegister(!showRegister);
            useLifecycleStore.setState({ registerLoaded: false });
          }}
          testId="register-open"
        >
          {showRegister ? t('lifecycle.backToBriefs') : t('lifecycle.register')}
        </Button>
      </div>
      {s.organisation &&
        (!s.organisation.abbreviation.trim() || !s.organisation.signer.name.trim()) && (
          <div
            className="brief-banner brief-banner--stale"
            role="status"
            data-testid="organisation-missing"
          >
            <span>{t('briefs.organisationMissing')}</span>
            <Button small onClick={openOrg}>
              {t('briefs.organisation')}
            </Button>
          </div>
        )}
      <label className="briefs-filter">
        <span>{t('briefs.filterMeeting')}</span>
        <select
          className="select"
          value={s.meetingFilter ?? ''}
          onChange={(e) => void s.setMeetingFilter(e.target.value || null)}
          data-testid="briefs-meeting-filter"
        >
          <option value="">{t('common.all')}</option>
          <MeetingOptions meetings={meetings} />
        </select>
      </label>
      {!s.creating && !orgOpen && (
        <ErrorMessage error={s.error} onDismiss={() => useBriefsStore.setState({ error: null })} />
      )}
      {!orgOpen && s.organisationError && <ErrorMessage error={s.organisationError} />}
      {showRegister ? (
        <RegisterPanel />
      ) : s.summaries.length === 0 && loaded ? (
        <div className="empty-offer">
          <p>{t('briefs.empty')}</p>
          <p className="muted">{t('briefs.howToCreate')}</p>
        </div>
      ) : (
        <table className="briefs-table" data-testid="briefs-table">
          <thead>
            <tr>
              <th>{t('briefs.colType')}</th>
              <th>{t('briefs.colNumber')}</th>
              <th>{t('lifecycle.colStatus')}</th>
              <th>{t('briefs.colAbstract')}</th>
              <th>{t('briefs.colMeeting')}</th>
              <th>{t('briefs.colUpdated')}</th>
            </tr>
          </thead>
          <tbody>
            {s.summaries.map((b) => (
              <BriefRow
                key={b.id}
                b={b}
                meeting={meetingName(b.meetingId)}
                onOpen={() => void s.openBrief(b.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {picker}
      {orgDialog}
      {newOpen && <NewDocumentDialog onClose={() => setNewOpen(false)} />}
    </div>
  );
}
