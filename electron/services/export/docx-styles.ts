// Paragraph formatting in Word's units, shared by the body's writer (docx-blocks.ts) and the
// document's heading styles (docx.ts): twentieths of a point and twips, rounded, and each
// layout paragraph's alignment, indents and exact line pitch.
import { AlignmentType, LineRuleType, type IBaseParagraphStyleOptions } from 'docx';
import { linePitchPt, type LayoutParagraph } from '../../../shared/brief/layout';

// docx's convertMillimetersToTwip truncates (A4 came out 11905 × 16837); round instead.
export const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const pt20 = (pt: number): number => Math.round(pt * 20);
export const MM_PER_PT = 25.4 / 72;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function paragraphProperties(p: LayoutParagraph) {
  return {
    alignment: ALIGN[p.align],
    indent: { firstLine: twip(p.firstLineIndentMm), left: twip(p.leftIndentMm) },
    spacing: {
      before: pt20(p.spaceBeforePt),
      after: pt20(p.spaceAfterPt),
      // Exact, the pitch the PDF uses too: "auto" would leave it to each word processor.
      line: pt20(linePitchPt(p.sizePt, p.lineHeight)),
      lineRule: LineRuleType.EXACT,
    },
    keepNext: p.keepWithNext,
  };
}

/** Heading styles with the look of the first heading of each level (black, not Word's blue). */
export function headingStyles(
  font: string,
  headings: ReadonlyMap<number, LayoutParagraph>,
): Record<string, IBaseParagraphStyleOptions> {
  const out: Record<string, IBaseParagraphStyleOptions> = {};
  for (let level = 0; level < 6; level++) {
    const p = headings.get(level);
    out[`heading${level + 1}`] = {
      run: {
        font,
        size: (p?.sizePt ?? 14) * 2,
        bold: p?.runs.every((r) => r.bold || !r.text.trim()) ?? true,
        color: '000000',
        italics: false,
      },
      paragraph: { ...(p ? paragraphProperties(p) : {}), keepNext: true, outlineLevel: level },
    };
  }
  return out;
}
