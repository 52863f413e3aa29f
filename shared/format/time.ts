// A time of day as officials write it: "8:30", "8h30", "08:30", "8h", "8 giờ 30", "14.00".
// Stored as HH:MM (24-hour); anything else is not a time and is left for the validator to
// refuse with its message, never guessed.
const TIME = /^(\d{1,2})\s*(?::|h|g|giờ|\.)\s*(\d{2})?\s*(?:phút|p)?$/iu;
const HOURS_ONLY = /^(\d{1,2})$/;

/** "8h30" → "08:30"; null when the text is not a valid time of day. */
export function parseClockTime(input: string): string | null {
  const s = input.normalize('NFC').trim().toLowerCase();
  const m = TIME.exec(s) ?? HOURS_ONLY.exec(s);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
