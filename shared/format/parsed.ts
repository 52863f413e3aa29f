// What every parser in shared/format returns. A parser reads what a person typed, so a refusal
// is an ordinary outcome with a message to show beside the field, never a thrown exception.
import type { Bilingual } from '../result';

export interface ParseFailure {
  ok: false;
  message: Bilingual;
}

export type Parsed<T> = { ok: true; value: T } | ParseFailure;

export const refuse = (vi: string, en: string): ParseFailure => ({
  ok: false,
  message: { vi, en },
});

/**
 * Text as typed, made comparable: NFC (an NFD paste must parse like an NFC one), the various
 * no-break and thin spaces a Word or PDF copy brings turned into plain spaces, runs collapsed.
 */
export function tidyInput(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u2009\u202f\u3000\t\r\n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Longest input any parser here looks at: a pasted page is refused, not scanned. */
export const MAX_INPUT_LENGTH = 200;
