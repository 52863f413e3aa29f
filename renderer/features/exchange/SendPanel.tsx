// "Gửi gói": choose recipients among the contacts not revoked, then what to send — briefs
// (each brings its meeting and that meeting's directives, optionally with its DOCX/PDF),
// whole meetings (with their directives), or single directives (a progress report sent
// back) — a covering note and an expiry. Sealing writes the .bdpack where the user chose (Electron) or
// downloads it (browser host; renderer/api/package-files.ts) and
// says what went, and what was left out for a secrecy mark.
import { useEffect, useState } from 'react';
import { briefLabel } from '../../../shared/brief/search-text';
import type { Directive } from '../../../shared/domain';
import { formatShortDate } from '../../../shared/format/date';
import { getApi } from '../../api/client';
import { useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { useExchangeStore } from '../../stores/exchangeStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { STATUS_LABEL } from '../../ui/labels';
import { Button } from '../../ui/Button';
import { TickList, toggled } from '../../ui/TickList';
import { TextInput } from '../../ui/TextInput';
import { Labelled } from '../../ui/Labelled';

/** "30" → the moment 30 days from now; '' → no expiry. */
const expiryOf = (days: string): string | null => {
  const n = Number(days);
  return days && n > 0 ? new Date(Date.now() + n * 86_400_000).toISOString() : null;
};

/**
 * Every directive, whatever the register's filter shows: the picker offers them all. Read
 * when the user opens the list, so a status changed a moment ago is what goes out.
 */
function useAllDirectives(open: boolean): Directive[] {
  const [all, setAll] = useState<Directive[]>([]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    const api = getApi();
    void api['directives.list']({}).then((r) => {
      if (live && r.ok) setAll(r.value);
    });
    return () => {
      live = false;
    };
  }, [open]);
  return all;
}

export function SendPanel() {
  const t = useT();
  const contacts = useExchangeStore((s) => s.contacts).filter((c) => !c.revokedAt);
  const seal = useExchangeStore((s) => s.seal);
  const sealed = useExchangeStore((s) => s.sealed);
  const busy = useExchangeStore((s) => s.busy);
  const briefs = useBriefsStore((s) => s.summaries);
  const meetings = useMeetingsStore((s) => s.summaries);
  const [to, setTo] = useState<string[]>([]);
  const [briefIds, setBriefIds] = useState<string[]>([]);
  const [renderings, setRenderings] = useState<('docx' | 'pdf')[]>([]);
  const [meetingIds, setMeetingIds] = useState<string[]>([]);
  const [directiveIds, setDirectiveIds] = useState<string[]>([]);
  const [directivesOpen, setDirectivesOpen] = useState(false);
  const [note, setNote] = useState('');
  const [days, setDays] = useState('');
  const directives = useAllDirectives(directivesOpen);
  useEffect(() => {
    void useBriefsStore.getState().loadBriefs();
    void useMeetingsStore.getState().loadMeetings();
  }, []);
  const nothing = briefIds.length + meetingIds.length + directiveIds.length === 0;
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));

  return (
    <section className="exchange-panel" aria-labelledby="send">
      <h3 id="send">{t('exchange.send')}</h3>
      <fieldset>
        <legend>{t('exchange.recipients')}</legend>
        {contacts.length === 0 && <p className="muted">{t('exchange.noContacts')}</p>}
        <TickList
          items={contacts}
          idOf={(c) => c.name}
          keyOf={(c) => c.fingerprint}
          chosen={to}
          onChange={setTo}
          testId="send-to"
        >
          {(c) => c.name}
        </TickList>
      </fieldset>
      <fieldset>
        <legend>{t('exchange.briefsToSend')}</legend>
        <p className="muted">{t('exchange.briefBrings')}</p>
        {briefs.length === 0 && <p className="muted">{t('exchange.noBriefs')}</p>}
        <TickList
          items={briefs}
          idOf={(b) => b.id}
          chosen={briefIds}
          onChange={setBriefIds}
          testId="send-brief"
        >
          {(b) => briefLabel(b.typeName, b.abstract)}
        </TickList>
        {briefIds.length > 0 && (
          <div className="exchange-renderings" role="group" aria-label={t('exchange.renderings')}>
            <span>{t('exchange.renderings')}</span>
            <TickList
              items={['docx', 'pdf'] as const}
              idOf={(f) => f}
              chosen={renderings}
              onChange={setRenderings}
              testId={(f) => `send-rendering-${f}`}
            >
              {(f) => f.toUpperCase()}
            </TickList>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('exchange.meetingsToSend')}</legend>
        <TickList
          items={meetings}
          idOf={(m) => m.id}
          chosen={meetingIds}
          onChange={setMeetingIds}
          testId="send-meeting"
        >
          {(m) => `${formatShortDate(m.date)} — ${m.title}`}
        </TickList>
      </fieldset>
      <details
        className="exchange-directives"
        open={directivesOpen}
        onToggle={(e) => setDirectivesOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary data-testid="send-directives-toggle">
          {t('exchange.directivesToSend')}
          {directiveIds.length > 0 && ` (${directiveIds.length})`}
        </summary>
        <p className="muted">{t('exchange.directivesHint')}</p>
        <div className="exchange-directives__list">
          {directives.map((d) => (
            <label key={d.id} className="checkbox" data-testid="send-directive-row">
              <input
                type="checkbox"
                checked={directiveIds.includes(d.id)}
                onChange={() => setDirectiveIds(toggled(directiveIds, d.id))}
                data-testid="send-directive"
              />{' '}
              <span>
                {d.task}{' '}
                <span className="muted">
                  — {d.assignee} · {t(STATUS_LABEL[d.status])}
                  {d.meetingId && meetingDate.get(d.meetingId)
                    ? ` · ${formatShortDate(meetingDate.get(d.meetingId)!)}`
                    : ''}
                </span>
              </span>
            </label>
          ))}
        </div>
      </details>
      <Labelled label={t('exchange.note')}>
        <TextInput rows={2} value={note} maxLength={2000} onChange={setNote} testId="send-note" />
      </Labelled>
      <Labelled label={t('exchange.expiresInDays')}>
        <TextInput
          className="input input--year"
          inputMode="numeric"
          value={days}
          onChange={(value) => setDays(value.replace(/\D/g, '').slice(0, 4))}
          testId="expiry-days"
        />
      </Labelled>
      <Button
        look="primary"
        disabled={busy || to.length === 0 || nothing}
        testId="seal"
        onClick={() =>
          void seal({
            to,
            briefIds,
            meetingIds,
            directiveIds,
            renderings: briefIds.length > 0 ? renderings : [],
            note,
            expiresAt: expiryOf(days),
          })
        }
      >
        {t('exchange.seal')}
      </Button>
      {sealed && (
        <div data-testid="sealed">
          <p className="check-ok">
            {t('exchange.sealed', { file: sealed.fileName, n: sealed.items })}{' '}
            <span data-testid="sealed-id">{t('exchange.sealedId', { id: sealed.packageId })}</span>
          </p>
          {sealed.leftOut.length > 0 && (
            <div className="check-warn" data-testid="sealed-left-out">
              <p>{t('exchange.leftOut')}</p>
              <ul>
                {sealed.leftOut.map((l) => (
                  <li key={l.id} lang="vi">
                    {l.reason.vi}{' '}
                    <span lang="en" className="muted">
                      {l.reason.en}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
