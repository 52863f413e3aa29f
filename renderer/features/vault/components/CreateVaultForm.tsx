// Creating a vault: where the file goes, whose it is, and the passphrase (twice, with the
// strength meter). Continuing is refused until the passphrase meets the rule.
import { useMemo, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/result';
import { assessPassphrase } from '../../../../shared/passphrase';
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { NewPassphraseFields } from './NewPassphraseFields';
import { VaultPathField } from './VaultPathField';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { TextInput } from '../../../ui/TextInput';

export const VAULT_EXTENSION = '.bdvault';

export function suggestVaultPath(folder: string, name = 'kho-briefing-desk'): string {
  if (!folder) return `${name}${VAULT_EXTENSION}`;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${sep}${name}${VAULT_EXTENSION}`;
}

export interface CreateVaultInput {
  path: string;
  organisation: string;
  passphrase: string;
}

interface Props {
  defaultFolder: string;
  canChooseFile: boolean;
  onChooseFile: () => Promise<string | null>;
  busy: boolean;
  error: AppError | null;
  onSubmit: (input: CreateVaultInput) => void;
  onOpenExisting?: () => void;
}

export function CreateVaultForm({
  defaultFolder,
  canChooseFile,
  onChooseFile,
  busy,
  error,
  onSubmit,
  onOpenExisting,
}: Props) {
  const t = useT();
  const [path, setPath] = useState(() => suggestVaultPath(defaultFolder));
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [reveal, setReveal] = useState(false);
  const [tried, setTried] = useState(false);
  const strength = useMemo(() => assessPassphrase(passphrase), [passphrase]);

  const problems = {
    path: path.trim() ? null : t('vault.create.pathRequired'),
    organisation: organisation.trim() ? null : t('vault.create.orgRequired'),
    passphrase: strength.acceptable ? null : t('vault.create.tooWeak'),
    confirm: confirm === passphrase ? null : t('vault.create.mismatch'),
  };
  const valid = Object.values(problems).every((p) => p === null);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!valid || busy) return;
    const trimmed = path.trim();
    const withExtension = trimmed.toLowerCase().endsWith(VAULT_EXTENSION)
      ? trimmed
      : trimmed + VAULT_EXTENSION;
    onSubmit({ path: withExtension, organisation: organisation.trim(), passphrase });
  }

  const show = (key: keyof typeof problems) =>
    tried || (key === 'confirm' && confirm.length > 0) ? problems[key] : null;

  return (
    <form className="vault-form" onSubmit={submit} data-testid="create-vault-form" noValidate>
      <h1>{t('vault.create.title')}</h1>
      <p className="lead">{t('vault.create.lead')}</p>

      <VaultPathField
        path={path}
        onPath={setPath}
        canChooseFile={canChooseFile}
        onChooseFile={onChooseFile}
        error={show('path')}
        hint={t('vault.create.pathHint')}
        testId="vault-path"
      />

      <Field
        label={t('vault.organisation')}
        error={show('organisation')}
        hint={t('vault.create.orgHint')}
        required
      >
        {(c) => (
          <TextInput
            {...c}
            value={organisation}
            onChange={setOrganisation}
            testId="vault-organisation"
          />
        )}
      </Field>

      <NewPassphraseFields
        passphrase={{
          label: t('vault.passphrase'),
          error: show('passphrase'),
          value: passphrase,
          onChange: setPassphrase,
          testId: 'create-passphrase',
        }}
        confirm={{
          label: t('vault.create.confirm'),
          error: show('confirm'),
          value: confirm,
          onChange: setConfirm,
          testId: 'create-passphrase-confirm',
        }}
        strength={strength}
        reveal={reveal}
      />
      <Checkbox checked={reveal} onChange={setReveal}>
        {t('vault.reveal')}
      </Checkbox>

      <ErrorMessage error={error} testId="create-vault-error" />

      <div className="form-actions">
        <Button type="submit" look="primary" disabled={busy} testId="create-vault-submit">
          {busy ? t('vault.create.working') : t('vault.create.submit')}
        </Button>
        {onOpenExisting && (
          <Button look="link" onClick={onOpenExisting}>
            {t('vault.create.openExisting')}
          </Button>
        )}
      </div>
    </form>
  );
}
