// A figure typed the Vietnamese way: `7,52`, `1.234,5`, `514 tỷ`, `24,1 tỷ USD`. The parser
// (shared/format) reads it; a scale word or unit that contradicts the indicator's unit is
// refused rather than guessed, since `514 triệu` on a `tỷ USD` indicator is a thousandfold slip.
import { useState } from 'react';
import { formatNumber, parseVietnameseNumber } from '../../shared/format/number';
import type { Bilingual } from '../../shared/result';
import { pick, useLanguage } from '../i18n';
import type { ControlProps } from './Field';

interface Props extends Partial<ControlProps> {
  value: number | null;
  /** null for an empty field, NaN for text that is not a number (so it cannot be saved as "empty"). */
  onChange: (value: number | null) => void;
  /** The indicator's unit (`%`, `tỷ USD`); what the user types after the number must agree. */
  unit?: string;
  placeholder?: string;
  'data-testid'?: string;
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; message: Bilingual };

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** What the typed text means for a field with this unit; exported for the form's own checks. */
export function readNumber(text: string, unit = ''): NumberReading {
  if (!text.trim()) return { ok: true, value: null };
  const p = parseVietnameseNumber(text);
  if (!p.ok) return p;
  const typed = p.unitText ? fold(p.unitText) : '';
  const expected = fold(unit);
  const agrees =
    !typed || typed === expected || (expected !== '' && expected.startsWith(`${typed} `));
  if (!agrees) {
    return {
      ok: false,
      message: {
        vi: `Đơn vị “${p.unitText}” không khớp với đơn vị của chỉ tiêu (${unit || 'không có'}).`,
        en: `The unit “${p.unitText}” does not match the indicator's unit (${unit || 'none'}).`,
      },
    };
  }
  return { ok: true, value: p.value };
}

const show = (n: number | null) => (n === null || !Number.isFinite(n) ? '' : formatNumber(n));

export function NumberInput({ value, onChange, unit = '', placeholder, ...rest }: Props) {
  const lang = useLanguage();
  const [state, setState] = useState({ value, text: show(value), touched: false });
  // Object.is: NaN (garbage typed) must equal itself, or this would loop.
  if (!Object.is(value, state.value)) setState({ value, text: show(value), touched: false });
  const reading = readNumber(state.text, unit);
  const problem = !reading.ok && state.touched ? pick(reading.message, lang) : null;

  function change(text: string) {
    const r = readNumber(text, unit);
    const next = r.ok ? r.value : Number.NaN;
    setState({ value: next, text, touched: state.touched });
    onChange(next);
  }

  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="decimal"
        className="input input--number"
        value={state.text}
        placeholder={placeholder}
        aria-invalid={rest['aria-invalid'] || Boolean(problem)}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setState((s) => ({ ...s, touched: true }))}
      />
      {problem && (
        <span className="inline-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
