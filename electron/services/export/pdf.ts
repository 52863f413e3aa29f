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
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  linePitchPt,
  pageInPart,
  showsPageNumber,
  textWidthMm,
  type DocumentLayout,
  type LayoutBlock,
  type LayoutSection,
} from '../../../shared/brief/layout';
import { fontPaths, fontsDir } from './fonts';
import { lineHeightFor, pt, PdfWriter } from './pdf-blocks';
import { installPdfEngineSpeedups } from './pdf-engine';
import { FootnotePlacer, installFlowHook, SEPARATOR_PT } from './pdf-flow';
import { pdfBytes } from './pdf-output';

// Loaded through require so this module and the layout hook (pdf-flow.ts) share one pdfmake.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMakeModule;

const FONT = 'LiberationSerif';

let configured = false;

function configure(): void {
  if (configured) return;
  const dir = fontsDir();
  const inside = dir.endsWith(sep) ? dir : dir + sep;
  pdfmake.setFonts({ [FONT]: fontPaths() });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(inside));
  installPdfEngineSpeedups();
  configured = true;
}

/** Text longer than this never joins an unbreakable group: a group must fit on one page. */
const MAX_KEPT_CHARS = 1_500;

/**
 * Whether a table's rows, as JSON, are at most `budget` × 4 characters: their size measured a
 * row at a time and given up on once past it, so a 500-row table is not turned into 600 kB of
 * JSON to learn that it is long.
 */
function fitsKept(rows: readonly unknown[], budget: number): boolean {
  // JSON.stringify(rows).length: the brackets, the rows, and a comma between two rows.
  let length = rows.length > 0 ? 1 + rows.length : 2;
  for (const row of rows) {
    if (length / 4 > budget) return false;
    length += JSON.stringify(row).length;
  }
  return length / 4 <= budget;
}

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
    if (
      j > i &&
      end?.kind === 'table' &&
      end.rows.every((r) => r.cantSplit) &&
      fitsKept(end.rows, MAX_KEPT_CHARS - chars)
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
