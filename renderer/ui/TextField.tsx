// A labelled text field that knows its limit: a LimitedText under its label, with its error or
// hint. The editors' free-text fields (a task, a deliverable, a description) are all this.
import type { ComponentProps } from 'react';
import { Field } from './Field';
import { LimitedText } from './LimitedText';

type TextProps = Omit<
  ComponentProps<typeof LimitedText>,
  'id' | 'aria-invalid' | 'aria-describedby'
>;

interface Props extends TextProps {
  label: string;
  error?: string | null;
  hint?: string;
}

export function TextField({ label, error, hint, required, ...text }: Props) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {(c) => <LimitedText {...c} {...text} />}
    </Field>
  );
}
