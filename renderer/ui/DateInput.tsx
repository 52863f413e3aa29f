// A date as Vietnamese offices write it (`26/8/2025`), stored as ISO. The text the user types
// is kept as typed; the parent gets the ISO date, null for an empty optional field, or '' for
// text that is not a date, which the contract then refuses, so garbage is never silently
// dropped or saved.
import { formatShortDate, parseShortDate } from '../../shared/format/date';
import { useT } from '../i18n';
import type { ControlProps } from './Field';
import { ParsedInput, type Reading } from './ParsedInput';

interface Props extends Partial<ControlProps> {
  value: string | null;
  onChange: (iso: string | null) => void;
  /** Required dates never emit null. */
  required?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

const show = (iso: string | null) => (iso ? formatShortDate(iso) : '');

function readDate(text: string, required: boolean): Reading<string | null> {
  const p = text.trim() ? parseShortDate(text) : null;
  if (p === null) return { value: required ? '' : null, problem: null };
  return p.ok ? { value: p.value, problem: null } : { value: '', problem: p.message };
}

export function DateInput({ required = false, placeholder, ...rest }: Props) {
  const t = useT();
  return (
    <ParsedInput
      {...rest}
      show={show}
      read={(text) => readDate(text, required)}
      inputMode="numeric"
      className="input input--date"
      placeholder={placeholder ?? t('date.placeholder')}
    />
  );
}
