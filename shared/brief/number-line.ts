// Box 3, the number and symbol, built from the brief's parts with shared/format's Decree 30
// rules, and the checks the pre-export pass runs on it.
import type { Bilingual } from '../result';
import { documentNumberSymbol, parseNumberSymbol } from '../format/legal-number';
import { typeNameFromAbbrev } from '../format/legal-types';
import type { BriefForm, NumberSymbolParts } from './model';

/** The symbol after the slash: `TB-VPCP`, or for a công văn `VPCP-QHQT`. */
export function symbolOf(parts: NumberSymbolParts, form: BriefForm): string {
  const segments =
    form === 'official-letter'
      ? [parts.issuerAbbrev, parts.unitAbbrev]
      : [parts.typeAbbrev, parts.issuerAbbrev];
  return segments
    .map((s) => s.trim())
    .filter(Boolean)
    .join('-');
}

// The gap a clerk writes the number into on a draft (Decree 30 models print "Số:    /BC-…").
const BLANK_NUMBER = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

/**
 * `Số: 01/TB-VPCP`, or `Số:       /TB-VPCP` before registration. Null for forms without a
 * number (working papers). Never throws: a malformed symbol prints as typed, and the
 * pre-export check refuses it.
 */
export function numberLine(parts: NumberSymbolParts, form: BriefForm): string | null {
  if (form === 'internal') return null;
  const symbol = symbolOf(parts, form);
  if (parts.number === null) return `Số:${BLANK_NUMBER}/${symbol}`;
  const n = String(parts.number).padStart(2, '0');
  return `Số: ${n}/${symbol}`;
}

/**
 * Why the number-symbol cannot go on an official document, or null. The parts must form a
 * Decree 30 symbol (documentNumberSymbol's §1.4 pattern), a named document's type abbreviation
 * must be in Appendix III, and a công văn's symbol must not start with one (it has none).
 */
export function numberSymbolProblem(parts: NumberSymbolParts, form: BriefForm): Bilingual | null {
  if (form === 'internal') return null;
  const [first, second] =
    form === 'official-letter'
      ? [parts.issuerAbbrev, parts.unitAbbrev]
      : [parts.typeAbbrev, parts.issuerAbbrev];
  let canonical: string;
  try {
    canonical = documentNumberSymbol(parts.number ?? 1, first, second);
  } catch {
    return {
      vi: `Số, ký hiệu “${symbolOf(parts, form) || '(trống)'}” không đúng dạng Nghị định 30 (ví dụ 05/TB-VPCP, công văn 05/VPCP-QHQT).`,
      en: `Number-symbol “${symbolOf(parts, form) || '(empty)'}” is not in Decree 30 form (e.g. 05/TB-VPCP, letter 05/VPCP-QHQT).`,
    };
  }
  const parsed = parseNumberSymbol(canonical);
  if (!parsed.ok) return parsed.message;
  if (form !== 'official-letter' && typeNameFromAbbrev(first, 'administrative') === null) {
    return {
      vi: `“${first}” không có trong bảng chữ viết tắt tên loại văn bản (Phụ lục III Nghị định 30).`,
      en: `“${first}” is not a document-type abbreviation of Decree 30 Appendix III.`,
    };
  }
  if (form === 'official-letter' && parsed.value.typeAbbrev !== null) {
    return {
      vi: `Công văn không có chữ viết tắt tên loại; ký hiệu phải là <cơ quan>-<đơn vị soạn thảo>, không bắt đầu bằng “${first}”.`,
      en: `An official letter has no type abbreviation; its symbol is <issuer>-<unit> and must not start with “${first}”.`,
    };
  }
  return null;
}
