// DocumentLayout → PDF with pdfmake and the shipped Liberation Serif, embedded (subset). The
// layout's millimetres and points are used as they are, so the PDF matches the DOCX that
// LibreOffice or Word lays out from the same layout.
//
// pdfmake is a process-wide singleton that would otherwise fetch any URL or read any file a
// document names: URLs are refused outright and local reads are limited to the fonts folder.
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type { Readable } from 'node:stream';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, ContentTable, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  estimateWidthMm,
  linePitchPt,
  pageInPart,
  showsPageNumber,
  SIZE,
  tableGrid,
  textWidthMm,
  type DocumentLayout,
  type LayoutBlock,
  type LayoutFrame,
  type LayoutParagraph,
  type LayoutSection,
  type LayoutTable,
} from '../../../shared/brief/layout';
import { chartContent } from './chart-blocks';
import { unbreakablePieces } from '../../../shared/brief/layout/unbreakable';
import { fontPaths, fontsDir } from './fonts';
import { FootnotePlacer, installFlowHook, SEPARATOR_PT } from './pdf-flow';
import { pdfBytes } from './pdf-output';

// Loaded through require so this module and the layout hook (pdf-flow.ts) share one pdfmake.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMakeModule;

const PT_PER_MM = 72 / 25.4;
const pt = (mm: number): number => mm * PT_PER_MM;
const FONT = 'LiberationSerif';
const LINE_PT = 0.6;
/**
 * pdfmake's own line height per point of font size: Liberation Serif's ascent less descent
 * without the line gap, (1825 + 443) / 2048. Every paragraph's lineHeight is scaled by the
 * layout's pitch over this, so lines sit exactly as far apart as in the DOCX.
 */
const PDFMAKE_LINE_PER_PT = 2268 / 2048;
const lineHeightFor = (sizePt: number, lineHeight = 1): number =>
  linePitchPt(sizePt, lineHeight) / (sizePt * PDFMAKE_LINE_PER_PT);

/** Joined words (number-symbols, dates, year ranges) are handed to pdfmake whole (noWrap). */
const pieces = (text: string): { text: string; noWrap?: boolean }[] =>
  unbreakablePieces(text).map((p) => (p.whole ? { text: p.text, noWrap: true } : { text: p.text }));

let configured = false;

function configure(): void {
  if (configured) return;
  const dir = fontsDir();
  const inside = dir.endsWith(sep) ? dir : dir + sep;
  pdfmake.setFonts({ [FONT]: fontPaths() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(inside));
  configured = true;
}

class PdfWriter {
  constructor(
    private readonly placer: FootnotePlacer | null,
    private readonly notes: ReadonlyMap<number, string>,
  ) {}

  paragraph(p: LayoutParagraph, next?: LayoutBlock): ContentText {
    // Kept with the next block: the flow hook places each line only with room for two more.
    // Before a table, the room its header and first row take (Word keeps a paragraph with the
    // table's first row; its rows are not split).
    const room =
      next?.kind === 'table'
        ? Math.max(2 * linePitchPt(SIZE.body), leadingRowsHeightPt(next))
        : 2 * linePitchPt(SIZE.body);
    const keep = p.keepWithNext ? { bdKeep: room } : {};
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
  const grid = tableGrid(t);
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

/** Text longer than this never joins an unbreakable group: a group must fit on one page. */
const MAX_KEPT_CHARS = 1_500;

/**
 * Blocks kept with what follows (the last paragraph before the signature) end up with a table
 * whose rows may not split: those are grouped into one unbreakable stack, which is how pdfmake
 * keeps them on one page. (pageBreakBefore cannot see where an unbreakable table landed.)
 */
function keepGroups(blocks: readonly LayoutBlock[]): (LayoutBlock | LayoutBlock[])[] {
  const out: (LayoutBlock | LayoutBlock[])[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    let chars = 0;
    while (j < blocks.length) {
      const b = blocks[j]!;
      if (b.kind === 'paragraph') chars += b.runs.reduce((n, r) => n + r.text.length, 0);
      const keeps =
        (b.kind === 'paragraph' && b.keepWithNext) ||
        (b.kind === 'spacer' && b.keepWithNext === true);
      if (!keeps) break;
      j += 1;
    }
    const end = blocks[j];
    // pdfmake keeps only the first page of an unbreakable block: a long table (rows kept whole,
    // but many) is never grouped; its heading relies on the flow hook's keep instead.
    const tableChars = end?.kind === 'table' ? JSON.stringify(end.rows).length / 4 : Infinity;
    if (
      j > i &&
      end?.kind === 'table' &&
      end.rows.every((r) => r.cantSplit) &&
      chars + tableChars <= MAX_KEPT_CHARS
    ) {
      out.push(blocks.slice(i, j + 1));
      i = j;
    } else {
      out.push(blocks[i]!);
    }
  }
  return out;
}

function footnoteBlock(notes: { number: number; text: string }[], sizePt: number): Content[] {
  return [
    {
      canvas: [{ type: 'line', x1: 0, y1: 3, x2: pt(50), y2: 3, lineWidth: 0.5 }],
      margin: [0, 0, 0, SEPARATOR_PT - 4],
    },
    ...notes.map((n): Content => ({
      text: [{ text: String(n.number), sup: true }, ` ${n.text}`],
      fontSize: sizePt,
      lineHeight: lineHeightFor(sizePt),
      alignment: 'justify',
      margin: [0, 0, 0, 1],
    })),
  ];
}

export function layoutToPdfDefinition(layout: DocumentLayout): TDocumentDefinitions {
  const { margins } = layout.page;
  const widthMm = textWidthMm(layout);
  const hooked = installFlowHook();
  const placer = hooked
    ? new FootnotePlacer(pt(widthMm), layout.footnoteSizePt, linePitchPt(layout.footnoteSizePt))
    : null;
  const texts = new Map(layout.footnotes.map((n) => [n.number, n.text]));
  const writer = new PdfWriter(placer, texts);
  const flow = (blocks: readonly LayoutBlock[], width: number): Content[] => {
    const groups = keepGroups(blocks);
    const first = (g: (typeof groups)[number] | undefined) => (Array.isArray(g) ? g[0] : g);
    return groups.flatMap((g, i): Content[] =>
      Array.isArray(g)
        ? [{ stack: writer.blocks(g, width), unbreakable: true }]
        : writer.blocks([g], width, first(groups[i + 1])),
    );
  };
  const content: Content[] = flow(layout.blocks, widthMm);
  if (!placer && layout.footnotes.length > 0)
    content.push(...footnoteBlock(layout.footnotes, layout.footnoteSizePt));
  const sections = layout.sections.map((s) => sectionContent(s, layout, flow));
  content.push(...sections);
  const firstHeader = writer.blocks(layout.firstPageHeader, widthMm);
  // The page number is centred over the text area of its page, landscape pages' own.
  const landscape = layout.sections.find((s) => s.page.orientation === 'landscape');
  const sideMargins = (orientation: string | undefined) => {
    const m = orientation === 'landscape' && landscape ? landscape.page.margins : margins;
    return [pt(m.left), pt(layout.headerDistanceMm), pt(m.right), 0] as const;
  };

  return {
    pageSize: { width: pt(layout.page.widthMm), height: pt(layout.page.heightMm) },
    pageOrientation: 'portrait',
    pageMargins: [pt(margins.left), pt(margins.top), pt(margins.right), pt(margins.bottom)],
    defaultStyle: { font: FONT, fontSize: 14, lineHeight: 1 },
    info: {
      title: layout.meta.title,
      subject: layout.meta.subject,
      creator: 'Briefing Desk',
      producer: 'Briefing Desk',
    },
    // Page 1: the top-margin marks only; from page 2 the number, centred over the text area.
    // The numbers restart in each appendix, whose first page shows none (page-numbers.ts).
    // pdfmake calls this once the content is laid out, so each appendix's first page is known.
    header: (page: number, _count: number, size: { orientation?: string }): Content | null => {
      if (page === 1)
        return firstHeader.length > 0
          ? { stack: firstHeader, margin: [...sideMargins(undefined)] }
          : null;
      const { number } = pageInPart(page, [1, ...sections.map(startPage)]);
      if (!showsPageNumber(number)) return null;
      return {
        text: String(number),
        alignment: 'center',
        fontSize: layout.pageNumberSizePt,
        margin: [...sideMargins(size.orientation)],
      };
    },
    footer: (page: number): Content | null => {
      const placed = placer?.onPage(page);
      if (!placed || placed.notes.length === 0) return null;
      // The footer area starts at the bottom margin; the notes go in the room reserved above it.
      return {
        columns: [
          {
            width: pt(widthMm),
            stack: footnoteBlock(
              placed.notes.map((n) => ({ number: n.number, text: texts.get(n.number) ?? '' })),
              layout.footnoteSizePt,
            ),
          },
        ],
        absolutePosition: { x: pt(margins.left), y: -placed.reserved },
      };
    },
    content,
  };
}

/**
 * The page (1-based) a section's content starts on, once pdfmake has laid it out: its first
 * position, what pdfmake reports as a node's startPosition (pageBreakBefore's node info). The
 * section starts a page of its own, so that is the page its heading opens.
 */
function startPage(node: Content): number {
  const positions = (node as { positions?: { pageNumber?: unknown }[] }).positions;
  const page = positions?.[0]?.pageNumber;
  // pdfmake lays out the definition's own nodes and records their positions on them; if a later
  // pdfmake no longer did, the appendices' numbers would silently be wrong.
  if (typeof page !== 'number') throw new Error('pdfmake did not report where an appendix starts');
  return page;
}

/**
 * A section (an appendix) starts a page of its own orientation. pdfmake keeps one set of page
 * margins for the whole document, so a section's wider left or right margin is the stack's own
 * margin: its text is then exactly the section's width, where the DOCX puts it.
 */
function sectionContent(
  section: LayoutSection,
  layout: DocumentLayout,
  flow: (blocks: readonly LayoutBlock[], widthMm: number) => Content[],
): Content {
  const extraLeft = section.page.margins.left - layout.page.margins.left;
  const extraRight = section.page.margins.right - layout.page.margins.right;
  if (
    extraLeft < 0 ||
    extraRight < 0 ||
    section.page.margins.top !== layout.page.margins.top ||
    section.page.margins.bottom !== layout.page.margins.bottom
  )
    throw new Error('a section may only widen the left and right margins of the main text');
  return {
    stack: flow(section.blocks, textWidthMm(section)),
    pageBreak: 'before',
    pageOrientation: section.page.orientation,
    margin: [pt(extraLeft), 0, pt(extraRight), 0],
  };
}

export async function renderPdf(layout: DocumentLayout): Promise<Buffer> {
  configure();
  const doc = await pdfmake.createPdf(layoutToPdfDefinition(layout)).getStream();
  return pdfBytes(doc as unknown as Readable & { end(): void });
}
