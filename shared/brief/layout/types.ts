// The one intermediate layout both exporters draw from (and the in-app A4 preview can):
// every position, size and spacing decision is taken here, once, so DOCX and PDF cannot drift
// apart. Lengths are millimetres, font sizes and paragraph spacing points, as the decree states them.

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface LayoutRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Hex without '#', e.g. "C00000"; black when absent. */
  color?: string;
  /** A footnote reference mark: the number of the note in `DocumentLayout.footnotes`. */
  noteRef?: number;
  /** A line break inside the paragraph (the run's text is empty). */
  lineBreak?: boolean;
}

export interface LayoutParagraph {
  kind: 'paragraph';
  runs: LayoutRun[];
  align: Align;
  sizePt: number;
  firstLineIndentMm: number;
  leftIndentMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Multiple of single line spacing (Decree 30: 1.0–1.5 for the body). */
  lineHeight: number;
  keepWithNext: boolean;
  /** A heading of the body: its level in the outline (0 = part, 3 = point), for Word's navigation. */
  outlineLevel?: number;
}

/** A short solid line, centred in its container (under the motto, issuer and abstract). */
export interface LayoutRule {
  kind: 'rule';
  widthMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
}

export interface LayoutSpacer {
  kind: 'spacer';
  heightMm: number;
  keepWithNext?: boolean;
}

/** A framed mark (boxes 10a, 10b, 11, the draft mark): fixed size, single or double line. */
export interface LayoutFrame {
  kind: 'frame';
  text: string;
  widthMm: number;
  heightMm: number;
  sizePt: number;
  color: string;
  double: boolean;
  align: 'left' | 'center' | 'right';
  spaceBeforePt: number;
}

export interface LayoutCell {
  blocks: LayoutBlock[];
  colSpan: number;
  rowSpan: number;
  verticalAlign: 'top' | 'center';
}

export interface LayoutRow {
  /** Only the cells that start in this row (covered positions of a rowspan are left out). */
  cells: LayoutCell[];
  /** Keep the row on one page. */
  cantSplit: boolean;
}

export interface LayoutTable {
  kind: 'table';
  columnsMm: number[];
  rows: LayoutRow[];
  borders: boolean;
  /** Rows repeated at the top of each page the table runs onto. */
  headerRows: number;
  paddingMm: { h: number; v: number };
  indentMm: number;
  spaceAfterPt: number;
}

/** A picture drawn from data (issue 13): the SVG as drawn, placed at widthMm × heightMm. */
export interface LayoutChart {
  kind: 'chart';
  svg: string;
  widthPx: number;
  heightPx: number;
  widthMm: number;
  heightMm: number;
  spaceBeforePt: number;
  /** Kept on the page of its caption. */
  keepWithNext?: boolean;
}

export type LayoutBlock =
  LayoutParagraph | LayoutRule | LayoutSpacer | LayoutFrame | LayoutTable | LayoutChart;

export interface LayoutFootnote {
  number: number;
  text: string;
}

/** A sheet as printed: width and height as it is read (landscape is wider than high). */
export interface LayoutPage {
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
}

/**
 * A part after the main text that starts on a new page with its own page setup: an appendix
 * on landscape A4 (document-format.md §1.9). Its pages are numbered from 1 again
 * (page-numbers.ts).
 */
export interface LayoutSection {
  page: LayoutPage;
  blocks: LayoutBlock[];
}

export interface DocumentLayout {
  /** The main text's page: portrait A4. */
  page: LayoutPage;
  /** The family the DOCX names; the PDF embeds the metric-compatible Liberation Serif. */
  fontFamily: string;
  /** Distance of the header (page number, box 11) from the top edge. */
  headerDistanceMm: number;
  pageNumberSizePt: number;
  /**
   * Top-margin content of page 1 only (circulation note, draft mark); pages 2+ carry the number.
   * An appendix's first page has neither (page-numbers.ts).
   */
  firstPageHeader: LayoutBlock[];
  blocks: LayoutBlock[];
  /** After the signature block, in order: the appendices. Empty for most documents. */
  sections: LayoutSection[];
  footnotes: LayoutFootnote[];
  footnoteSizePt: number;
  /** Document properties: the organisation issuing it and the person drafting it. */
  meta: { title: string; subject: string; organisation: string; author: string };
}

/** Width of the text area: the page less the left and right margins. */
export const textWidthMm = (l: { page: LayoutPage }): number =>
  l.page.widthMm - l.page.margins.left - l.page.margins.right;

/** Height of the text area: the page less the top and bottom margins. */
export const textHeightMm = (l: { page: LayoutPage }): number =>
  l.page.heightMm - l.page.margins.top - l.page.margins.bottom;
