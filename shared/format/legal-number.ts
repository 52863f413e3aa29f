// Number-symbols (số, ký hiệu) of the three document families, document-format.md §1.4, §2.2–2.4:
//   administrative  1812/QĐ-TTg, 153/NQ-CP; công văn (no type) 8769/VPCP-CN
//   normative       30/2020/NĐ-CP, 117/2025/QH15        (year inside the number)
//   party           59-NQ/TW, 36-HD/VPTW                (hyphen after the number)
// The number is kept as an integer and printed zero-padded below 10 ("01/TB-BCĐ"), as the decree
// numbers from 01 and as published numbers are written ("09/2025/QĐ-TTg", "03-BC/CB").
import type { LegalReference } from '../domain/legal-ref';
import { formatDecree30Date, formatShortDate } from './date';
import { typeNameFromAbbrev, type LegalFamily } from './legal-types';
import { MAX_INPUT_LENGTH, refuse, tidyInput, type Parsed } from './parsed';

export interface NumberSymbol {
  family: LegalFamily;
  number: number;
  /** Normative documents only. */
  year: number | null;
  /** Null for a công văn and for a law or resolution of the National Assembly ("QH15"). */
  typeAbbrev: string | null;
  issuer: string;
  /** A công văn's drafting unit or subject area: "CN" in 8769/VPCP-CN. */
  unit: string | null;
  typeName: string | null;
}

/** One abbreviation between separators: the letters of §1.4's regex, capital first. */
const SEGMENT = /^[A-ZĐ][A-Za-zĐđ0-9]*$/;
const MAX_NUMBER = 9_999_999;
const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const notASymbol = (shown: string) =>
  refuse(
    `“${shown.slice(0, 60)}” không phải số, ký hiệu văn bản (ví dụ 1812/QĐ-TTg, 30/2020/NĐ-CP, 59-NQ/TW).`,
    `“${shown.slice(0, 60)}” is not a document number (e.g. 1812/QĐ-TTg, 30/2020/NĐ-CP, 59-NQ/TW).`,
  );

/** "Số: 1812 / QĐ – TTg" → "1812/QĐ-TTg": prefix dropped, dashes unified, spaces around separators removed. */
function compact(input: string): string {
  return tidyInput(input)
    .replace(/^s[ốo]\s*:?\s*(?=\d)/iu, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/ ?([/-]) ?/g, '$1');
}

function splitSegments(s: string): string[] | null {
  const parts = s.split('-');
  return parts.every((p) => SEGMENT.test(p)) ? parts : null;
}

function readNumber(digits: string): number | null {
  const n = Number(digits);
  return digits.length <= 7 && n >= 1 && n <= MAX_NUMBER ? n : null;
}

/** Reads a number-symbol as printed or typed. Never throws. */
export function parseNumberSymbol(input: string): Parsed<NumberSymbol> {
  if (input.length > MAX_INPUT_LENGTH)
    return refuse('Số, ký hiệu quá dài.', 'The document number is too long.');
  const s = compact(input);
  if (!s) return refuse('Chưa nhập số, ký hiệu.', 'No document number entered.');

  const party = /^(\d+)-([^/]+)\/([^/]+)$/.exec(s);
  const normative = /^(\d+)\/(\d{4})\/([^/]+)$/.exec(s);
  const administrative = /^(\d+)\/([^/]+)$/.exec(s);
  const match = party ?? normative ?? administrative;
  if (!match) return notASymbol(s);
  const number = readNumber(match[1] ?? '');
  if (number === null) {
    return refuse(
      'Số văn bản phải là số nguyên từ 01 trở lên.',
      'The document number must be a whole number from 01 up.',
    );
  }

  if (party) {
    const type = party[2] ?? '';
    const issuer = splitSegments(party[3] ?? '');
    if (!SEGMENT.test(type) || !issuer) return notASymbol(s);
    const typeName = typeNameFromAbbrev(type, 'party');
    return {
      ok: true,
      value: {
        family: 'party',
        number,
        year: null,
        typeAbbrev: type,
        issuer: issuer.join('-'),
        unit: null,
        typeName,
      },
    };
  }

  if (normative) {
    const year = Number(normative[2]);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return refuse(
        `Năm ${year} trong số văn bản không hợp lệ.`,
        `Year ${year} in the document number is not valid.`,
      );
    }
    const segments = splitSegments(normative[3] ?? '');
    if (!segments) return notASymbol(s);
    const [first = '', ...rest] = segments;
    const value: NumberSymbol =
      rest.length === 0
        ? {
            family: 'normative',
            number,
            year,
            typeAbbrev: null,
            issuer: first,
            unit: null,
            typeName: null,
          }
        : {
            family: 'normative',
            number,
            year,
            typeAbbrev: first,
            issuer: rest.join('-'),
            unit: null,
            typeName: typeNameFromAbbrev(first, 'normative'),
          };
    return { ok: true, value };
  }

  // Administrative: a type from Appendix III, or else a công văn, whose symbol is issuer-unit.
  const segments = splitSegments(administrative?.[2] ?? '');
  if (!segments || segments.length < 2) return notASymbol(s);
  const [first = '', ...rest] = segments;
  const typeName = typeNameFromAbbrev(first, 'administrative');
  const value: NumberSymbol = typeName
    ? {
        family: 'administrative',
        number,
        year: null,
        typeAbbrev: first,
        issuer: rest.join('-'),
        unit: null,
        typeName,
      }
    : {
        family: 'administrative',
        number,
        year: null,
        typeAbbrev: null,
        issuer: first,
        unit: rest.join('-'),
        typeName: 'Công văn',
      };
  return { ok: true, value };
}

/** The canonical string: `01/TB-BCĐ`, `30/2020/NĐ-CP`, `117/2025/QH15`, `59-NQ/TW`, `8769/VPCP-CN`. */
export function formatNumberSymbol(p: NumberSymbol): string {
  const n = pad2(p.number);
  const symbol = [p.typeAbbrev, p.issuer, p.unit].filter((x): x is string => !!x).join('-');
  switch (p.family) {
    case 'party':
      return `${n}-${p.typeAbbrev ?? ''}/${p.issuer}`;
    case 'normative':
      return `${n}/${p.year ?? ''}/${symbol}`;
    case 'administrative':
      return `${n}/${symbol}`;
  }
}

/** The number line as printed under the issuer: `Số: 01/TB-BCĐ`; Party documents have no colon. */
export function formatNumberLine(p: NumberSymbol): string {
  return p.family === 'party' ? `Số ${formatNumberSymbol(p)}` : `Số: ${formatNumberSymbol(p)}`;
}

const ADMINISTRATIVE_LINE = /^Số: (0[1-9]|[1-9]\d*)\/[A-ZĐ][A-Za-zĐđ0-9]*(-[A-ZĐ][A-Za-zĐđ0-9]*)+$/;

/**
 * The number-symbol for a new administrative document, `01/TB-BCĐ`. Throws RangeError on a
 * number below 1 or abbreviations outside §1.4's pattern: this produces an official number, and a
 * wrong one must not reach paper.
 */
export function documentNumberSymbol(n: number, typeAbbrev: string, issuer: string): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NUMBER)
    throw new RangeError(`document number out of range: ${n}`);
  const symbol = `${pad2(n)}/${typeAbbrev.normalize('NFC').trim()}-${issuer.normalize('NFC').trim()}`;
  if (!ADMINISTRATIVE_LINE.test(`Số: ${symbol}`))
    throw new RangeError(`not a Decree 30 number-symbol: ${symbol}`);
  return symbol;
}

export interface CitationOptions {
  /** `ngày 05 tháng 3 năm 2020` as in legal bases and first citations; default `ngày 5/3/2020`. */
  dateStyle?: 'short' | 'long';
  /** Append `của <issuer>`. */
  withIssuer?: boolean;
}

/**
 * `Quyết định số 1812/QĐ-TTg ngày 25/8/2025`; Party texts put a comma before "ngày":
 * `Nghị quyết số 59-NQ/TW, ngày 24/1/2025`. The type is the one recorded, else derived.
 */
export function formatLegalCitation(ref: LegalReference, options: CitationOptions = {}): string {
  const parsed = parseNumberSymbol(ref.numberSymbol);
  const symbol = parsed.ok ? formatNumberSymbol(parsed.value) : ref.numberSymbol.trim();
  const type = ref.type.trim() || (parsed.ok ? parsed.value.typeName : null) || 'Văn bản';
  let out = `${type} số ${symbol}`;
  if (ref.date) {
    const when =
      options.dateStyle === 'long'
        ? formatDecree30Date(ref.date)
        : `ngày ${formatShortDate(ref.date)}`;
    out += parsed.ok && parsed.value.family === 'party' ? `, ${when}` : ` ${when}`;
  }
  if (options.withIssuer && ref.issuer.trim()) out += ` của ${ref.issuer.trim()}`;
  return out;
}
