// The body (box 6) → layout blocks. Headings get their Decree 30 labels from running counters
// (Phần I, I., 1., a) with the Vietnamese alphabet), lists print their markers as text (the
// dash and "1." / "a)" of official writing, identical in both formats), tables keep their
// column widths and merged cells.
import type { BodyBlock, HeadingNode, TableNode } from '../body';
import { headingLabel, pointLabel, type HeadingLevel } from '../numbering';
import { Appendices } from './appendix';
import { chartLayout } from './chart';
import { directiveTableBlocks } from './directive-table';
import { inlineRuns, type FootnoteCollector } from './inline';
import { FIRST_LINE_INDENT_MM, paragraph, SIZE, TEXT_WIDTH_MM } from './style';
import type {
  Align,
  LayoutBlock,
  LayoutCell,
  LayoutParagraph,
  LayoutRow,
  LayoutTable,
} from './types';

interface Flow {
  /** Inside a table cell: smaller text, no indent, no spacing. */
  inCell: boolean;
  header: boolean;
  widthMm: number;
}

const BULLETS = ['-', '+', '•'] as const;
const PX_TO_MM = 25.4 / 96;
/** A row whose source is longer than this might not fit a page (a rough, generous bound). */
const MAX_KEPT_ROW_CHARS = 2_500;

export class BodyLayout {
  private readonly counters: number[] = [0, 0, 0, 0];

  constructor(
    private readonly notes: FootnoteCollector,
    /** Where tables placed in an appendix go; by default there is none to expect. */
    readonly appendices: Appendices = new Appendices(0),
  ) {}

  blocks(
    content: readonly BodyBlock[],
    flow: Flow = { inCell: false, header: false, widthMm: TEXT_WIDTH_MM },
    listDepth = 0,
  ): LayoutBlock[] {
    const out: LayoutBlock[] = [];
    for (const block of content) out.push(...this.block(block, flow, listDepth));
    return out;
  }

  private textParagraph(
    runs: LayoutParagraph['runs'],
    flow: Flow,
    align: Align | null | undefined,
  ): LayoutParagraph {
    if (flow.inCell) {
      return paragraph(runs, {
        align: align ?? (flow.header ? 'center' : 'left'),
        sizePt: SIZE.table,
        firstLineIndentMm: 0,
        spaceAfterPt: 0,
      });
    }
    return paragraph(runs, {
      align: align ?? 'justify',
      firstLineIndentMm: align && align !== 'justify' ? 0 : FIRST_LINE_INDENT_MM,
    });
  }

  private block(block: BodyBlock, flow: Flow, listDepth: number): LayoutBlock[] {
    switch (block.type) {
      case 'paragraph':
        return [
          this.textParagraph(
            inlineRuns(block.content, this.notes, { bold: flow.header }),
            flow,
            block.attrs?.textAlign,
          ),
        ];
      case 'heading':
        return this.heading(block, flow);
      case 'bulletList':
        return block.content.flatMap((item) =>
          this.listItem(
            item.content,
            `${BULLETS[Math.min(listDepth, BULLETS.length - 1)]} `,
            flow,
            listDepth,
          ),
        );
      case 'orderedList': {
        const start = block.attrs?.start ?? 1;
        const point = block.attrs?.listStyle === 'point';
        return block.content.flatMap((item, i) =>
          this.listItem(
            item.content,
            point ? `${pointLabel(start + i)} ` : `${start + i}. `,
            flow,
            listDepth,
          ),
        );
      }
      case 'table':
        return [this.table(block, flow)];
      case 'directiveTable':
        if (block.attrs.placement === 'appendix')
          return [this.textParagraph([{ text: this.appendices.refer(block) }], flow, null)];
        return directiveTableBlocks(block, flow.widthMm);
      case 'chart':
        return chartLayout(block, flow.widthMm);
    }
  }

  /** The marker goes in front of the item's first paragraph, indented like body text. */
  private listItem(
    content: readonly BodyBlock[],
    marker: string,
    flow: Flow,
    listDepth: number,
  ): LayoutBlock[] {
    const [first, ...rest] = content;
    const out: LayoutBlock[] = [];
    if (first?.type === 'paragraph') {
      const runs = inlineRuns(first.content, this.notes, { bold: flow.header });
      out.push(this.textParagraph([{ text: marker }, ...runs], flow, first.attrs?.textAlign));
    } else if (first) {
      out.push(
        this.textParagraph([{ text: marker }], flow, null),
        ...this.block(first, flow, listDepth + 1),
      );
    }
    for (const b of rest) out.push(...this.block(b, flow, listDepth + 1));
    return out;
  }

  private heading(node: HeadingNode, flow: Flow): LayoutBlock[] {
    const level = node.attrs.level as HeadingLevel;
    const numbered = node.attrs.numbered;
    if (numbered) {
      this.counters[level - 1] = (this.counters[level - 1] ?? 0) + 1;
      for (let l = level; l < 4; l++) this.counters[l] = 0;
    }
    // An unnumbered heading before any numbered one still needs a valid counter.
    const n = Math.max(1, this.counters[level - 1] ?? 1);
    // Parts and sections are titled in capitals (§1.5 B specimen); clauses and points are not.
    const upper = level <= 2;
    const bold = level <= 3;
    const runs = inlineRuns(node.content, this.notes, { bold, uppercase: upper });
    if (flow.inCell) return [this.textParagraph(runs, flow, null)];
    if (level === 1) {
      const title = {
        ...paragraph(runs, {
          align: 'center',
          spaceBeforePt: 6,
          spaceAfterPt: 6,
          keepWithNext: true,
        }),
        outlineLevel: 0,
      };
      if (!numbered) return [title];
      const label = paragraph([{ text: headingLabel(1, n), bold: true }], {
        align: 'center',
        spaceBeforePt: 12,
        spaceAfterPt: 0,
        keepWithNext: true,
      });
      return [label, title];
    }
    const label = numbered ? [{ text: `${headingLabel(level, n)} `, bold }] : [];
    return [
      {
        ...paragraph([...label, ...runs], {
          align: 'justify',
          firstLineIndentMm: FIRST_LINE_INDENT_MM,
          spaceBeforePt: level === 2 ? 6 : 0,
          keepWithNext: true,
        }),
        outlineLevel: level - 1,
      },
    ];
  }

  private table(node: TableNode, flow: Flow): LayoutTable {
    const columns = columnWidths(node, flow.widthMm);
    // Rows stay whole on a page (Word's "allow row to break across pages" off) unless one is too
    // long to fit a page; then none are kept, which both formats can honour alike.
    const kept = node.content.every((row) => JSON.stringify(row).length <= MAX_KEPT_ROW_CHARS);
    const rows: LayoutRow[] = node.content.map((row) => ({
      cantSplit: kept,
      cells: row.content.map((cell): LayoutCell => {
        const colSpan = cell.attrs?.colspan ?? 1;
        const header = cell.type === 'tableHeader';
        return {
          blocks: this.blocks(cell.content, {
            inCell: true,
            header,
            widthMm: columns[0] ?? flow.widthMm,
          }),
          colSpan,
          rowSpan: cell.attrs?.rowspan ?? 1,
          verticalAlign: header ? 'center' : 'top',
        };
      }),
    }));
    // Leading rows made only of header cells repeat on each page, as in Word's "header row".
    let headerRows = 0;
    while (
      headerRows < node.content.length &&
      node.content[headerRows]?.content.every((c) => c.type === 'tableHeader')
    ) {
      headerRows += 1;
    }
    return {
      kind: 'table',
      columnsMm: columns,
      rows,
      borders: true,
      headerRows,
      paddingMm: { h: 1.5, v: 0.8 },
      indentMm: 0,
      spaceAfterPt: 6,
    };
  }
}

/**
 * Grid column widths in mm. ProseMirror stores each cell's widths in CSS pixels (colwidth, one
 * per spanned column) on the cells of the first row; columns without one share what is left,
 * and a table wider than the text area is scaled down to it.
 */
export function columnWidths(node: TableNode, availableMm: number): number[] {
  const first = node.content[0]?.content ?? [];
  const widths: (number | null)[] = [];
  for (const cell of first) {
    const span = cell.attrs?.colspan ?? 1;
    for (let i = 0; i < span; i++) {
      const px = cell.attrs?.colwidth?.[i];
      widths.push(px ? px * PX_TO_MM : null);
    }
  }
  const known = widths.reduce<number>((s, w) => s + (w ?? 0), 0);
  const unknown = widths.filter((w) => w === null).length;
  const share = unknown > 0 ? Math.max(15, (availableMm - known) / unknown) : 0;
  const filled = widths.map((w) => w ?? share);
  const total = filled.reduce((s, w) => s + w, 0);
  const scale = total > availableMm || unknown > 0 ? availableMm / total : 1;
  return filled.map((w) => Math.round(w * scale * 100) / 100);
}
