// A register → .xlsx with exceljs (well kept, MIT, writes real OOXML without a spreadsheet
// engine). Vietnamese headers in a bold frozen first row with an autofilter over the data;
// dates are Excel dates (shown d/m/yyyy as in the app), numbers are numbers, rates are percentages — so a
// user can sort, filter and sum in Excel without converting text first.
import ExcelJS from 'exceljs';
import type { RegisterCell, RegisterColumn, RegisterTable } from '../../../shared/registers';

const NUMBER_FORMAT: Record<RegisterColumn['kind'], string | undefined> = {
  text: undefined,
  date: 'd/m/yyyy', // the house's short date (formatShortDate): 3/9/2025
  integer: '#,##0',
  number: '#,##0.####',
  rate: '0.0%',
};

/** An ISO day as the Date Excel stores for that calendar day (UTC midnight: no time-zone shift). */
function excelDate(iso: string): Date | string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? iso : new Date(ms);
}

function excelValue(cell: RegisterCell, column: RegisterColumn): ExcelJS.CellValue {
  if (cell === null) return null;
  if (column.kind === 'date' && typeof cell === 'string') return excelDate(cell);
  return cell;
}

export async function registerToXlsx(table: RegisterTable, creator: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = creator;
  book.created = new Date();
  const sheet = book.addWorksheet(table.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: NUMBER_FORMAT[c.kind] ? { numFmt: NUMBER_FORMAT[c.kind] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of table.rows)
    sheet.addRow(row.map((cell, i) => excelValue(cell, table.columns[i]!)));
  // The filter covers the header and the data, never the total row below them.
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
  if (table.footer) {
    const footer = sheet.addRow(table.footer.map((cell, i) => excelValue(cell, table.columns[i]!)));
    footer.font = { bold: true };
  }
  for (const [i, c] of table.columns.entries()) {
    if (c.kind === 'text') sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
