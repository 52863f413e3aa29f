// "Trao đổi": this organisation's card to give out, the verified contacts, sending a package
// and opening one (choose a file, drop it here, or open it from the file manager in Electron):
// preview first — who sent it, what each item would do — then import with a choice for each
// conflict. The audit log lists every seal, open and import.
import { useEffect, useState } from 'react';
import { formatFingerprint } from '../../../shared/exchange/card';
import { formatShortDate } from '../../../shared/format/date';
import { useT, type MessageKey } from '../../i18n';
import { downloadBase64 } from '../../lib/export-file';
import { downloadText } from '../../lib/files';
import { MAX_PACKAGE_FILE, readFileBase64 } from '../../lib/read-file';
import { useBriefsStore } from '../../stores/briefsStore';
import { readyToImport, useExchangeStore, type Resolution } from '../../stores/exchangeStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import '../../styles/exchange.css';

const ACTION_LABEL: Record<string, MessageKey> = {
  add: 'exchange.action.add',
  'skip-identical': 'exchange.action.identical',
  update: 'exchange.action.update',
  'mine-newer': 'exchange.action.mineNewer',
  conflict: 'exchange.action.conflict',
  attachment: 'exchange.action.attachment',
};

/** "30" → the moment 30 days from now; '' → no expiry. */
const expiryOf = (days: string): string | null => {
  const n = Number(days);
  return days && n > 0 ? new Date(Date.now() + n * 86_400_000).toISOString() : null;
};

function Fingerprint({ digits, testId }: { digits: string; testId?: string }) {
  return (
    <code className="fingerprint" data-testid={testId}>
      {formatFingerprint(digits)}
    </code>
  );
}

function MyCard() {
  const t = useT();
  const card = useExchangeStore((s) => s.card);
  if (!card) return null;
  return (
    <section className="exchange-panel" aria-labelledby="my-card" data-print-only-key>
      <h3 id="my-card">{t('exchange.myCard')}</h3>
      <p>
        <strong>{card.card.name}</strong>
        {card.card.unit && ` — ${card.card.unit}`}
      </p>
      <p className="muted">{t('exchange.fingerprintHint')}</p>
      <Fingerprint digits={card.fingerprint} testId="my-fingerprint" />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadText(card.fileName, card.fileText)}
          data-testid="save-card"
        >
          {t('exchange.saveCard')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => window.print()}
          data-testid="print-card"
        >
          {t('exchange.printCard')}
        </button>
      </div>
    </section>
  );
}

function Contacts() {
  const t = useT();
  const contacts = useExchangeStore((s) => s.contacts);
  const addContact = useExchangeStore((s) => s.addContact);
  const revoke = useExchangeStore((s) => s.revokeContact);
  const rename = useExchangeStore((s) => s.renameContact);
  const [renaming, setRenaming] = useState<{ fingerprint: string; name: string } | null>(null);
  const [cardText, setCardText] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  return (
    <section className="exchange-panel" aria-labelledby="contacts">
      <h3 id="contacts">{t('exchange.contacts')}</h3>
      {contacts.length === 0 ? (
        <p className="empty">{t('exchange.noContacts')}</p>
      ) : (
        <ul className="contact-list">
          {contacts.map((c) => (
            <li key={c.fingerprint} data-testid="contact">
              {renaming?.fingerprint === c.fingerprint ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void rename(c.fingerprint, renaming.name).then((ok) => ok && setRenaming(null));
                  }}
                >
                  <input
                    className="input"
                    value={renaming.name}
                    maxLength={200}
                    onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
                    aria-label={t('exchange.rename')}
                  />
                  <button type="submit" className="button button--small">
                    {t('briefs.save')}
                  </button>
                </form>
              ) : (
                <strong>{c.name}</strong>
              )}{' '}
              {c.revokedAt && <span className="badge badge--danger">{t('exchange.revoked')}</span>}
              <Fingerprint digits={c.fingerprint} />
              <span className="muted">
                {t('exchange.verifiedOn', { date: formatShortDate(c.verifiedAt.slice(0, 10)) })}
              </span>
              {renaming?.fingerprint !== c.fingerprint && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setRenaming({ fingerprint: c.fingerprint, name: c.name })}
                >
                  {t('exchange.rename')}
                </button>
              )}
              {!c.revokedAt && (
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  onClick={() => void revoke(c.fingerprint)}
                >
                  {t('exchange.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="exchange-form"
        onSubmit={(e) => {
          e.preventDefault();
          void addContact(cardText, fingerprint).then((ok) => {
            if (ok) {
              setCardText('');
              setFingerprint('');
            }
          });
        }}
      >
        <h4>{t('exchange.addContact')}</h4>
        <label className="field">
          <span className="field__label">{t('exchange.cardFile')}</span>
          <input
            type="file"
            accept=".bdcard,text/plain"
            data-testid="card-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f && f.size <= 16 * 1024) void f.text().then(setCardText);
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('exchange.cardText')}</span>
          <textarea
            className="textarea"
            rows={3}
            value={cardText}
            onChange={(e) => setCardText(e.target.value)}
            data-testid="card-text"
          />
        </label>
        <label className="field">
          <span className="field__label">{t('exchange.comparedFingerprint')}</span>
          <input
            className="input input--mono"
            value={fingerprint}
            onChange={(e) => setFingerprint(e.target.value)}
            placeholder="12345 67890 …"
            data-testid="card-fingerprint"
          />
          <span className="field__hint">{t('exchange.compareHint')}</span>
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={!cardText.trim() || !fingerprint.trim()}
          data-testid="add-contact"
        >
          {t('exchange.addContactButton')}
        </button>
      </form>
    </section>
  );
}

function Send() {
  const t = useT();
  const contacts = useExchangeStore((s) => s.contacts).filter((c) => !c.revokedAt);
  const seal = useExchangeStore((s) => s.seal);
  const sealed = useExchangeStore((s) => s.sealed);
  const busy = useExchangeStore((s) => s.busy);
  const briefs = useBriefsStore((s) => s.summaries);
  const meetings = useMeetingsStore((s) => s.summaries);
  const [to, setTo] = useState<string[]>([]);
  const [briefIds, setBriefIds] = useState<string[]>([]);
  const [meetingIds, setMeetingIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [days, setDays] = useState('');
  useEffect(() => {
    void useBriefsStore.getState().loadBriefs();
    void useMeetingsStore.getState().loadMeetings();
  }, []);
  const toggle = (list: string[], set: (v: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  return (
    <section className="exchange-panel" aria-labelledby="send">
      <h3 id="send">{t('exchange.send')}</h3>
      <fieldset>
        <legend>{t('exchange.recipients')}</legend>
        {contacts.length === 0 && <p className="muted">{t('exchange.noContacts')}</p>}
        {contacts.map((c) => (
          <label key={c.fingerprint} className="checkbox">
            <input
              type="checkbox"
              checked={to.includes(c.name)}
              onChange={() => toggle(to, setTo, c.name)}
              data-testid="send-to"
            />{' '}
            {c.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('exchange.briefsToSend')}</legend>
        <p className="muted">{t('exchange.briefBrings')}</p>
        {briefs.map((b) => (
          <label key={b.id} className="checkbox">
            <input
              type="checkbox"
              checked={briefIds.includes(b.id)}
              onChange={() => toggle(briefIds, setBriefIds, b.id)}
              data-testid="send-brief"
            />{' '}
            {[b.typeName, b.abstract].filter(Boolean).join(': ')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('exchange.meetingsToSend')}</legend>
        {meetings.map((m) => (
          <label key={m.id} className="checkbox">
            <input
              type="checkbox"
              checked={meetingIds.includes(m.id)}
              onChange={() => toggle(meetingIds, setMeetingIds, m.id)}
              data-testid="send-meeting"
            />{' '}
            {formatShortDate(m.date)} — {m.title}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">{t('exchange.note')}</span>
        <input
          className="input"
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('exchange.expiresInDays')}</span>
        <input
          className="input input--year"
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value.replace(/\D/g, '').slice(0, 4))}
          data-testid="expiry-days"
        />
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={busy || to.length === 0 || briefIds.length + meetingIds.length === 0}
        data-testid="seal"
        onClick={() =>
          void seal({ to, briefIds, meetingIds, note, expiresAt: expiryOf(days) }).then((file) => {
            if (file) downloadBase64(file.fileName, 'application/octet-stream', file.base64);
          })
        }
      >
        {t('exchange.seal')}
      </button>
      {sealed && (
        <p className="check-ok" data-testid="sealed">
          {t('exchange.sealed', { file: sealed.fileName, n: sealed.items })}
        </p>
      )}
    </section>
  );
}

function Open() {
  const t = useT();
  const s = useExchangeStore();
  const [dragging, setDragging] = useState(false);
  const take = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PACKAGE_FILE) {
      useExchangeStore.setState({
        error: {
          code: 'package-too-large',
          message: {
            vi: 'Gói quá lớn (tối đa 200 MB).',
            en: 'The package is too large (at most 200 MB).',
          },
        },
      });
      return;
    }
    void readFileBase64(file).then((b64) => s.openPackage(file.name, b64));
  };
  const o = s.opened;
  return (
    <section
      className={`exchange-panel exchange-drop${dragging ? ' exchange-drop--over' : ''}`}
      aria-labelledby="open"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        take(e.dataTransfer.files[0]);
      }}
    >
      <h3 id="open">{t('exchange.open')}</h3>
      <p className="muted">{t('exchange.openHint')}</p>
      <input
        type="file"
        accept=".bdpack"
        onChange={(e) => take(e.target.files?.[0])}
        data-testid="package-file"
      />
      {o && (
        <div className="package-preview" data-testid="package-preview">
          <p>
            {t('exchange.from')} <strong>{o.preview.sender.name}</strong>
            {o.preview.sender.unit && ` — ${o.preview.sender.unit}`}{' '}
            <Fingerprint digits={o.preview.sender.fingerprint} />
          </p>
          {o.preview.note && <p className="muted">{o.preview.note}</p>}
          <table className="data-table">
            <tbody>
              {o.preview.items.map((i) => (
                <tr key={i.key} data-testid="package-item">
                  <td>{i.name}</td>
                  <td className={i.action === 'conflict' ? 'strong' : undefined}>
                    {t(ACTION_LABEL[i.action] ?? 'exchange.action.add')}
                  </td>
                  <td>
                    {i.action === 'conflict' && (
                      <select
                        className="select"
                        value={o.resolutions[i.key] ?? ''}
                        onChange={(e) => s.resolve(i.key, e.target.value as Resolution)}
                        data-testid="conflict-choice"
                      >
                        <option value="" disabled>
                          {t('exchange.choose')}
                        </option>
                        <option value="mine">{t('exchange.keepMine')}</option>
                        <option value="theirs">{t('exchange.takeTheirs')}</option>
                        <option value="both">{t('exchange.keepBoth')}</option>
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="button" onClick={s.closeOpened}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={s.busy || !readyToImport(o)}
              onClick={() => void s.importOpened()}
              data-testid="import"
            >
              {t('exchange.import')}
            </button>
          </div>
        </div>
      )}
      {s.imported && (
        <p className="check-ok" data-testid="imported">
          {t('exchange.imported', {
            added: s.imported.added,
            updated: s.imported.updated,
            skipped: s.imported.skipped,
            copies: s.imported.copies,
          })}
        </p>
      )}
    </section>
  );
}

function Log() {
  const t = useT();
  const log = useExchangeStore((s) => s.log);
  if (log.length === 0) return null;
  return (
    <section className="exchange-panel exchange-panel--wide" aria-labelledby="log">
      <h3 id="log">{t('exchange.log')}</h3>
      <table className="data-table" data-testid="exchange-log">
        <tbody>
          {log.slice(0, 50).map((e, i) => (
            <tr key={i}>
              <td className="nowrap">{`${formatShortDate(e.at.slice(0, 10))} ${e.at.slice(11, 16)}`}</td>
              <td>{e.action}</td>
              <td className="nowrap">{e.packageId?.slice(0, 8) ?? ''}</td>
              <td>{e.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ExchangePage() {
  const t = useT();
  const error = useExchangeStore((s) => s.error);
  useEffect(() => {
    void useExchangeStore.getState().load();
    void useExchangeStore.getState().openPending();
    // A package opened from the file manager focuses the window: look for it then.
    const onFocus = () => void useExchangeStore.getState().openPending();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  return (
    <div className="register-page exchange-page" data-testid="exchange-page">
      <div className="page-head">
        <h2>{t('exchange.title')}</h2>
      </div>
      <ErrorMessage
        error={error}
        testId="exchange-error"
        onDismiss={() => useExchangeStore.setState({ error: null })}
      />
      <div className="exchange-grid">
        <MyCard />
        <Contacts />
        <Send />
        <Open />
        <Log />
      </div>
    </div>
  );
}
