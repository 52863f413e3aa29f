// The settings screen (issue 9 item 7): change the passphrase (offered at once after an
// unlock with the recovery key, which then proves the right to change it), backup and
// restore, the idle-lock minutes and pruning the recent-vaults list. The strength rule is the
// one of shared/passphrase.ts that the handlers enforce; the meter only shows it early.
import { useMemo, useState, type FormEvent } from 'react';
import { assessPassphrase } from '../../../shared/passphrase';
import type { AppError } from '../../../shared/result';
import { getApi } from '../../api/client';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { NewPassphraseFields } from '../vault/components/NewPassphraseFields';
import { selectRecentVaults, useSettingsStore } from '../../stores/settingsStore';
import { BackupSection, RestoreSection } from './BackupRestore';
import { useSettingsPanel } from './settingsPanelStore';
import { SecretField } from '../../ui/SecretField';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { TextInput } from '../../ui/TextInput';

function PassphraseSection({ afterRecovery }: { afterRecovery: boolean }) {
  const t = useT();
  const [useRecovery, setUseRecovery] = useState(afterRecovery);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const strength = useMemo(() => assessPassphrase(next), [next]);
  const mismatch = confirm !== '' && confirm !== next;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !current || !strength.acceptable || confirm !== next) return;
    setBusy(true);
    setError(null);
    const proof = useRecovery ? { recoveryKey: current.trim() } : { current };
    const r = await getApi()['vault.changePassphrase']({ ...proof, next });
    setBusy(false);
    if (r.ok) {
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirm('');
    } else setError(r.error);
  }

  return (
    <form
      className="settings-section"
      onSubmit={(e) => void submit(e)}
      data-testid="settings-passphrase"
    >
      <h2>{t('settings.passphrase.title')}</h2>
      {afterRecovery && (
        <p className="notice" data-testid="settings-after-recovery">
          {t('settings.afterRecovery')}
        </p>
      )}
      <Checkbox checked={useRecovery} onChange={setUseRecovery}>
        {t('settings.passphrase.useRecovery')}
      </Checkbox>
      <SecretField
        label={useRecovery ? t('settings.passphrase.recovery') : t('settings.passphrase.current')}
        value={current}
        onChange={setCurrent}
        autoComplete="off"
        reveal={useRecovery}
        mono={useRecovery}
        testId="settings-current"
      />
      <NewPassphraseFields
        passphrase={{
          label: t('settings.passphrase.next'),
          value: next,
          onChange: setNext,
          testId: 'settings-next',
        }}
        confirm={{
          label: t('settings.passphrase.confirm'),
          error: mismatch ? t('settings.passphrase.mismatch') : undefined,
          value: confirm,
          onChange: setConfirm,
          testId: 'settings-confirm',
        }}
        strength={strength}
      />
      <ErrorMessage error={error} testId="settings-passphrase-error" />
      {done && (
        <p role="status" data-testid="settings-passphrase-done">
          {t('settings.passphrase.done')}
        </p>
      )}
      <Button
        type="submit"
        look="primary"
        disabled={busy || !current || !strength.acceptable || confirm !== next}
        testId="settings-passphrase-submit"
      >
        {t('settings.passphrase.submit')}
      </Button>
    </form>
  );
}

function IdleSection() {
  const t = useT();
  const saved = useSettingsStore((s) => s.settings?.idleLockMinutes ?? 10);
  const error = useSettingsStore((s) => s.error);
  const [minutes, setMinutes] = useState(String(saved));
  const [done, setDone] = useState(false);
  const value = Number(minutes);
  const valid = Number.isInteger(value) && value >= 1 && value <= 240;
  return (
    <form
      className="settings-section"
      data-testid="settings-idle"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        void useSettingsStore
          .getState()
          .setIdleLockMinutes(value)
          .then(() => setDone(true));
      }}
    >
      <h2>{t('settings.idle.title')}</h2>
      <Field label={t('settings.idle.minutes')} required>
        {(c) => (
          <TextInput
            {...c}
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={setMinutes}
            testId="settings-idle-minutes"
          />
        )}
      </Field>
      <ErrorMessage error={error} />
      {done && <p role="status">{t('settings.idle.done')}</p>}
      <Button type="submit" disabled={!valid}>
        {t('settings.idle.save')}
      </Button>
    </form>
  );
}

/** Due-date reminders (issue 13 §1): a notification in the Electron shell, a banner elsewhere. */
function RemindersSection() {
  const t = useT();
  const on = useSettingsStore((s) => s.settings?.dueReminders ?? true);
  return (
    <section className="settings-section" data-testid="settings-reminders">
      <h2>{t('settings.reminders.title')}</h2>
      <Checkbox
        checked={on}
        onChange={(checked) => void useSettingsStore.getState().setDueReminders(checked)}
        testId="settings-due-reminders"
      >
        {t('settings.reminders.label')}
      </Checkbox>
    </section>
  );
}

function RecentSection() {
  const t = useT();
  const recent = useSettingsStore(selectRecentVaults);
  const [error, setError] = useState<AppError | null>(null);
  async function forget(file: string) {
    const r = await getApi()['settings.set']({ forgetRecent: [file] });
    if (r.ok) useSettingsStore.setState({ settings: r.value });
    else setError(r.error);
  }
  return (
    <section className="settings-section" data-testid="settings-recent">
      <h2>{t('settings.recent.title')}</h2>
      <p className="lead">{t('settings.recent.lead')}</p>
      {recent.length === 0 && <p>{t('settings.recent.empty')}</p>}
      <ul className="recent__list">
        {recent.map((r) => (
          <li key={r.path} className="input-row">
            <span className="recent__meta">{r.path}</span>
            <Button onClick={() => void forget(r.file)} testId="settings-forget-recent">
              {t('settings.recent.forget')}
            </Button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
    </section>
  );
}

export function SettingsPanel() {
  const t = useT();
  const { open, afterRecovery, hide } = useSettingsPanel();
  return (
    <Dialog
      open={open}
      title={t('settings.title')}
      onClose={hide}
      className="dialog--settings"
      testId="settings-panel"
    >
      {open && (
        <>
          <PassphraseSection afterRecovery={afterRecovery} />
          <BackupSection />
          <RestoreSection />
          <IdleSection />
          <RemindersSection />
          <RecentSection />
        </>
      )}
    </Dialog>
  );
}
