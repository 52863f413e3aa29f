// Cells copied from Excel, LibreOffice Calc or a Word table arrive as text/plain with tabs
// between cells and line breaks between rows; a cell holding a tab, a line break or a quote
// is wrapped in double quotes with "" for a quote inside. This reads that text back into rows
// of cells (NFC, trimmed), so a pasted block becomes table rows instead of one long cell.

/** The rows of a pasted block, or null when the text is a single cell (paste it as text). */
export function parseTabular(input: string): string[][] | null {
  const text = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (!text.includes('\t') && !text.includes('\n')) return null;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote that is not doubled.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += text[j];
        j++;
      }
      // Only a quote that closes right before a separator makes a quoted cell; otherwise the
      // quote was part of the text ("Nghị quyết "59"").
      if (closed && (j === text.length || text[j] === '\t' || text[j] === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  row.push(cell);
  rows.push(row);
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

/**
 * Lays pasted rows over a table, Excel-like: the block's top-left cell lands on the cell the
 * paste happened in (row, column); rows past the end are added; cells past the last column
 * are dropped. `set` writes one pasted cell into a row object.
 */
export function pasteRows<Row, Col extends string>(
  rows: readonly Row[],
  block: string[][],
  at: { row: number; column: number },
  columns: readonly Col[],
  blank: () => Row,
  set: (row: Row, column: Col, value: string) => Row,
): Row[] {
  const out = [...rows];
  block.forEach((cells, k) => {
    const index = at.row + k;
    let row = out[index] ?? blank();
    cells.forEach((value, c) => {
      const column = columns[at.column + c];
      if (column !== undefined) row = set(row, column, value);
    });
    out[index] = row;
  });
  return out;
}
