// A passphrase or a recovery key, under its label: hidden unless the user asked to see it, and
// a recovery key in a fixed-width face so its groups line up when copied from paper.
import { Field } from './Field';

interface Props {
  label: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  /** What the browser may offer to fill: a saved passphrase, a new one, or nothing. */
  autoComplete: 'current-password' | 'new-password' | 'off';
  /** Shown as typed (the "show" box, or a recovery key, which is not a secret to the eye). */
  reveal?: boolean;
  /** A recovery key: fixed-width. */
  mono?: boolean;
  autoFocus?: boolean;
  testId: string;
}

export function SecretField({
  label,
  error,
  value,
  onChange,
  autoComplete,
  reveal,
  mono,
  autoFocus,
  testId,
}: Props) {
  return (
    <Field label={label} error={error} required>
      {(c) => (
        <input
          {...c}
          className={`input${mono ? ' input--mono' : ''}`}
          type={reveal ? 'text' : 'password'}
          autoComplete={autoComplete}
          spellCheck={mono ? false : undefined}
          value={value}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
