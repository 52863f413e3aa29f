// How strong a new vault passphrase is. The vault's key slot uses Argon2id, which slows
// guessing but cannot save a short or common passphrase, so the rule is: at least 12
// characters, or a phrase of 4 or more different words; never a common password with a few
// digits tacked on; never one character repeated.
import { foldForSearch } from './text';

export type StrengthHint = 'tooShort' | 'addWords' | 'addClasses' | 'commonWord' | 'repeated';

export interface Strength {
  /** 0 (very weak) to 4 (very strong), for the meter. */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  hints: StrengthHint[];
  length: number;
  words: number;
}

export const MIN_LENGTH = 12;
export const MIN_WORDS = 4;

// What people reach for first, folded (no diacritics): English and Vietnamese passwords,
// keyboard runs, and words an attacker aiming at this office would try.
const COMMON = [
  'password',
  'passw0rd',
  'matkhau',
  'qwerty',
  'asdfgh',
  'zxcvbn',
  'abc123',
  '123456',
  '654321',
  '111111',
  '000000',
  'admin',
  'welcome',
  'iloveyou',
  'letmein',
  'vietnam',
  'hanoi',
  'saigon',
  'hochiminh',
  'baomat',
  'bimat',
  'hoinhap',
  'banchidao',
  'chinhphu',
  'ngoaigiao',
  'briefing',
  'desk',
  'anhyeuem',
  'emyeuanh',
  'xinchao',
];

function countWords(p: string): number {
  const words = p
    .normalize('NFC')
    .split(/[\s\-_.,;]+/)
    .filter((w) => [...w].length >= 2)
    .map((w) => w.toLowerCase());
  return new Set(words).size;
}

function classes(p: string): number {
  let n = 0;
  if (/\p{Ll}/u.test(p)) n++;
  if (/\p{Lu}/u.test(p)) n++;
  if (/\d/.test(p)) n++;
  if (/[^\p{L}\d\s]/u.test(p)) n++;
  return n;
}

export function assessPassphrase(passphrase: string): Strength {
  const p = passphrase.normalize('NFC');
  const length = [...p].length;
  const words = countWords(p);
  const folded = foldForSearch(p);
  const hints: StrengthHint[] = [];

  // What is left once the common words, digits and punctuation are taken out. Separators are
  // dropped first so "Mật_Khẩu" and "mat khau" are caught like "matkhau".
  let rest = folded.replace(/[^\p{L}\p{N}]/gu, '');
  let common = false;
  for (const w of COMMON) {
    if (rest.includes(w)) {
      common = true;
      rest = rest.split(w).join('');
    }
  }
  rest = rest.replace(/[^\p{L}]/gu, '');
  const basedOnCommon = common && [...rest].length < 6;
  const repeated = length > 0 && new Set([...folded]).size < 5;

  const longEnough = length >= MIN_LENGTH || (words >= MIN_WORDS && length >= 10);
  if (!longEnough) hints.push(length < MIN_LENGTH ? 'tooShort' : 'addWords');
  if (basedOnCommon) hints.push('commonWord');
  if (repeated) hints.push('repeated');
  const kinds = classes(p);
  if (kinds < 3 && words < MIN_WORDS) hints.push('addClasses');

  let score = length < 8 ? 0 : length < 12 ? 1 : length < 16 ? 2 : length < 20 ? 3 : 4;
  if (kinds >= 3) score += 1;
  if (words >= MIN_WORDS) score = Math.max(score, 3);
  if (words >= 5 && length >= 20) score = 4;
  if (basedOnCommon) score = Math.min(score, 1);
  if (repeated) score = 0;
  const clamped = Math.max(0, Math.min(4, score)) as Strength['score'];

  return {
    score: clamped,
    acceptable: longEnough && !basedOnCommon && !repeated,
    hints,
    length,
    words,
  };
}

const HINT_TEXT: Record<StrengthHint, { vi: string; en: string }> = {
  tooShort: { vi: `cần ít nhất ${MIN_LENGTH} ký tự`, en: `use at least ${MIN_LENGTH} characters` },
  addWords: {
    vi: `hoặc một câu từ ${MIN_WORDS} từ khác nhau trở lên`,
    en: `or a phrase of ${MIN_WORDS} or more different words`,
  },
  addClasses: { vi: 'thêm chữ hoa, chữ số hoặc ký hiệu', en: 'add capitals, digits or symbols' },
  commonWord: {
    vi: 'không dựa trên mật khẩu phổ biến',
    en: 'do not build it on a common password',
  },
  repeated: { vi: 'không lặp một vài ký tự', en: 'do not repeat a few characters' },
};

/**
 * The one reason a weak passphrase is refused, in both languages: the same words from the CLI,
 * the browser host and Electron, since the handlers of vault.create and vault.changePassphrase
 * enforce this policy (the meter only shows it early). Null when the passphrase is acceptable.
 */
export function passphraseWeakness(passphrase: string): { vi: string; en: string } | null {
  const s = assessPassphrase(passphrase);
  if (s.acceptable) return null;
  const hints = s.hints.filter((h) => h !== 'addClasses');
  const list = (hints.length > 0 ? hints : s.hints).map((h) => HINT_TEXT[h]);
  return {
    vi: `Mật khẩu quá yếu: ${list.map((h) => h.vi).join('; ')}.`,
    en: `The passphrase is too weak: ${list.map((h) => h.en).join('; ')}.`,
  };
}
