// The select-from-options field: one of a domain's fixed choices (a zod enum's options), each
// shown by its label. One copy, so every such choice reads the typed value back the same way
// and a field path (`data-field`) reaches the control for the pre-export check.
import type { ControlProps } from './Field';
import { Field } from './Field';

interface SelectProps<T extends string> extends Partial<ControlProps> {
  value: T;
  options: readonly T[];
  label: (option: T) => string;
  onChange: (value: T) => void;
  disabled?: boolean;
  className?: string;
  'data-field'?: string;
  'data-testid'?: string;
}

export function OptionSelect<T extends string>({
  value,
  options,
  label,
  onChange,
  className = 'select',
  ...rest
}: SelectProps<T>) {
  return (
    <select
      {...rest}
      className={className}
      value={value}
      // The browser hands back one of the values rendered below, so the cast is what was offered.
      onChange={(e) => onChange(e.target.value as T)}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}

interface FieldProps<T extends string> extends Omit<SelectProps<T>, keyof ControlProps> {
  /** The field's own label (the options have theirs in `label`). */
  title: string;
  error?: string | null;
  hint?: string;
}

/** An OptionSelect under its label, with its error or hint. */
export function SelectField<T extends string>({ title, error, hint, ...select }: FieldProps<T>) {
  return (
    <Field label={title} error={error} hint={hint}>
      {(c) => <OptionSelect {...c} {...select} />}
    </Field>
  );
}
