// Where the vault file is: typed, or chosen with the host's file dialog where it has one (the
// Electron shell; the browser host has none). Creating and unlocking a vault ask the same way.
import { useT } from '../../../i18n';
import { Field } from '../../../ui/Field';

interface Props {
  path: string;
  onPath(path: string): void;
  canChooseFile: boolean;
  /** The host's dialog: the chosen path, or null when the user closed it. */
  onChooseFile(): Promise<string | null>;
  error?: string | null;
  hint?: string;
  testId: string;
}

export function VaultPathField({
  path,
  onPath,
  canChooseFile,
  onChooseFile,
  error,
  hint,
  testId,
}: Props) {
  const t = useT();
  async function choose() {
    const chosen = await onChooseFile();
    if (chosen) onPath(chosen);
  }
  return (
    <Field label={t('vault.path')} error={error} hint={hint} required>
      {(c) => (
        <div className="input-row">
          <input
            {...c}
            className="input"
            value={path}
            onChange={(e) => onPath(e.target.value)}
            data-testid={testId}
            spellCheck={false}
          />
          {canChooseFile && (
            <button type="button" className="button" onClick={() => void choose()}>
              {t('vault.choose')}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
