// One policy for every character the app shows or stores, whatever its source (typed, pasted,
// imported from a package, read from a card): what a reader sees must be what is there.
// Refused everywhere:
//   - C0 controls (tab, line feed and carriage return aside, in multi-line text only), DEL and
//     the C1 controls U+0080–U+009F: terminals and some renderers act on them;
//   - every format character (Unicode category Cf): bidi embeddings, overrides and isolates
//     (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM), zero-width space/joiners, word joiner, BOM,
//     soft hyphen, interlinear annotation marks — invisible, they make "Bộ Ngoại giao" and
//     "Bộ Ngoại\u200Bgiao" look the same and let "exe.pdf" display as "fdp.exe";
//   - line and paragraph separators (U+2028/U+2029), and in names any line break or tab:
//     a name is one line, so a header printing it cannot be made to say two things.
// Invisible fillers that are letters to Unicode (Hangul fillers, U+3164, U+FFA0, U+115F/U+1160)
// and the combining grapheme joiner (U+034F) are refused with them.

const CONTROLS = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f';
const INVISIBLE = '\\p{Cf}\\u2028\\u2029\\u115f\\u1160\\u3164\\uffa0';
// U+034F is a combining mark: outside the class, where it cannot attach to a neighbour.
const CGJ = '|\\u034f';

const FORBIDDEN_MULTILINE = new RegExp(`[${CONTROLS}${INVISIBLE}]${CGJ}`, 'u');
const FORBIDDEN_IN_NAME = new RegExp(`[${CONTROLS}${INVISIBLE}\\t\\n\\r]${CGJ}`, 'u');
const STRIP = new RegExp(`[${CONTROLS}${INVISIBLE}]${CGJ}`, 'gu');

/** True when `s` holds a character no field may hold (line breaks and tabs allowed). */
export const hasForbiddenCharacter = (s: string): boolean => FORBIDDEN_MULTILINE.test(s);

/** True when `s` is not fit for a name: a forbidden character, a tab or a line break. */
export const hasForbiddenInName = (s: string): boolean => FORBIDDEN_IN_NAME.test(s);

/** `s` without the characters the policy forbids (for pastes, where refusing would be rude). */
export const stripForbidden = (s: string): string => s.replace(STRIP, '');

export const FORBIDDEN_MESSAGE =
  'có ký tự điều khiển hoặc ký tự ẩn không hợp lệ / contains control or invisible characters';
export const MULTILINE_NAME_MESSAGE = 'chỉ một dòng / a single line';
