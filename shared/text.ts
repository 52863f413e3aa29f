// Vietnamese text at the boundary. Every string that enters the app is normalised to NFC
// (stack-notes: NFD breaks equality, FTS and PDF rendering), and search works on a folded copy
// in which diacritics are gone and đ/Đ become d/D, since Unicode gives đ no decomposition.
import { z } from 'zod';
import {
  FORBIDDEN_MESSAGE,
  MULTILINE_NAME_MESSAGE,
  hasForbiddenCharacter,
  hasForbiddenInName,
} from './text-policy';

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

/** A user-visible text field: NFC, trimmed, bounded, nothing the text policy forbids. */
export const text = (max: number) =>
  z
    .string()
    .max(max * 4, { message: `quá dài / too long (tối đa ${max} ký tự)` })
    .transform((s) => nfc(s).trim())
    .pipe(
      z
        .string()
        .max(max, { message: `quá dài / too long (tối đa ${max} ký tự)` })
        .refine((s) => !hasForbiddenCharacter(s), { message: FORBIDDEN_MESSAGE }),
    );

/** A name (of an organisation, a unit, a file, a contact): `text` on a single line. */
export const nameText = (max: number) =>
  text(max).refine((s) => !hasForbiddenInName(s), { message: MULTILINE_NAME_MESSAGE });

export const requiredText = (max: number) =>
  text(max).pipe(z.string().min(1, { message: 'không được để trống / required' }));

/** A required name: `nameText`, not empty. */
export const requiredName = (max: number) =>
  nameText(max).pipe(z.string().min(1, { message: 'không được để trống / required' }));

export { SHORT, LONG } from './limits';
