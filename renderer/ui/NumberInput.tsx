// A figure typed the Vietnamese way: `7,52`, `1.234,5`, `514 tỷ`, `24,1 tỷ USD`. The parser
// (shared/format) reads it; a scale word or unit that contradicts the indicator's unit is
// refused rather than guessed, since `514 triệu` on a `tỷ USD` indicator is a thousandfold slip.
import { formatNumber, parseVietnameseNumber } from '../../shared/format/number';
import type { Bilingual } from '../../shared/result';
import type { ControlProps } from './Field';
import { ParsedInput } from './ParsedInput';

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

export function NumberInput({ unit = '', ...rest }: Props) {
  return (
    <ParsedInput
      {...rest}
      show={show}
      read={(text) => {
        const r = readNumber(text, unit);
        return r.ok ? { value: r.value, problem: null } : { value: Number.NaN, problem: r.message };
      }}
      inputMode="decimal"
      className="input input--number"
      alert
    />
  );
}
