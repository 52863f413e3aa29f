// Opening a vault: pick a recent one or type/choose its path, then the passphrase or the
// recovery key. After repeated failures the host makes the user wait; the button stays
// disabled and counts down until the next attempt is accepted.
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/result';
import { formatShortDate } from '../../../../shared/format/date';
import { useT } from '../../../i18n';
import { SecretField } from '../../../ui/SecretField';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { VaultPathField } from './VaultPathField';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';

export type UnlockSecretInput =
  { passphrase: string } | { recoveryKey: string } | { keychain: true };

interface Props {
  recent: { path: string; openedAt: string }[];
  initialPath: string | null;
  canChooseFile: boolean;
  onChooseFile: () => Promise<string | null>;
  /** The OS keychain holds a slot for the vault at `initialPath`. */
  keychainPath: string | null;
  busy: boolean;
  error: AppError | null;
  /** Epoch ms before which no attempt is accepted. */
  retryAt: number | null;
  onUnlock: (path: string, secret: UnlockSecretInput) => void;
  onCreateNew: () => void;
  now?: () => number;
}

const fileName = (p: string) => p.split(/[\\/]/).pop() ?? p;

export function UnlockForm(props: Props) {
  const {
    recent,
    initialPath,
    canChooseFile,
    onChooseFile,
    keychainPath,
    busy,
    error,
    retryAt,
    onUnlock,
    onCreateNew,
  } = props;
  const now = props.now ?? Date.now;
  const t = useT();
  const [path, setPath] = useState(initialPath ?? recent[0]?.path ?? '');
  const [secret, setSecret] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [clock, setClock] = useState(() => now());
  // A new wait from the host: count from now, not from when the form was first drawn.
  const [countingFor, setCountingFor] = useState(retryAt);
  if (retryAt !== countingFor) {
    setCountingFor(retryAt);
    setClock(now());
  }

  const waitMs = retryAt !== null ? Math.max(0, retryAt - clock) : 0;
  useEffect(() => {
    if (retryAt === null) return;
    const timer = setInterval(() => setClock(now()), 250);
    return () => clearInterval(timer);
  }, [retryAt, now]);

  const waiting = waitMs > 0;
  const seconds = Math.ceil(waitMs / 1000);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || waiting || !path.trim() || !secret) return;
    onUnlock(path.trim(), useRecovery ? { recoveryKey: secret.trim() } : { passphrase: secret });
    setSecret('');
  }

  return (
    <form className="vault-form" onSubmit={submit} data-testid="unlock-form" noValidate>
      <h1>{t('vault.unlock.title')}</h1>
      {recent.length > 0 && (
        <fieldset className="recent">
          <legend>{t('vault.unlock.recent')}</legend>
          <ul className="recent__list">
            {recent.map((r) => (
              <li key={r.path}>
                <button
                  type="button"
                  className={`recent__item${r.path === path ? ' recent__item--active' : ''}`}
                  aria-pressed={r.path === path}
                  onClick={() => setPath(r.path)}
                  title={r.path}
                >
                  <span className="recent__name">{fileName(r.path)}</span>
                  <span className="recent__meta">
                    {r.path} · {formatShortDate(r.openedAt.slice(0, 10))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <VaultPathField
        path={path}
        onPath={setPath}
        canChooseFile={canChooseFile}
        onChooseFile={onChooseFile}
        testId="unlock-path"
      />

      <SecretField
        label={useRecovery ? t('vault.recoveryKey') : t('vault.passphrase')}
        value={secret}
        onChange={setSecret}
        autoComplete={useRecovery ? 'off' : 'current-password'}
        reveal={useRecovery}
        mono={useRecovery}
        autoFocus
        testId="unlock-passphrase"
      />
      <Checkbox
        checked={useRecovery}
        onChange={(checked) => {
          setUseRecovery(checked);
          setSecret('');
        }}
        testId="unlock-use-recovery"
      >
        {t('vault.unlock.useRecovery')}
      </Checkbox>

      <ErrorMessage error={error} testId="unlock-error" />
      {waiting && (
        <p className="countdown" role="status" data-testid="unlock-countdown">
          {t('vault.unlock.wait', { seconds })}
        </p>
      )}

      <div className="form-actions">
        <Button
          type="submit"
          look="primary"
          disabled={busy || waiting || !secret || !path.trim()}
          testId="unlock-submit"
        >
          {busy ? t('vault.unlock.working') : t('vault.unlock.submit')}
        </Button>
        {keychainPath !== null && keychainPath === path.trim() && (
          <Button
            disabled={busy || waiting}
            onClick={() => onUnlock(path.trim(), { keychain: true })}
          >
            {t('vault.unlock.keychain')}
          </Button>
        )}
        <Button look="link" onClick={onCreateNew} testId="show-create-vault">
          {t('vault.unlock.createNew')}
        </Button>
      </div>
    </form>
  );
}
