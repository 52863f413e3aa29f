// DocumentLayout → DOCX with `docx` (stack-notes "Documents"): A4 and the margins in twips,
// Times New Roman named for every run, tables with explicit grid and cell widths (LibreOffice
// makes unspecified columns equal), page numbers in a header from page 2 (titlePage + an empty
// first-page header), restarting in each appendix, real footnotes. Nothing is decided here that
// the layout did not decide. This file makes the document: its sections, headers, footnotes
// and styles; the blocks are written by docx-blocks.ts, in the units of docx-styles.ts.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
} from 'docx';
import {
  linePitchPt,
  textWidthMm,
  type DocumentLayout,
  type LayoutPage,
} from '../../../shared/brief/layout';
import { DocxWriter } from './docx-blocks';
import { zipParts, type Parts } from './docx-zip';
import { appXml, fontTableXml, footnotesXml } from './docx-parts';
import { headingStyles, pt20, twip } from './docx-styles';

/**
 * pgSz and pgMar of a section. `docx` writes w:w and w:h swapped for a landscape page, so it is
 * given the sheet as it stands portrait.
 */
function pageProperties(page: LayoutPage, headerDistanceMm: number) {
  const landscape = page.orientation === 'landscape';
  return {
    size: {
      width: twip(landscape ? page.heightMm : page.widthMm),
      height: twip(landscape ? page.widthMm : page.heightMm),
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: twip(page.margins.top),
      bottom: twip(page.margins.bottom),
      left: twip(page.margins.left),
      right: twip(page.margins.right),
      header: twip(headerDistanceMm),
      footer: twip(headerDistanceMm),
    },
  };
}

export function layoutToDocx(layout: DocumentLayout): Document {
  const w = new DocxWriter(layout.fontFamily);
  const width = textWidthMm(layout);
  const pageNumber = () =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          children: [PageNumber.CURRENT],
          size: layout.pageNumberSizePt * 2,
          font: layout.fontFamily,
        }),
      ],
    });
  const firstHeader = w.blocks(layout.firstPageHeader, width);
  const body = w.blocks(layout.blocks, width);
  // Each appendix a section of its own: a next-page break whose w:sectPr `docx` writes into the
  // last paragraph before it. Its numbers restart at 1 (w:pgNumType w:start="1") and, as on the
  // text's page 1, its first page shows none (page-numbers.ts): titlePg with a first-page
  // header of its own, an empty one. Without it Word would take the previous section's first
  // header, the text's page-1 marks.
  const appendices = layout.sections.map((s) => ({
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: { ...pageProperties(s.page, layout.headerDistanceMm), pageNumbers: { start: 1 } },
    },
    headers: {
      default: new Header({ children: [pageNumber()] }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    children: w.blocks(s.blocks, textWidthMm(s)),
  }));
  return new Document({
    creator: layout.meta.author,
    lastModifiedBy: layout.meta.author,
    title: layout.meta.title,
    subject: layout.meta.subject,
    styles: {
      default: {
        // Vietnamese, so Word spell-checks it as Vietnamese, not English.
        document: {
          run: {
            font: layout.fontFamily,
            size: 28,
            language: { value: 'vi-VN', eastAsia: 'vi-VN' },
          },
        },
        ...headingStyles(layout.fontFamily, w.headings),
      },
      paragraphStyles: w.styles,
    },
    // footnotes.xml is written by docx-parts.ts (an override); the references in the text are
    // all the body needs, so `docx` is given no notes to build and then throw away.
    sections: [
      {
        properties: {
          titlePage: true,
          page: pageProperties(layout.page, layout.headerDistanceMm),
        },
        headers: {
          default: new Header({ children: [pageNumber()] }),
          first: new Header({
            children: firstHeader.length > 0 ? firstHeader : [new Paragraph({})],
          }),
        },
        children: body,
      },
      ...appendices,
    ],
  });
}

/** `docx`'s Compiler, which Packer zips the parts of (not exported by name). */
interface Compiler {
  compile(
    file: Document,
    prettify: undefined,
    overrides: readonly { path: string; data: string }[],
  ): Parts;
}

export async function renderDocx(layout: DocumentLayout): Promise<Buffer> {
  const overrides = [
    { path: 'word/fontTable.xml', data: fontTableXml(layout.fontFamily) },
    { path: 'docProps/app.xml', data: appXml(layout.meta.organisation) },
    {
      path: 'word/footnotes.xml',
      data: footnotesXml(layout.footnotes, {
        font: layout.fontFamily,
        sizePt: layout.footnoteSizePt,
        lineTwips: pt20(linePitchPt(layout.footnoteSizePt)),
        afterTwips: pt20(1),
      }),
    },
  ];
  const doc = layoutToDocx(layout);
  // The parts as `docx` makes them, zipped by zlib (docx-zip.ts); Packer's own zip where the
  // compiler is not where this version of `docx` keeps it.
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc, false, overrides);
  return zipParts(compiler.compile(doc, undefined, overrides));
}
