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
import { Checkbox } from '../../ui/Checkbox';
import { TextInput } from '../../ui/TextInput';
import { Labelled } from '../../ui/Labelled';

/** "30" → the moment 30 days from now; '' → no expiry. */
const expiryOf = (days: string): string | null => {
  const n = Number(days);
  return days && n > 0 ? new Date(Date.now() + n * 86_400_000).toISOString() : null;
};

const toggle = (list: string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

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
        {contacts.map((c) => (
          <Checkbox
            key={c.fingerprint}
            checked={to.includes(c.name)}
            onChange={() => setTo(toggle(to, c.name))}
            testId="send-to"
          >
            {c.name}
          </Checkbox>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('exchange.briefsToSend')}</legend>
        <p className="muted">{t('exchange.briefBrings')}</p>
        {briefs.length === 0 && <p className="muted">{t('exchange.noBriefs')}</p>}
        {briefs.map((b) => (
          <Checkbox
            key={b.id}
            checked={briefIds.includes(b.id)}
            onChange={() => setBriefIds(toggle(briefIds, b.id))}
            testId="send-brief"
          >
            {briefLabel(b.typeName, b.abstract)}
          </Checkbox>
        ))}
        {briefIds.length > 0 && (
          <div className="exchange-renderings" role="group" aria-label={t('exchange.renderings')}>
            <span>{t('exchange.renderings')}</span>
            {(['docx', 'pdf'] as const).map((f) => (
              <Checkbox
                key={f}
                checked={renderings.includes(f)}
                onChange={() =>
                  setRenderings(
                    renderings.includes(f) ? renderings.filter((x) => x !== f) : [...renderings, f],
                  )
                }
                testId={`send-rendering-${f}`}
              >
                {f.toUpperCase()}
              </Checkbox>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('exchange.meetingsToSend')}</legend>
        {meetings.map((m) => (
          <Checkbox
            key={m.id}
            checked={meetingIds.includes(m.id)}
            onChange={() => setMeetingIds(toggle(meetingIds, m.id))}
            testId="send-meeting"
          >
            {formatShortDate(m.date)} — {m.title}
          </Checkbox>
        ))}
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
                onChange={() => setDirectiveIds(toggle(directiveIds, d.id))}
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
