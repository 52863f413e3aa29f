// Numbers the Vietnamese way (document-format.md §6): decimal comma, thousands dot, "%" with no
// space as GSO writes it, word multipliers (nghìn, triệu, tỷ, nghìn tỷ) before the unit.
//
// Hand-rolled rather than Intl.NumberFormat('vi-VN'): ICU prints "-0" for -0 and for negatives
// that round to zero, and its output depends on the ICU build the runtime ships (Node's
// small-icu/full-icu, Chromium's trimmed data). Rounding here works on the shortest decimal
// form of the double (what the user typed), so 1,005 rounds to 1,01 as on paper, not to 1,00.
import { MAX_INPUT_LENGTH, refuse, tidyInput, type ParseFailure } from './parsed';

export interface NumberFormatOptions {
  /** Exactly this many decimals (7,50). Without it: up to `maxDecimals`, trailing zeros cut. */
  decimals?: number;
  /** Default 4: enough for any published statistic, and hides 0.1 + 0.2 noise. */
  maxDecimals?: number;
}

/** The decimal digits of |x| with the position of the decimal point among them. */
function decimalDigits(x: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(x)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + Number(exponent) };
}

function clampDecimals(n: number | undefined, fallback: number): number {
  if (n === undefined || !Number.isFinite(n)) return fallback;
  return Math.min(20, Math.max(0, Math.trunc(n)));
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** `7,52`, `1.234,5`, `514`, `-3,2`; never `-0`. A non-finite value is shown as is. */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = options.decimals !== undefined;
  const places = fixed ? clampDecimals(options.decimals, 0) : clampDecimals(options.maxDecimals, 4);

  // Round half away from zero on the decimal digits, in BigInt so no precision is lost.
  const { digits, point } = decimalDigits(value);
  const keep = point + places;
  const kept = keep <= 0 ? '0' : digits.slice(0, keep).padEnd(keep, '0');
  const roundUp = keep >= 0 && keep < digits.length && (digits[keep] ?? '0') >= '5';
  const scaled = (BigInt(kept) + (roundUp ? 1n : 0n)).toString().padStart(places + 1, '0');

  const whole = places === 0 ? scaled : scaled.slice(0, -places);
  let fraction = places === 0 ? '' : scaled.slice(-places);
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  const isZero = /^0*$/.test(scaled);
  const sign = value < 0 && !isZero ? '-' : '';
  return sign + groupThousands(whole) + (fraction ? `,${fraction}` : '');
}

/** `7,52%`: no space before the sign, as in GSO releases and Government reports. */
export function formatPercent(value: number, options: NumberFormatOptions = {}): string {
  return `${formatNumber(value, options)}%`;
}

/** `514 tỷ USD`, `38 đối tác`, and for the unit `%` the percent form `7,52%`. */
export function formatQuantity(
  value: number,
  unit: string | null,
  options: NumberFormatOptions = {},
): string {
  const u = (unit ?? '').normalize('NFC').trim();
  if (u === '%') return formatPercent(value, options);
  return u ? `${formatNumber(value, options)} ${u}` : formatNumber(value, options);
}

export type NumberScale = 'nghìn' | 'triệu' | 'tỷ' | 'nghìn tỷ';

/** What a scale word multiplies by, for when a figure has to be compared across scales. */
export const SCALE_FACTORS: Readonly<Record<NumberScale, number>> = {
  nghìn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  'nghìn tỷ': 1e12,
};

export interface ParsedNumber {
  ok: true;
  /** The figure as written, not multiplied: `514 tỷ` gives 514 with scale `tỷ`. */
  value: number;
  scale: NumberScale | null;
  /** What follows the scale word: `USD` in `24,1 tỷ USD`, `%` in `7,52%`. */
  unit: string | null;
  /** Scale and unit together, the way an indicator stores its unit: `tỷ USD`. */
  unitText: string | null;
}

// Spellings a user may type for each multiplier: "ngàn" and "tỉ" are common variants, and the
// unaccented forms come from keyboards without a Vietnamese input method. Plain "ngan" is left
// out on purpose: it is also "ngân" without accents ("5 ngân hàng").
const SCALE_WORDS: ReadonlyMap<string, 'nghìn' | 'triệu' | 'tỷ'> = new Map([
  ['nghìn', 'nghìn'],
  ['ngàn', 'nghìn'],
  ['nghin', 'nghìn'],
  ['triệu', 'triệu'],
  ['trieu', 'triệu'],
  ['tỷ', 'tỷ'],
  ['tỉ', 'tỷ'],
  ['ty', 'tỷ'],
  ['ti', 'tỷ'],
]);

/** More significant digits than a double holds exactly (2^53 has 16) are refused, not rounded. */
const MAX_DIGITS = 15;

const HEAD = /^([+\-\u2212]?) ?(\d[\d.,]*)(.*)$/su;
const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const UNIT = /^(%|[\p{L}°\p{Sc}][\p{L}\p{M}\p{N} /.·²³°%-]*)$/u;

/**
 * Digits as written → plain "1234.5" for Number(). The one real ambiguity is a single dot:
 * - followed by exactly 3 digits (`1.234`, `12.500`) it is the Vietnamese thousands dot → 1234;
 * - followed by any other count (`7.52`, `7.5`) it cannot be a thousands dot, so it is read as
 *   the decimal point of someone typing the English way or on a numeric keypad → 7.52.
 * A comma is always the decimal comma, so `1,234` is 1,234 (one point two three four).
 */
function canonicalDigits(raw: string): string | ParseFailure {
  if (/[.,]$/.test(raw))
    return refuse(
      'Số không được kết thúc bằng dấu chấm hoặc dấu phẩy.',
      'A number cannot end with a dot or comma.',
    );
  const parts = raw.split(',');
  if (parts.length > 2)
    return refuse(
      'Chỉ dùng một dấu phẩy thập phân (ví dụ 7,52).',
      'Use a single decimal comma (e.g. 7,52).',
    );
  const [whole = '', fraction] = parts;
  const badGrouping = refuse(
    'Dấu chấm chỉ dùng để tách hàng nghìn (ví dụ 1.234,5).',
    'A dot only separates thousands (e.g. 1.234,5).',
  );
  if (fraction !== undefined) {
    if (!/^\d+$/.test(fraction)) return badGrouping;
    if (/^\d+$/.test(whole)) return `${whole}.${fraction}`;
    return GROUPED.test(whole) ? `${whole.replace(/\./g, '')}.${fraction}` : badGrouping;
  }
  if (/^\d+$/.test(whole) || GROUPED.test(whole)) return whole.replace(/\./g, '');
  const englishDecimal = /^(\d+)\.(\d+)$/.exec(whole);
  if (englishDecimal && englishDecimal[2]?.length !== 3) return whole;
  return badGrouping;
}

/**
 * What a user types into a figure field: `7,52`, `1.234,5`, `-3,2`, `514 tỷ`, `24,1 tỷ USD`,
 * `1.234,5 nghìn tỷ`, `7,52%`, `38 đối tác`. Never throws.
 */
export function parseVietnameseNumber(input: string): ParsedNumber | ParseFailure {
  if (input.length > MAX_INPUT_LENGTH)
    return refuse('Nội dung quá dài để là một con số.', 'Too long to be a number.');
  const s = tidyInput(input);
  if (!s) return refuse('Chưa nhập số.', 'No number entered.');
  const head = HEAD.exec(s);
  if (!head) return refuse(`Không đọc được số trong “${s}”.`, `Cannot read a number in “${s}”.`);
  const [, sign = '', raw = '', tail = ''] = head;

  const digits = canonicalDigits(raw);
  if (typeof digits !== 'string') return digits;
  if (digits.replace(/\D/g, '').replace(/^0+(?=\d)/, '').length > MAX_DIGITS) {
    return refuse(
      `Số có quá ${MAX_DIGITS} chữ số.`,
      `The number has more than ${MAX_DIGITS} digits.`,
    );
  }
  const magnitude = Number(digits);
  const value = sign && sign !== '+' && magnitude !== 0 ? -magnitude : magnitude;

  const words = tail.trim().split(' ').filter(Boolean);
  let scale: NumberScale | null = null;
  const first = SCALE_WORDS.get((words[0] ?? '').toLowerCase());
  if (first) {
    words.shift();
    scale = first;
    if (first === 'nghìn' && SCALE_WORDS.get((words[0] ?? '').toLowerCase()) === 'tỷ') {
      words.shift();
      scale = 'nghìn tỷ';
    }
  }
  const unit = words.join(' ') || null;
  if (unit !== null && /^e[+-]?\d/i.test(unit)) {
    return refuse(
      'Không dùng dạng lũy thừa (1e5); hãy viết 100.000 hoặc 100 nghìn.',
      'Exponent form (1e5) is not accepted; write 100.000 or 100 nghìn.',
    );
  }
  if (unit !== null && (unit.length > 50 || !UNIT.test(unit))) {
    return refuse(
      `Không hiểu phần “${unit}” sau con số.`,
      `Cannot understand “${unit}” after the number.`,
    );
  }
  const unitText = [scale, unit].filter((w) => w !== null).join(' ') || null;
  return { ok: true, value, scale, unit, unitText };
}
