// Layout blocks → pdfmake content: paragraphs (runs, joined words, footnote marks, keep-with-
// next), framed marks, rules, spacers, tables and charts, in the layout's millimetres and
// points. The document around them (pages, header, footnotes, appendices) is pdf.ts's.
import type { Content, ContentTable, ContentText } from 'pdfmake/interfaces';
import {
  estimateWidthMm,
  linePitchPt,
  SIZE,
  tableGrid,
  type LayoutBlock,
  type LayoutFrame,
  type LayoutParagraph,
  type LayoutTable,
} from '../../../shared/brief/layout';
import { unbreakablePieces } from '../../../shared/brief/layout/unbreakable';
import { chartContent } from './chart-blocks';
import type { FootnotePlacer } from './pdf-flow';

const PT_PER_MM = 72 / 25.4;
export const pt = (mm: number): number => mm * PT_PER_MM;
const LINE_PT = 0.6;
/**
 * pdfmake's own line height per point of font size: Liberation Serif's ascent less descent
 * without the line gap, (1825 + 443) / 2048. Every paragraph's lineHeight is scaled by the
 * layout's pitch over this, so lines sit exactly as far apart as in the DOCX.
 */
const PDFMAKE_LINE_PER_PT = 2268 / 2048;
export const lineHeightFor = (sizePt: number, lineHeight = 1): number =>
  linePitchPt(sizePt, lineHeight) / (sizePt * PDFMAKE_LINE_PER_PT);

/** Joined words (number-symbols, dates, year ranges) are handed to pdfmake whole (noWrap). */
const pieces = (text: string): { text: string; noWrap?: boolean }[] =>
  unbreakablePieces(text).map((p) => (p.whole ? { text: p.text, noWrap: true } : { text: p.text }));

export class PdfWriter {
  constructor(
    private readonly placer: FootnotePlacer | null,
    private readonly notes: ReadonlyMap<number, string>,
  ) {}

  paragraph(p: LayoutParagraph, next?: LayoutBlock): ContentText {
    // Kept with the next block: the flow hook places each line only with room for two more.
    // Before a table, the room its header and first row take (Word keeps a paragraph with the
    // table's first row; its rows are not split).
    const room = (): number =>
      next?.kind === 'table'
        ? Math.max(2 * linePitchPt(SIZE.body), leadingRowsHeightPt(next))
        : 2 * linePitchPt(SIZE.body);
    const keep = p.keepWithNext ? { bdKeep: room() } : {};
    const text = p.runs.flatMap((r) => {
      if (r.noteRef !== undefined) {
        // The mark carries its note's text so the layout hook can measure the room it needs.
        const text = this.notes.get(r.noteRef) ?? '';
        const note = this.placer
          ? { note: { number: r.noteRef, text }, placer: this.placer }
          : undefined;
        return [{ text: String(r.noteRef), sup: true, ...(note ? { bdNote: note } : {}) }];
      }
      if (r.lineBreak) return [{ text: '\n' }];
      const style = {
        bold: r.bold ?? false,
        italics: r.italic ?? false,
        ...(r.underline ? { decoration: 'underline' as const } : {}),
        ...(r.color ? { color: `#${r.color}` } : {}),
      };
      return pieces(r.text).map((piece) => ({ ...piece, ...style, ...keep }));
    });
    return {
      text: text.length > 0 ? text : '',
      alignment: p.align,
      fontSize: p.sizePt,
      lineHeight: lineHeightFor(p.sizePt, p.lineHeight),
      leadingIndent: pt(p.firstLineIndentMm),
      margin: [pt(p.leftIndentMm), p.spaceBeforePt, 0, p.spaceAfterPt],
    };
  }

  private frame(f: LayoutFrame, containerMm: number): Content {
    const w = pt(f.widthMm);
    const h = pt(f.heightMm);
    const color = `#${f.color}`;
    const lineH = f.sizePt * 1.15;
    const gap = f.double ? pt(0.8) : 0;
    const inner: ContentTable = {
      table: {
        widths: [w - 2 * gap - 2 * LINE_PT],
        heights: [h - 2 * gap - 2 * LINE_PT],
        body: [
          [
            {
              text: f.text,
              bold: true,
              color,
              fontSize: f.sizePt,
              alignment: 'center',
              margin: [0, (h - 2 * gap - lineH) / 2 - 1, 0, 0],
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => LINE_PT,
        vLineWidth: () => LINE_PT,
        hLineColor: () => color,
        vLineColor: () => color,
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
    };
    const framed: Content = f.double
      ? {
          table: { widths: [w - 2 * LINE_PT - 2 * gap], body: [[inner]] },
          layout: {
            hLineWidth: () => LINE_PT,
            vLineWidth: () => LINE_PT,
            hLineColor: () => color,
            vLineColor: () => color,
            paddingLeft: () => gap - LINE_PT,
            paddingRight: () => gap - LINE_PT,
            paddingTop: () => gap - LINE_PT,
            paddingBottom: () => gap - LINE_PT,
          },
        }
      : inner;
    const free = Math.max(0, pt(containerMm) - w);
    const left = f.align === 'left' ? 0 : f.align === 'right' ? free : free / 2;
    return { stack: [framed], margin: [left, f.spaceBeforePt, 0, 0] };
  }

  private table(t: LayoutTable): ContentTable {
    const grid = tableGrid(t);
    const line = t.borders ? 0.5 : 0;
    const pad = pt(t.paddingMm.h);
    const body = grid.map((slots) =>
      slots.map((slot) => {
        if (slot.kind === 'covered') return {};
        const inner = Math.max(1, slot.widthMm - 2 * t.paddingMm.h);
        return {
          stack: this.blocks(slot.cell.blocks, inner),
          ...(slot.cell.colSpan > 1 ? { colSpan: slot.cell.colSpan } : {}),
          ...(slot.cell.rowSpan > 1 ? { rowSpan: slot.cell.rowSpan } : {}),
          ...(slot.cell.verticalAlign === 'center' ? { verticalAlignment: 'middle' as const } : {}),
        };
      }),
    );
    const allKept = t.rows.length > 0 && t.rows.every((r) => r.cantSplit);
    return {
      table: {
        // pdfmake widths are content widths, its columns content + padding + rule apart. The text
        // gets the full column less the padding, as in Word, so the rule comes out of the padding.
        widths: t.columnsMm.map((w) => Math.max(1, pt(w) - 2 * pad)),
        headerRows: t.headerRows,
        dontBreakRows: allKept,
        keepWithHeaderRows: t.headerRows > 0 ? 1 : 0,
        body,
      },
      layout: {
        hLineWidth: () => line,
        vLineWidth: () => line,
        paddingLeft: () => pad - line / 2,
        paddingRight: () => pad - line / 2,
        paddingTop: () => pt(t.paddingMm.v),
        paddingBottom: () => pt(t.paddingMm.v),
      },
      margin: [pt(t.indentMm), 0, 0, t.spaceAfterPt],
    };
  }

  /** `after`: the block that follows these in the document (a paragraph kept with it needs its height). */
  blocks(blocks: readonly LayoutBlock[], containerMm: number, after?: LayoutBlock): Content[] {
    return blocks.map((b, i): Content => {
      switch (b.kind) {
        case 'paragraph':
          return this.paragraph(b, blocks[i + 1] ?? after);
        case 'rule': {
          const x = pt(Math.max(0, (containerMm - b.widthMm) / 2));
          return {
            canvas: [
              { type: 'line', x1: x, y1: 0, x2: x + pt(b.widthMm), y2: 0, lineWidth: LINE_PT },
            ],
            margin: [0, b.spaceBeforePt + LINE_PT, 0, b.spaceAfterPt],
          };
        }
        case 'spacer':
          // An empty stack: an empty text would add a line's height to the margin.
          return { stack: [], margin: [0, pt(b.heightMm), 0, 0] };
        case 'frame':
          return this.frame(b, containerMm);
        case 'table':
          return this.table(b);
        case 'chart':
          return chartContent(b);
      }
    });
  }
}

/**
 * Estimated height of a table's header rows and first row: each cell's text wrapped at its
 * column width, the tallest cell of each row, plus the padding. Rough, but it only decides
 * whether a paragraph kept with the table moves on with it.
 */
function leadingRowsHeightPt(t: LayoutTable): number {
  // The grid of those rows alone: a row's slots depend only on the rows above it.
  const grid = tableGrid({ ...t, rows: t.rows.slice(0, t.headerRows + 1) });
  let height = 0;
  for (let r = 0; r < Math.min(grid.length, t.headerRows + 1); r++) {
    let tallest = 0;
    for (const slot of grid[r] ?? []) {
      if (slot.kind === 'covered') continue;
      const inner = Math.max(1, slot.widthMm - 2 * t.paddingMm.h);
      let cell = 0;
      for (const b of slot.cell.blocks) {
        if (b.kind !== 'paragraph') continue;
        const words = b.runs
          .map((x) => x.text)
          .join('')
          .split(/\s+/)
          .filter(Boolean);
        let lines = 1;
        let used = 0;
        for (const w of words) {
          const ww = estimateWidthMm(
            `${w} `,
            b.sizePt,
            b.runs.some((x) => x.bold),
          );
          if (used + ww > inner && used > 0) {
            lines += 1;
            used = ww;
          } else used += ww;
        }
        cell += lines * linePitchPt(b.sizePt, b.lineHeight) + b.spaceBeforePt + b.spaceAfterPt;
      }
      tallest = Math.max(tallest, cell);
    }
    height += tallest + 2 * pt(t.paddingMm.v);
  }
  return height;
}
