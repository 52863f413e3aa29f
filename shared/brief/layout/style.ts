// The numbers of document-format.md §1.1–1.2 in one place: page, margins, the header column
// widths of the §1.2 recipe, and a size for every component (within the decree's ranges, at the
// values of its own specimen where it gives one).
import type { Align, LayoutParagraph, LayoutRule, LayoutRun } from './types';

export const PAGE = { widthMm: 210, heightMm: 297 } as const;
/** Suggested default of §1.1: T20/B20/L30/R15, a 165 mm text width. */
export const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const TEXT_WIDTH_MM = PAGE.widthMm - MARGINS.left - MARGINS.right;
/**
 * A landscape appendix: A4 turned, the binding edge still at the left (30 mm), 20 mm at the
 * right (the top of §1.1's 15–20 mm range: the wide table's last column stays clear of the
 * edge), 247 mm of text width. Top and bottom are the text's: pdfmake has one pair for all pages.
 */
export const LANDSCAPE_MARGINS = { top: 20, bottom: 20, left: 30, right: 20 } as const;
export const LANDSCAPE_TEXT_WIDTH_MM =
  PAGE.heightMm - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;
export const HEADER_DISTANCE_MM = 8;

/**
 * Header table columns (§1.2 recipe: left 62–68, right 97–103 mm at 165 mm). The right column
 * holds the Quốc hiệu on one line: 88.3 mm at 12 pt bold, so 100 mm leaves room for both
 * Word's and LibreOffice's rounding.
 */
export const HEADER_COLUMNS_MM = [65, 100] as const;
/** Signature table: 45 % for Nơi nhận, 55 % for the centred signature block. */
export const SIGNATURE_COLUMNS_MM = [74, 91] as const;

export const SIZE = {
  nationalName: 12,
  motto: 13,
  superiorBody: 12,
  issuingBody: 12,
  number: 13,
  letterAbstract: 12,
  placeDate: 13,
  typeName: 14,
  abstract: 14,
  body: 14,
  addressee: 14,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 14,
  mark: 13,
  footnote: 11,
  table: 12,
  directiveTable: 11,
  // §1.9: "Phụ lục" 14 bold; the title 13–14 bold capitals; the "Kèm theo" line 13–14 italic.
  appendixName: 14,
  appendixTitle: 14,
  appendixEnclosed: 14,
} as const;

export const FIRST_LINE_INDENT_MM = 12.7;
export const PARAGRAPH_AFTER_PT = 6;
export const BODY_LINE_HEIGHT = 1.0;

/**
 * Single line spacing of Times New Roman (and the metric-compatible Liberation Serif) per point
 * of font size: ascent + descent + line gap of the font, (1825 + 443 + 87) / 2048. This is what
 * Word and LibreOffice call "single"; both exporters set every line exactly this far apart
 * (DOCX with an exact line rule, pdfmake scaled to it), so the two formats break pages alike.
 */
export const LINE_PITCH_PER_PT = 2355 / 2048;

/** Distance from one baseline to the next, in points, for a paragraph of this size and spacing. */
export const linePitchPt = (sizePt: number, lineHeight = 1): number =>
  Math.round(sizePt * LINE_PITCH_PER_PT * lineHeight * 20) / 20;

/** "Độc lập - Tự do - Hạnh phúc" at 13 pt bold is 56.1 mm (§1.2 measured widths). */
export const MOTTO_WIDTH_MM = (56.1 * SIZE.motto) / 13;

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Marks (secrecy, urgency) in bright red, as stamped. */
export const RED = 'FF0000';

const PT_TO_MM = 25.4 / 72;

/**
 * Rough width of a line of Times-like text, to size the short rules (1/3–1/2 of the line
 * above them). Capitals and lower case differ enough to matter; exact metrics do not.
 */
export function estimateWidthMm(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) {
    if (ch === ' ') em += 0.25;
    else if (/[A-ZĐ]/.test(ch)) em += bold ? 0.74 : 0.7;
    else if (/[0-9]/.test(ch)) em += 0.5;
    else em += bold ? 0.5 : 0.46;
  }
  return em * sizePt * PT_TO_MM;
}

export interface ParagraphOptions {
  align?: Align;
  sizePt?: number;
  firstLineIndentMm?: number;
  leftIndentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineHeight?: number;
  keepWithNext?: boolean;
}

/** A paragraph; the defaults are those of the body text (box 6). */
export function paragraph(runs: LayoutRun[], o: ParagraphOptions = {}): LayoutParagraph {
  const align = o.align ?? 'justify';
  return {
    kind: 'paragraph',
    runs,
    align,
    sizePt: o.sizePt ?? SIZE.body,
    firstLineIndentMm: o.firstLineIndentMm ?? (align === 'justify' ? FIRST_LINE_INDENT_MM : 0),
    leftIndentMm: o.leftIndentMm ?? 0,
    spaceBeforePt: o.spaceBeforePt ?? 0,
    spaceAfterPt: o.spaceAfterPt ?? PARAGRAPH_AFTER_PT,
    lineHeight: o.lineHeight ?? BODY_LINE_HEIGHT,
    keepWithNext: o.keepWithNext ?? false,
  };
}

/** A centred single-spaced line, as in the header and signature blocks. */
export const line = (
  runs: LayoutRun[],
  sizePt: number,
  o: ParagraphOptions = {},
): LayoutParagraph => paragraph(runs, { align: 'center', sizePt, spaceAfterPt: 0, ...o });

export const rule = (widthMm: number, spaceBeforePt = 3, spaceAfterPt = 0): LayoutRule => ({
  kind: 'rule',
  widthMm: Math.round(widthMm * 10) / 10,
  spaceBeforePt,
  spaceAfterPt,
});

/** A rule 40 % as long as the (estimated) text line above it, within the column. */
export function ruleUnder(text: string, sizePt: number, columnMm: number, min = 15): LayoutRule {
  const lineMm = Math.min(estimateWidthMm(text, sizePt, true), columnMm);
  return rule(Math.max(min, Math.min(columnMm, lineMm * 0.4)));
}
