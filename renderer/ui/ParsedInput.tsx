// A one-line field whose text is read into a value (a date, a figure): the text is kept as
// typed, the parent gets the value read from it (or a value the contract refuses, for text
// that cannot be read, so garbage is never silently dropped or saved), and why the text cannot
// be read shows beside the field once the user has left it. A new value from outside (another
// record loaded) replaces the text and forgets the old typing.
import { useState } from 'react';
import type { Bilingual } from '../../shared/result';
import { pick, useLanguage } from '../i18n';
import type { ControlProps } from './Field';

export interface Reading<T> {
  value: T;
  problem: Bilingual | null;
}

export interface ParsedInputProps<T> extends Partial<ControlProps> {
  value: T;
  onChange: (value: T) => void;
  /** The text shown for a value. */
  show(value: T): string;
  read(text: string): Reading<T>;
  inputMode: 'numeric' | 'decimal';
  className: string;
  placeholder?: string;
  /** Announce the problem as soon as it shows (a figure's unit slip is worth interrupting for). */
  alert?: boolean;
  'data-testid'?: string;
}

export function ParsedInput<T>({
  value,
  onChange,
  show,
  read,
  alert = false,
  ...rest
}: ParsedInputProps<T>) {
  const lang = useLanguage();
  const [state, setState] = useState({ value, text: show(value), touched: false });
  // Object.is: NaN (a figure that is not a number) must equal itself, or this would loop.
  if (!Object.is(value, state.value)) setState({ value, text: show(value), touched: false });
  const reading = read(state.text);
  const problem = reading.problem && state.touched ? pick(reading.problem, lang) : null;

  function change(text: string) {
    const next = read(text).value;
    setState({ value: next, text, touched: state.touched });
    onChange(next);
  }

  return (
    <>
      <input
        {...rest}
        type="text"
        value={state.text}
        aria-invalid={rest['aria-invalid'] || Boolean(problem)}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setState((s) => ({ ...s, touched: true }))}
      />
      {problem && (
        <span className="inline-error" role={alert ? 'alert' : undefined}>
          {problem}
        </span>
      )}
    </>
  );
}
