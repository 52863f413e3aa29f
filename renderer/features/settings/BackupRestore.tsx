// Backup and restore without a terminal (issue 9 item 7, issue 11): files are named through
// handles, a backup never replaces an existing file unless the user ticks "replace this file"
// after being told it exists, and restore asks for the backup's passphrase, which the host
// uses to check the copy before it gets its name.
import { useState, type ReactNode } from 'react';
import { ok, type AppError, type Result } from '../../../shared/result';
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

/** One vault operation run from a form: busy while it runs, then its failure or what it did. */
function useOperation() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** Runs `work` (one at a time), which answers the words saying what it did, or a failure. */
  async function run(work: () => Promise<Result<string>>): Promise<Result<string> | null> {
    if (busy) return null;
    setBusy(true);
    setError(null);
    setDone(null);
    const r = await work();
    setBusy(false);
    if (r.ok) setDone(r.value);
    else setError(r.error);
    return r;
  }
  return { busy, error, done, run };
}

/**
 * The form of one vault operation, backup or restore alike: its heading and lead, its fields,
 * then the failure or the outcome, and the button that runs it once the fields are ready.
 */
function OperationForm({
  name,
  op,
  onSubmit,
  ready,
  children,
}: {
  name: 'backup' | 'restore';
  op: ReturnType<typeof useOperation>;
  onSubmit: () => Promise<void>;
  ready: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      className="settings-section"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      data-testid={`settings-${name}`}
    >
      <h2>{t(`settings.${name}.title`)}</h2>
      <p className="lead">{t(`settings.${name}.lead`)}</p>
      {children}
      <ErrorMessage error={op.error} testId={`${name}-error`} />
      {op.done && (
        <p role="status" data-testid={`${name}-done`}>
          {op.done}
        </p>
      )}
      <Button type="submit" look="primary" disabled={op.busy || !ready} testId={`${name}-submit`}>
        {t(`settings.${name}.submit`)}
      </Button>
    </form>
  );
}

export function BackupSection() {
  const t = useT();
  const [target, setTarget] = useState('');
  const [exists, setExists] = useState(false);
  const [replace, setReplace] = useState(false);
  const op = useOperation();

  async function submit() {
    if (!target.trim()) return;
    const r = await op.run(async () => {
      const file = await handleFor('save-backup', target.trim(), exists && replace);
      const made = file.ok ? await getApi()['vault.backup']({ file: file.value }) : file;
      if (!made.ok) return made;
      return ok(t('settings.backup.done', { path: made.value.path, size: kib(made.value.bytes) }));
    });
    if (r?.ok) {
      setExists(false);
      setReplace(false);
    } else if (r?.error.code === 'file-exists') setExists(true);
  }

  return (
    <OperationForm name="backup" op={op} onSubmit={submit} ready={Boolean(target.trim())}>
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
    </OperationForm>
  );
}

export function RestoreSection() {
  const t = useT();
  // The backup restored from and the new vault file it becomes: the same kind of field.
  const [files, setFiles] = useState({ source: '', target: '' });
  const { source, target } = files;
  const [secret, setSecret] = useState('');
  const op = useOperation();
  const ready = Boolean(source.trim()) && Boolean(target.trim()) && Boolean(secret);

  async function submit() {
    if (!ready) return;
    await op.run(async () => {
      const from = await handleFor('restore-source', source.trim());
      const to = await handleFor('restore-target', target.trim());
      setSecret('');
      if (!from.ok) return from;
      if (!to.ok) return to;
      const r = await getApi()['vault.restore']({
        source: from.value,
        target: to.value,
        passphrase: secret,
      });
      return r.ok ? ok(t('settings.restore.done', { path: r.value.path })) : r;
    });
  }

  return (
    <OperationForm name="restore" op={op} onSubmit={submit} ready={ready}>
      {(['source', 'target'] as const).map((end) => (
        <FileChoiceField
          key={end}
          label={t(`settings.restore.${end}`)}
          purpose={`restore-${end}`}
          value={files[end]}
          onChange={(path) => setFiles({ ...files, [end]: path })}
          testId={`restore-${end}`}
        />
      ))}
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
    </OperationForm>
  );
}
