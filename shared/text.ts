// Vietnamese text at the boundary. Every string that enters the app is normalised to NFC
// (stack-notes: NFD breaks equality, FTS and PDF rendering), and search works on a folded copy
// in which diacritics are gone and đ/Đ become d/D, since Unicode gives đ no decomposition.
import { z } from 'zod';

export const nfc = (s: string): string => s.normalize('NFC');

const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

// C0 controls other than tab/newline/carriage return have no place in a record.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A user-visible text field: NFC, trimmed, bounded, no control characters. */
export const text = (max: number) =>
  z
    .string()
    .max(max * 4, { message: `quá dài / too long (tối đa ${max} ký tự)` })
    .transform((s) => nfc(s).trim())
    .pipe(
      z
        .string()
        .max(max, { message: `quá dài / too long (tối đa ${max} ký tự)` })
        .refine((s) => !FORBIDDEN_CONTROLS.test(s), {
          message: 'có ký tự điều khiển không hợp lệ / contains control characters',
        }),
    );

export const requiredText = (max: number) =>
  text(max).pipe(z.string().min(1, { message: 'không được để trống / required' }));

export { SHORT, LONG } from './limits';
