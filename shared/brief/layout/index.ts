// brief → DocumentLayout: the page as a records clerk expects it (document-format.md §1, §7).
import type { Brief } from '../model';
import { sentenceCaseName } from '../wording';
import { Appendices, countAppendixTables } from './appendix';
import { BodyLayout } from './body';
import {
  addresseeBlock,
  firstPageHeader,
  headerTable,
  legalBasisBlock,
  titleBlock,
} from './header';
import { FootnoteCollector, withEndMark } from './inline';
import { signatureSection } from './signature';
import { HEADER_DISTANCE_MM, MARGINS, PAGE, paragraph, SIZE } from './style';
import type { DocumentLayout, LayoutBlock } from './types';

export * from './types';
export { DIRECTIVE_STATUS_VI } from './directive-table';
export { appendixName, enclosedWithLine } from './appendix';
export { pageInPart, showsPageNumber, type PartPage } from './page-numbers';
export { placeAndDate, listPunctuation } from './header';
export { archiveLine, authorityLines } from './signature';
export { runsText } from './inline';
export {
  MARGINS,
  PAGE,
  SIZE,
  TEXT_WIDTH_MM,
  LANDSCAPE_MARGINS,
  LANDSCAPE_TEXT_WIDTH_MM,
  HEADER_COLUMNS_MM,
  NATIONAL_NAME,
  MOTTO,
  linePitchPt,
  LINE_PITCH_PER_PT,
  estimateWidthMm,
} from './style';

/**
 * Appends the end mark to the last paragraph of the content, or adds one if it ends in a table.
 * That paragraph is kept with the signature block, so no page carries a signature alone.
 */
function endWithMark(blocks: LayoutBlock[]): LayoutBlock[] {
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'paragraph') {
    return [...blocks.slice(0, -1), { ...last, runs: withEndMark(last.runs), keepWithNext: true }];
  }
  return [
    ...blocks,
    paragraph([{ text: './.' }], { align: 'left', firstLineIndentMm: 0, keepWithNext: true }),
  ];
}

export interface LayoutOptions {
  /** A draft printed for circulation: the day and month are left blank (lifecycle.ts). */
  blankDay?: boolean;
}

export function layoutBrief(brief: Brief, options: LayoutOptions = {}): DocumentLayout {
  const h = brief.header;
  const notes = new FootnoteCollector();
  const appendices = new Appendices(countAppendixTables(brief.body.content));
  const body = new BodyLayout(notes, appendices).blocks(brief.body.content);
  const content = endWithMark(body);
  const typeName = h.form === 'official-letter' ? 'Công văn' : h.typeName.trim();
  return {
    page: {
      widthMm: PAGE.widthMm,
      heightMm: PAGE.heightMm,
      orientation: 'portrait',
      margins: { ...MARGINS },
    },
    fontFamily: 'Times New Roman',
    headerDistanceMm: HEADER_DISTANCE_MM,
    pageNumberSizePt: SIZE.pageNumber,
    firstPageHeader: firstPageHeader(h),
    blocks: [
      headerTable(h, options.blankDay === true),
      ...titleBlock(h),
      ...addresseeBlock(h),
      ...legalBasisBlock(h),
      ...(h.form === 'official-letter' && h.addressees.length === 0
        ? [{ kind: 'spacer', heightMm: 6 } as const]
        : []),
      ...content,
      ...signatureSection(h),
    ],
    // After the signature block and Nơi nhận, each appendix on its own landscape pages.
    sections: appendices.sections(h, options.blankDay === true),
    footnotes: notes.notes,
    footnoteSizePt: SIZE.footnote,
    meta: {
      title: [typeName, h.abstract.trim()].filter(Boolean).join(' — '),
      subject: h.abstract.trim(),
      organisation: sentenceCaseName(h.issuingBody),
      // The drafter's initials (box 12) name the drafting person; the exporter may pass a full name.
      author: h.drafter.initials.trim() || sentenceCaseName(h.issuingBody),
    },
  };
}
export { tableGrid, type GridSlot } from './grid';
