// A date as Vietnamese offices write it (`26/8/2025`), stored as ISO. The text the user types
// is kept as typed; the parent gets the ISO date, null for an empty optional field, or '' for
// text that is not a date, which the contract then refuses, so garbage is never silently
// dropped or saved.
import { useState } from 'react';
import { formatShortDate, parseShortDate } from '../../shared/format/date';
import { pick, useLanguage, useT } from '../i18n';
import type { ControlProps } from './Field';

interface Props extends Partial<ControlProps> {
  value: string | null;
  onChange: (iso: string | null) => void;
  /** Required dates never emit null. */
  required?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

const show = (iso: string | null) => (iso ? formatShortDate(iso) : '');

export function DateInput({ value, onChange, required, placeholder, ...rest }: Props) {
  const lang = useLanguage();
  const t = useT();
  const [state, setState] = useState({ value, text: show(value), touched: false });
  // A new value from outside (another record loaded): show it, forget the old typing.
  if (value !== state.value) {
    setState({ value, text: show(value), touched: false });
  }
  const parsed = state.text.trim() ? parseShortDate(state.text) : null;
  const problem = parsed && !parsed.ok && state.touched ? pick(parsed.message, lang) : null;

  function change(text: string) {
    const p = text.trim() ? parseShortDate(text) : null;
    const next = p === null ? (required ? '' : null) : p.ok ? p.value : '';
    setState({ value: next, text, touched: state.touched });
    onChange(next);
  }

  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        className="input input--date"
        value={state.text}
        placeholder={placeholder ?? t('date.placeholder')}
        aria-invalid={rest['aria-invalid'] || Boolean(problem)}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setState((s) => ({ ...s, touched: true }))}
      />
      {problem && <span className="inline-error">{problem}</span>}
    </>
  );
}
