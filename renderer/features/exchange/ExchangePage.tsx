// "Trao đổi": this organisation's card to give out, the verified contacts, sending a package
// and opening one (choose a file, drop it here, or open it from the file manager in Electron):
// preview first — who sent it, what each item would do — then import with a choice for each
// conflict. The audit log lists every seal, open and import.
import { useEffect, useState } from 'react';
import { formatShortDate } from '../../../shared/format/date';
import { useT } from '../../i18n';
import { getPackageFiles } from '../../api/package-files';
import { downloadText } from '../../lib/files';
import { MAX_PACKAGE_FILE } from '../../lib/read-file';
import { useExchangeStore } from '../../stores/exchangeStore';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExchangeLog } from './ExchangeLog';
import { Fingerprint } from './Fingerprint';
import { PackagePreview } from './PackagePreview';
import { SendPanel } from './SendPanel';
import { Button } from '../../ui/Button';
import { Labelled } from '../../ui/Labelled';
import { TextInput } from '../../ui/TextInput';
import '../../styles/exchange.css';

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
        <Button onClick={() => downloadText(card.fileName, card.fileText)} testId="save-card">
          {t('exchange.saveCard')}
        </Button>
        <Button onClick={() => window.print()} testId="print-card">
          {t('exchange.printCard')}
        </Button>
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
  const [revoking, setRevoking] = useState<{ fingerprint: string; name: string } | null>(null);
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
                  <Button type="submit" small>
                    {t('briefs.save')}
                  </Button>
                </form>
              ) : (
                <strong>{c.name}</strong>
              )}{' '}
              {(c.organisation !== c.name || c.unit) && (
                <span className="muted">
                  {[c.organisation, c.unit].filter(Boolean).join(' — ')}
                </span>
              )}
              {c.revokedAt && <span className="badge badge--danger">{t('exchange.revoked')}</span>}
              <Fingerprint digits={c.fingerprint} />
              <span className="muted">
                {t('exchange.verifiedOn', { date: formatShortDate(c.verifiedAt.slice(0, 10)) })}
              </span>
              {renaming?.fingerprint !== c.fingerprint && (
                <Button
                  small
                  onClick={() => setRenaming({ fingerprint: c.fingerprint, name: c.name })}
                >
                  {t('exchange.rename')}
                </Button>
              )}
              {!c.revokedAt && (
                <Button
                  look="danger-quiet"
                  small
                  onClick={() => setRevoking({ fingerprint: c.fingerprint, name: c.name })}
                  testId="revoke-contact"
                >
                  {t('exchange.revoke')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('exchange.revokeTitle')}
        message={t('exchange.revokeMessage', { name: revoking?.name ?? '' })}
        confirmLabel={t('exchange.revoke')}
        danger
        onConfirm={() => {
          if (revoking) void revoke(revoking.fingerprint);
          setRevoking(null);
        }}
        onCancel={() => setRevoking(null)}
        testId="revoke-confirm"
      />
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
        <Labelled label={t('exchange.cardFile')}>
          <input
            type="file"
            accept=".bdcard,text/plain"
            data-testid="card-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f && f.size <= 16 * 1024) void f.text().then(setCardText);
            }}
          />
        </Labelled>
        <Labelled label={t('exchange.cardText')}>
          <TextInput rows={3} value={cardText} onChange={setCardText} testId="card-text" />
        </Labelled>
        <label className="field">
          <span className="field__label">{t('exchange.comparedFingerprint')}</span>
          <TextInput
            className="input input--mono"
            value={fingerprint}
            onChange={setFingerprint}
            placeholder="12345 67890 …"
            testId="card-fingerprint"
          />
          <span className="field__hint">{t('exchange.compareHint')}</span>
        </label>
        <Button
          type="submit"
          look="primary"
          disabled={!cardText.trim() || !fingerprint.trim()}
          testId="add-contact"
        >
          {t('exchange.addContactButton')}
        </Button>
      </form>
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
    void s.openFile(file);
  };
  const o = s.opened;
  // Electron chooses with its native dialog (main reads the file); the browser host uploads
  // the File the user chose or dropped.
  const dialog = getPackageFiles().mode === 'dialog';
  return (
    <section
      // A preview needs the room of both columns: item names are long.
      className={`exchange-panel exchange-drop${o ? ' exchange-panel--wide' : ''}${dragging ? ' exchange-drop--over' : ''}`}
      aria-labelledby="open"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!dialog) take(e.dataTransfer.files[0]);
      }}
    >
      <h3 id="open">{t('exchange.open')}</h3>
      <p className="muted">{t(dialog ? 'exchange.openHintDialog' : 'exchange.openHint')}</p>
      {dialog ? (
        <Button disabled={s.busy} onClick={() => void s.choosePackage()} testId="choose-package">
          {t('exchange.choosePackage')}
        </Button>
      ) : (
        <input
          type="file"
          accept=".bdpack"
          onChange={(e) => {
            take(e.target.files?.[0]);
            // The same file chosen again (after a refusal, say) is sent again.
            e.target.value = '';
          }}
          data-testid="package-file"
        />
      )}
      {o && <PackagePreview opened={o} />}
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
      {s.imported?.attachments?.map(({ recordId, name, savedAs }) => {
        if (savedAs === undefined) return null;
        const save = s.saveAttachment;
        return save ? (
          <Button
            small
            key={`${recordId ?? ''}-${name}`}
            onClick={() => save(savedAs)}
            testId="save-attachment"
          >
            {t('exchange.saveAttachment', { name: savedAs })}
          </Button>
        ) : (
          <p key={`${recordId ?? ''}-${name}`} className="muted" data-testid="saved-attachment">
            {t('exchange.savedAttachment', { name: savedAs })}
          </p>
        );
      })}
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
        <SendPanel />
        <Open />
        <ExchangeLog />
      </div>
    </div>
  );
}
