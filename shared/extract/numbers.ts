// Vietnamese number formats: "8,23" (decimal comma), "14.380" and "1.234,5" (thousands dot),
// "1 234" is not used in reports. A dot followed by exactly three digits groups thousands;
// any other dot is a decimal point (English-style "8.23" in some news reports).

export const NUMBER_SOURCE =
  '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)';

export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t))
    return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t);
  return null;
}
