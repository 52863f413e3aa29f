// Layout blocks → `docx` paragraphs and tables: runs with their joined words kept whole,
// footnote references, rules, spacers, framed marks, tables with explicit grids, charts. Each
// paragraph names a style registered here; the document around them is docx.ts's.
import {
  AlignmentType,
  BorderStyle,
  FootnoteReferenceRun,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import {
  tableGrid,
  type LayoutBlock,
  type LayoutFrame,
  type LayoutParagraph,
  type LayoutRule,
  type LayoutTable,
} from '../../../shared/brief/layout';
import { JOINERS, unbreakablePieces } from '../../../shared/brief/layout/unbreakable';
import { chartParagraph } from './chart-blocks';
import { MM_PER_PT, paragraphProperties, pt20, twip } from './docx-styles';

/** Word joiner: no break here, no glyph, not in the extracted text. */
const WJ = '\u2060';

/**
 * The text of a run with its joined words kept whole (shared/brief/layout/unbreakable.ts): a
 * word joiner after each inner "-", "/" or dash. (Word's w:noBreakHyphen would do for "-", but
 * it is U+2011, which Liberation Serif lacks: LibreOffice then prints a wider fallback glyph.)
 */
function unbreakable(text: string): string {
  let out = '';
  for (const piece of unbreakablePieces(text)) {
    if (!piece.whole) {
      out += piece.text;
      continue;
    }
    const chars = [...piece.text];
    out += chars
      .map((ch, i) => (i > 0 && i < chars.length - 1 && JOINERS.test(ch) ? ch + WJ : ch))
      .join('');
  }
  return out;
}

/**
 * Paragraph formatting goes into named styles, one per distinct combination the layout uses
 * (a few dozen at most), and paragraphs only name their style: a 100-page brief otherwise
 * carries thousands of identical property sets, which made packing slow and the file heavy.
 */
export class DocxWriter {
  readonly styles: IParagraphStyleOptions[] = [];
  private readonly styleIds = new Map<string, string>();

  constructor(private readonly font: string) {}

  private styleOf(p: LayoutParagraph): string {
    const key = [
      p.align,
      p.sizePt,
      p.firstLineIndentMm,
      p.leftIndentMm,
      p.spaceBeforePt,
      p.spaceAfterPt,
      p.lineHeight,
      p.keepWithNext,
    ].join('|');
    const known = this.styleIds.get(key);
    if (known) return known;
    const id = `Decree30Style${this.styles.length + 1}`;
    this.styleIds.set(key, id);
    this.styles.push({
      id,
      name: `Decree 30 ${p.sizePt} pt ${p.align} ${this.styles.length + 1}`,
      basedOn: 'Normal',
      run: { font: this.font, size: p.sizePt * 2 },
      paragraph: paragraphProperties(p),
    });
    return id;
  }

  private runs(p: LayoutParagraph, sizePt?: number): ParagraphChild[] {
    return p.runs.map((r) => {
      if (r.noteRef !== undefined) return new FootnoteReferenceRun(r.noteRef);
      if (r.lineBreak) return new TextRun({ break: 1 });
      return new TextRun({
        text: unbreakable(r.text),
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.underline ? { underline: {} } : {}),
        ...(r.color ? { color: r.color } : {}),
        ...(sizePt ? { size: sizePt * 2, font: this.font } : {}),
      });
    });
  }

  /** Word's built-in "heading 1…4", one per outline level, declared from its first use. */
  readonly headings = new Map<number, LayoutParagraph>();

  paragraph(p: LayoutParagraph): Paragraph {
    if (p.outlineLevel === undefined)
      return new Paragraph({ style: this.styleOf(p), children: this.runs(p) });
    if (!this.headings.has(p.outlineLevel)) this.headings.set(p.outlineLevel, p);
    // The heading style carries the outline level; the Decree 30 look is set on the paragraph
    // too, so headings of one level that differ (a part's label and title) each stay exact.
    return new Paragraph({
      style: `Heading${p.outlineLevel + 1}`,
      ...paragraphProperties(p),
      outlineLevel: p.outlineLevel,
      children: this.runs(p, p.sizePt),
    });
  }

  /** A 1-pt paragraph whose top border is the rule, indented so it is centred and widthMm long. */
  private rule(r: LayoutRule, containerMm: number): Paragraph {
    const side = Math.max(0, (containerMm - r.widthMm) / 2);
    return new Paragraph({
      indent: { left: twip(side), right: twip(side) },
      spacing: {
        before: pt20(r.spaceBeforePt),
        after: pt20(r.spaceAfterPt),
        line: 20,
        lineRule: LineRuleType.EXACT,
      },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
      children: [new TextRun({ text: '', size: 2, font: this.font })],
    });
  }

  private spacer(heightMm: number, keepNext = false): Paragraph {
    return new Paragraph({
      keepNext,
      spacing: {
        before: 0,
        after: 0,
        line: Math.max(20, twip(heightMm)),
        lineRule: LineRuleType.EXACT,
      },
      children: [new TextRun({ text: '', size: 2, font: this.font })],
    });
  }

  /**
   * A mark in a frame (boxes 10a, 10b, 11): a paragraph with a box border, its indents making
   * the frame widthMm wide, the border spacing making it about heightMm tall.
   */
  private frame(f: LayoutFrame, containerMm: number): Paragraph {
    const lineMm = f.sizePt * 1.15 * MM_PER_PT;
    const padPt = Math.max(
      1,
      Math.min(31, Math.round(((f.heightMm - lineMm) / 2 / MM_PER_PT) * 10) / 10),
    );
    const sidePt = 2;
    const sideMm = sidePt * MM_PER_PT;
    const free = Math.max(0, containerMm - f.widthMm);
    const before = f.align === 'left' ? 0 : f.align === 'right' ? free : free / 2;
    const border: IBorderOptions = {
      style: f.double ? BorderStyle.DOUBLE : BorderStyle.SINGLE,
      size: f.double ? 4 : 6,
      color: f.color,
      space: padPt,
    };
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: {
        left: twip(before + sideMm),
        right: twip(containerMm - before - f.widthMm + sideMm),
      },
      spacing: {
        before: pt20(f.spaceBeforePt + padPt),
        after: pt20(padPt),
        line: 240,
        lineRule: LineRuleType.AUTO,
      },
      border: {
        top: border,
        bottom: border,
        left: { ...border, space: sidePt },
        right: { ...border, space: sidePt },
      },
      children: [
        new TextRun({
          text: f.text,
          bold: true,
          color: f.color,
          size: f.sizePt * 2,
          font: this.font,
        }),
      ],
    });
  }

  table(t: LayoutTable): Table {
    const grid = tableGrid(t);
    const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    const rows = grid.map((slots, r) => {
      const row = t.rows[r];
      const cells = slots.flatMap((slot) => {
        if (slot.kind === 'covered') return [];
        const innerMm = Math.max(1, slot.widthMm - 2 * t.paddingMm.h);
        const children = this.blocks(slot.cell.blocks, innerMm);
        // A cell must end with a paragraph.
        if (children.length === 0 || children[children.length - 1] instanceof Table)
          children.push(new Paragraph({}));
        return [
          new TableCell({
            width: { size: twip(slot.widthMm), type: WidthType.DXA },
            columnSpan: slot.cell.colSpan > 1 ? slot.cell.colSpan : undefined,
            rowSpan: slot.cell.rowSpan > 1 ? slot.cell.rowSpan : undefined,
            ...(slot.cell.verticalAlign === 'center'
              ? { verticalAlign: VerticalAlign.CENTER }
              : {}),
            children,
          }),
        ];
      });
      return new TableRow({
        cantSplit: row?.cantSplit ?? false,
        tableHeader: r < t.headerRows,
        children: cells,
      });
    });
    return new Table({
      rows,
      width: { size: twip(t.columnsMm.reduce((s, w) => s + w, 0)), type: WidthType.DXA },
      columnWidths: t.columnsMm.map(twip),
      layout: TableLayoutType.FIXED,
      indent: { size: twip(t.indentMm), type: WidthType.DXA },
      borders: t.borders
        ? {
            top: line,
            bottom: line,
            left: line,
            right: line,
            insideHorizontal: line,
            insideVertical: line,
          }
        : TableBorders.NONE,
      margins: {
        left: twip(t.paddingMm.h),
        right: twip(t.paddingMm.h),
        top: twip(t.paddingMm.v),
        bottom: twip(t.paddingMm.v),
      },
    });
  }

  blocks(blocks: readonly LayoutBlock[], containerMm: number): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const b of blocks) {
      switch (b.kind) {
        case 'paragraph':
          out.push(this.paragraph(b));
          break;
        case 'rule':
          out.push(this.rule(b, containerMm));
          break;
        case 'spacer':
          out.push(this.spacer(b.heightMm, b.keepWithNext ?? false));
          break;
        case 'frame':
          out.push(this.frame(b, containerMm));
          break;
        case 'table':
          out.push(this.table(b));
          // Word merges two adjacent tables into one; the space after a table is a paragraph.
          out.push(this.spacer(Math.max(0.4, b.spaceAfterPt * MM_PER_PT)));
          break;
        case 'chart':
          out.push(chartParagraph(b, 'Biểu đồ / Chart'));
          break;
      }
    }
    return out;
  }
}
