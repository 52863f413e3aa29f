// The select-from-options field: one of a domain's fixed choices (a zod enum's options), each
// shown by its label. One copy, so every such choice reads the typed value back the same way
// and a field path (`data-field`) reaches the control for the pre-export check.
import { useT } from '../i18n';
import type { ControlProps } from './Field';
import { Field } from './Field';

/**
 * T: the choices; V: what the field holds, `T | ''` when a `none` choice ("Tất cả", "—") stands
 * first with the empty value.
 */
interface SelectProps<T extends string, V extends string = T> extends Partial<ControlProps> {
  value: V;
  options: readonly T[];
  label: (option: T) => string;
  onChange: (value: V) => void;
  /** A first choice with the empty value: "all" in a filter, "none" in an optional field. */
  none?: string;
  disabled?: boolean;
  className?: string;
  /** The name a screen reader says, for a choice without a visible label (a table's cell). */
  'aria-label'?: string;
  'data-field'?: string;
  'data-testid'?: string;
}

export function OptionSelect<T extends string, V extends string = T>({
  value,
  options,
  label,
  onChange,
  none,
  className = 'select',
  ...rest
}: SelectProps<T, V>) {
  return (
    <select
      {...rest}
      className={className}
      value={value}
      // The browser hands back one of the values rendered below, so the cast is what was offered.
      onChange={(e) => onChange(e.target.value as V)}
    >
      {none !== undefined && <option value="">{none}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}

interface FieldProps<T extends string, V extends string = T> extends Omit<
  SelectProps<T, V>,
  keyof ControlProps
> {
  /** The field's own label (the options have theirs in `label`). */
  title: string;
  error?: string | null;
  hint?: string;
}

/** An OptionSelect under its label, with its error or hint. */
export function SelectField<T extends string, V extends string = T>({
  title,
  error,
  hint,
  ...select
}: FieldProps<T, V>) {
  return (
    <Field label={title} error={error} hint={hint}>
      {(c) => <OptionSelect {...c} {...select} />}
    </Field>
  );
}

interface FilterProps<T extends string> extends Omit<
  SelectProps<T, T | ''>,
  'none' | keyof ControlProps
> {
  title: string;
  wide?: boolean;
}

/** One choice of a register's filter bar, "Tất cả" (the empty value) first. */
export function FilterSelect<T extends string>({ title, wide, ...select }: FilterProps<T>) {
  const t = useT();
  return (
    <label className={`filters__item${wide ? ' filters__item--wide' : ''}`}>
      <span>{title}</span>
      <OptionSelect {...select} none={t('common.all')} />
    </label>
  );
}
