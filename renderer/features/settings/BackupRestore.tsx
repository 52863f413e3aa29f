// Backup and restore without a terminal (issue 9 item 7, issue 11): files are named through
// handles, a backup never replaces an existing file unless the user ticks "replace this file"
// after being told it exists, and restore asks for the backup's passphrase, which the host
// uses to check the copy before it gets its name.
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/result';
import { getApi } from '../../api/client';
import { useT } from '../../i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { handleFor } from '../../stores/vaultStore';
import { FileChoiceField } from './FileChoiceField';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';

const kib = (bytes: number) =>
  `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KiB`;

export function BackupSection() {
  const t = useT();
  const [target, setTarget] = useState('');
  const [exists, setExists] = useState(false);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !target.trim()) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const file = await handleFor('save-backup', target.trim(), exists && replace);
    const r = file.ok ? await getApi()['vault.backup']({ file: file.value }) : file;
    setBusy(false);
    if (r.ok) {
      setDone(t('settings.backup.done', { path: r.value.path, size: kib(r.value.bytes) }));
      setExists(false);
      setReplace(false);
    } else {
      setError(r.error);
      if (r.error.code === 'file-exists') setExists(true);
    }
  }

  return (
    <form
      className="settings-section"
      onSubmit={(e) => void submit(e)}
      data-testid="settings-backup"
    >
      <h2>{t('settings.backup.title')}</h2>
      <p className="lead">{t('settings.backup.lead')}</p>
      <FileChoiceField
        label={t('settings.backup.file')}
        purpose="save-backup"
        value={target}
        onChange={(v) => {
          setTarget(v);
          setExists(false);
          setReplace(false);
        }}
        testId="backup-path"
      />
      {exists && (
        <Checkbox checked={replace} onChange={setReplace} testId="backup-replace">
          {t('settings.backup.replace')}
        </Checkbox>
      )}
      <ErrorMessage error={error} testId="backup-error" />
      {done && (
        <p role="status" data-testid="backup-done">
          {done}
        </p>
      )}
      <Button type="submit" look="primary" disabled={busy || !target.trim()} testId="backup-submit">
        {t('settings.backup.submit')}
      </Button>
    </form>
  );
}

export function RestoreSection() {
  const t = useT();
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !source.trim() || !target.trim() || !secret) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const from = await handleFor('restore-source', source.trim());
    const to = await handleFor('restore-target', target.trim());
    setSecret('');
    if (!from.ok || !to.ok) {
      setBusy(false);
      setError(!from.ok ? from.error : !to.ok ? to.error : null);
      return;
    }
    const r = await getApi()['vault.restore']({
      source: from.value,
      target: to.value,
      passphrase: secret,
    });
    setBusy(false);
    if (r.ok) setDone(t('settings.restore.done', { path: r.value.path }));
    else setError(r.error);
  }

  return (
    <form
      className="settings-section"
      onSubmit={(e) => void submit(e)}
      data-testid="settings-restore"
    >
      <h2>{t('settings.restore.title')}</h2>
      <p className="lead">{t('settings.restore.lead')}</p>
      <FileChoiceField
        label={t('settings.restore.source')}
        purpose="restore-source"
        value={source}
        onChange={setSource}
        testId="restore-source"
      />
      <FileChoiceField
        label={t('settings.restore.target')}
        purpose="restore-target"
        value={target}
        onChange={setTarget}
        testId="restore-target"
      />
      <Field label={t('settings.restore.secret')} required>
        {(c) => (
          <input
            {...c}
            className="input"
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            data-testid="restore-passphrase"
          />
        )}
      </Field>
      <ErrorMessage error={error} testId="restore-error" />
      {done && (
        <p role="status" data-testid="restore-done">
          {done}
        </p>
      )}
      <Button
        type="submit"
        look="primary"
        disabled={busy || !source.trim() || !target.trim() || !secret}
        testId="restore-submit"
      >
        {t('settings.restore.submit')}
      </Button>
    </form>
  );
}
