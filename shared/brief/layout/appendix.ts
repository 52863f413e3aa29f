// Appendices (document-format.md §1.9, Decree 30 Mẫu 2.1). A directive table the user put "in
// an appendix" leaves in the text a sentence referring to it, and prints after the signature
// block and Nơi nhận on landscape A4: "Phụ lục" (I, II… when several), the title in capitals,
// the italic "(Kèm theo Báo cáo số … ngày … của …)" line, then the table at 247 mm.
import type { BodyBlock, DirectiveTableNode } from '../body';
import type { BriefHeader } from '../model';
import { numberLine } from '../number-line';
import { romanNumeral } from '../numbering';
import { sentenceCaseName } from '../wording';
import { directiveTableBlocks } from './directive-table';
import { dateWords } from './header';
import { LANDSCAPE_MARGINS, LANDSCAPE_TEXT_WIDTH_MM, line, PAGE, ruleUnder, SIZE } from './style';
import type { LayoutBlock, LayoutSection } from './types';

export const isAppendixTable = (b: BodyBlock): b is DirectiveTableNode =>
  b.type === 'directiveTable' && b.attrs.placement === 'appendix';

/** How many tables of the body go to an appendix, in lists and table cells too. */
export function countAppendixTables(content: readonly BodyBlock[]): number {
  let n = 0;
  const walk = (nodes: readonly unknown[]): void => {
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue;
      if (isAppendixTable(node as BodyBlock)) n += 1;
      const inner = (node as { content?: unknown }).content;
      if (Array.isArray(inner)) walk(inner);
    }
  };
  walk(content);
  return n;
}

/** "Phụ lục" when it is the only one, "Phụ lục II" when there are several (§1.9). */
export const appendixName = (index: number, total: number): string =>
  total > 1 ? `Phụ lục ${romanNumeral(index)}` : 'Phụ lục';

// What a clerk names a table of tasks as an appendix title (§1.9: capitals, bold).
const TITLES: Record<DirectiveTableNode['attrs']['variant'], string> = {
  'six-ro': 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
  plan: 'DANH MỤC NHIỆM VỤ',
};

/**
 * "(Kèm theo Báo cáo số 05/BC-VPCP ngày 08 tháng 9 năm 2025 của Văn phòng Chính phủ)": the
 * number and date as the header prints them, so blank on a draft as there.
 */
export function enclosedWithLine(h: BriefHeader, blankDay = false): string {
  const type = h.form === 'official-letter' ? 'Công văn' : sentenceCaseName(h.typeName) || '…';
  const number = numberLine(h.numberSymbol, h.form)?.replace(/^Số:/, 'số');
  const issuer = sentenceCaseName(h.issuingBody) || '…';
  const parts = [type, number, dateWords(h, blankDay), `của ${issuer}`].filter(Boolean);
  return `(Kèm theo ${parts.join(' ')})`;
}

/** The tables taken out of the text, in the order the text refers to them. */
export class Appendices {
  private readonly tables: DirectiveTableNode[] = [];

  constructor(private readonly total: number) {}

  /** Takes the table out of the text; returns the sentence that stands in its place. */
  refer(node: DirectiveTableNode): string {
    this.tables.push(node);
    return `(Chi tiết tại ${appendixName(this.tables.length, this.total)} kèm theo)`;
  }

  sections(h: BriefHeader, blankDay = false): LayoutSection[] {
    const enclosed = enclosedWithLine(h, blankDay);
    return this.tables.map((node, i) => ({
      page: {
        widthMm: PAGE.heightMm,
        heightMm: PAGE.widthMm,
        orientation: 'landscape',
        margins: { ...LANDSCAPE_MARGINS },
      },
      blocks: [
        ...heading(appendixName(i + 1, this.tables.length), TITLES[node.attrs.variant], enclosed),
        ...directiveTableBlocks(node, LANDSCAPE_TEXT_WIDTH_MM),
      ],
    }));
  }
}

function heading(name: string, title: string, enclosed: string): LayoutBlock[] {
  const keep = { keepWithNext: true };
  return [
    line([{ text: name, bold: true }], SIZE.appendixName, keep),
    line([{ text: title, bold: true }], SIZE.appendixTitle, keep),
    line([{ text: enclosed, italic: true }], SIZE.appendixEnclosed, keep),
    // The short rule of the Mẫu 2.1 model under the heading, and a line's room before the table.
    { ...ruleUnder(title, SIZE.appendixTitle, LANDSCAPE_TEXT_WIDTH_MM, 20), spaceAfterPt: 12 },
  ];
}
