// A plain text box that hands over its text, one line or (with `rows`) several. Forms wrote
// `className="input" onChange={(e) => setX(e.target.value)}` at every box; here it is written
// once. A record's field with a vault limit uses LimitedText, which counts and refuses pastes.
import type { ChangeEvent } from 'react';
import type { ControlProps } from './Field';

/** Inside a Field, its control props (`{...c}`) tie the box to the label and the error. */
interface Props extends Partial<ControlProps> {
  value: string;
  onChange: (value: string) => void;
  /** Lines shown: a <textarea> when given, a one-line <input> otherwise. */
  rows?: number;
  /** The house `input` / `textarea` unless a box is drawn otherwise (`input input--mono`). */
  className?: string;
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  autoFocus?: boolean;
  /** The name a screen reader says, for a box without a visible label of its own. */
  'aria-label'?: string;
  testId?: string;
}

export function TextInput({
  value,
  onChange,
  rows,
  className,
  testId,
  type,
  min,
  max,
  ...rest
}: Props) {
  const common = {
    ...rest,
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    'data-testid': testId,
  };
  if (rows !== undefined)
    return <textarea {...common} className={className ?? 'textarea'} rows={rows} />;
  return <input {...common} className={className ?? 'input'} type={type} min={min} max={max} />;
}
