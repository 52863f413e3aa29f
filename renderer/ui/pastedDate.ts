// A date cell pasted from a spreadsheet ("26/8/2025"): the ISO date, null when empty, or ''
// when it is not a date — which the contract refuses beside the cell, so nothing is guessed.
import { parseShortDate } from '../../shared/format/date';

export function pastedDate(value: string): string | null {
  if (!value.trim()) return null;
  const parsed = parseShortDate(value);
  return parsed.ok ? parsed.value : '';
}
