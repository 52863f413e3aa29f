// A register → .docx: a landscape A4 page (registers are wide) with the title and one table,
// its header row repeated on every page, Times New Roman 10 (a wide annex table), cells as
// Vietnamese text (3/9/2025, 1.234,5, 33,3%), numbers right-aligned.
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellText, type RegisterCell, type RegisterTable } from '../../../shared/registers';

const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
const FONT = 'Times New Roman';
const SIZE = 20; // half-points: 10 pt, so a 13-column register fits a landscape page
const PAGE = { width: 297, height: 210, top: 20, bottom: 20, left: 20, right: 15 };

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; right?: boolean; header?: boolean },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.header ? { fill: 'E7E6E6' } : undefined,
    // 1 mm inside each cell (Word's default is 1.9 mm): a date column stays one line.
    margins: { left: twip(1), right: twip(1), top: 0, bottom: 0 },
    children: [
      new Paragraph({
        alignment: options.header
          ? AlignmentType.CENTER
          : options.right
            ? AlignmentType.RIGHT
            : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold === true, font: FONT, size: SIZE })],
      }),
    ],
  });
}

export async function registerToDocx(table: RegisterTable, creator: string): Promise<Buffer> {
  const textWidth = twip(PAGE.width - PAGE.left - PAGE.right);
  const weight = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => Math.floor((textWidth * c.width) / weight));
  const row = (cells: RegisterCell[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: cells.map((c, i) => {
        const column = table.columns[i]!;
        return cell(cellText(c, column.kind), widths[i]!, {
          bold,
          right: column.kind !== 'text' && column.kind !== 'date',
        });
      }),
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((c, i) =>
        cell(c.header, widths[i]!, { bold: true, header: true }),
      ),
    }),
    ...table.rows.map((r) => row(r, false)),
    ...(table.footer ? [row(table.footer, true)] : []),
  ];
  const doc = new Document({
    creator,
    title: table.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for landscape itself: give the portrait size.
            size: {
              width: twip(PAGE.height),
              height: twip(PAGE.width),
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: {
              top: twip(PAGE.top),
              bottom: twip(PAGE.bottom),
              left: twip(PAGE.left),
              right: twip(PAGE.right),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: table.title, bold: true, font: FONT, size: 28 })],
          }),
          new Table({
            layout: TableLayoutType.FIXED,
            width: { size: textWidth, type: WidthType.DXA },
            columnWidths: widths,
            rows,
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
