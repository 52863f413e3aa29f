// A file's place: typed, or chosen with the host's file dialog where it has one (the Electron
// shell; the browser host has none). The vault's path and the settings' backup and restore
// files ask the same way.
import { Field } from './Field';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The host's dialog: the chosen file, or null when the user closed it; null without a dialog. */
  onChoose: (() => Promise<string | null>) | null;
  chooseLabel: string;
  /** The field shows what the dialog chose and is not typed into (a purpose-bound handle). */
  readOnly?: boolean;
  error?: string | null;
  hint?: string;
  testId: string;
}

export function FileField({
  label,
  value,
  onChange,
  onChoose,
  chooseLabel,
  readOnly,
  error,
  hint,
  testId,
}: Props) {
  async function choose() {
    const chosen = await onChoose?.();
    if (chosen) onChange(chosen);
  }
  return (
    <Field label={label} error={error} hint={hint} required>
      {(c) => (
        <div className="input-row">
          <input
            {...c}
            className="input"
            value={value}
            readOnly={readOnly}
            onChange={(e) => onChange(e.target.value)}
            spellCheck={false}
            data-testid={testId}
          />
          {onChoose && (
            <button type="button" className="button" onClick={() => void choose()}>
              {chooseLabel}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
