// Splits the measured blocks of a DocumentLayout into A4 pages, with the rules the PDF exporter
// follows (electron/services/export/pdf.ts, pdf-flow.ts): paragraphs break between lines,
// tables between rows (header rows repeat), a heading keeps two lines of room below it, the
// last paragraph and the signature table stay together, and a footnote goes to the foot of
// the page its reference lands on. Pure: heights come in, pages come out, so it is testable.

export interface MeasuredLines {
  /** Space above the first line and below the last (paragraph spacing), px. */
  top: number;
  bottom: number;
  lineHeight: number;
  count: number;
}

export interface MeasuredRows {
  /** Heights of every row, px; the first `header` are repeated on each page. */
  heights: number[];
  header: number;
  /** breakable[i]: the table may break before row i (no merged cell spans the break). */
  breakable: boolean[];
  bottom: number;
}

export interface MeasuredBlock {
  height: number;
  keepWithNext: boolean;
  /** Footnote numbers referenced in the block. */
  notes: number[];
  /** Text characters, for the kept-together group limit. */
  chars: number;
  lines?: MeasuredLines;
  rows?: MeasuredRows & { allCantSplit: boolean };
}

export type Piece =
  | { block: number; kind: 'whole' }
  /** Lines [from, to) of a paragraph. */
  | { block: number; kind: 'lines'; from: number; to: number }
  /** The header rows and body rows [from, to) of a table. */
  | { block: number; kind: 'rows'; from: number; to: number };

export interface PreviewPage {
  pieces: Piece[];
  notes: number[];
}

export interface PageMetrics {
  /** Height of the text area, px. */
  contentHeight: number;
  /** Height of each footnote as printed, px, by number. */
  noteHeights: ReadonlyMap<number, number>;
  /** The rule and gap above the first footnote of a page, px. */
  separator: number;
  /** Room a keep-with-next paragraph needs below it (two body lines in the PDF), px. */
  keepRoom: number;
}

/** As in pdf.ts: text longer than this never joins an unbreakable group. */
const MAX_KEPT_CHARS = 1_500;

interface Unit {
  blocks: number[];
  height: number;
  notes: number[];
  keepWithNext: boolean;
  atomic: boolean;
}

/**
 * The last paragraph (and spacer) kept with the signature table: one unbreakable unit. A long
 * table is never grouped (as in pdf.ts): its rows break over pages and its heading keeps only
 * the room of a few lines, else the table would move whole and overflow its page.
 */
function units(blocks: readonly MeasuredBlock[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    let chars = 0;
    while (j < blocks.length && blocks[j]!.keepWithNext) {
      chars += blocks[j]!.chars;
      j += 1;
    }
    const end = blocks[j];
    if (j > i && end?.rows?.allCantSplit && chars + end.chars <= MAX_KEPT_CHARS) {
      const members = blocks.slice(i, j + 1);
      out.push({
        blocks: Array.from({ length: j - i + 1 }, (_, k) => i + k),
        height: members.reduce((s, b) => s + b.height, 0),
        notes: members.flatMap((b) => b.notes),
        keepWithNext: false,
        atomic: true,
      });
      i = j;
    } else {
      const b = blocks[i]!;
      out.push({
        blocks: [i],
        height: b.height,
        notes: b.notes,
        keepWithNext: b.keepWithNext,
        atomic: false,
      });
    }
  }
  return out;
}

export function paginate(blocks: readonly MeasuredBlock[], m: PageMetrics): PreviewPage[] {
  const pages: PreviewPage[] = [];
  let page: PreviewPage = { pieces: [], notes: [] };
  let used = 0;
  let notesHeight = 0;

  const noteCost = (notes: readonly number[]): number => {
    const fresh = notes.filter((n) => !page.notes.includes(n));
    if (fresh.length === 0) return 0;
    const h = fresh.reduce((s, n) => s + (m.noteHeights.get(n) ?? 0), 0);
    return h + (page.notes.length === 0 ? m.separator : 0);
  };
  const room = () => m.contentHeight - used - notesHeight;
  const atTop = () => page.pieces.length === 0;
  const place = (piece: Piece, height: number, notes: readonly number[]) => {
    notesHeight += noteCost(notes);
    for (const n of notes) if (!page.notes.includes(n)) page.notes.push(n);
    page.pieces.push(piece);
    used += height;
  };
  const nextPage = () => {
    pages.push(page);
    page = { pieces: [], notes: [] };
    used = 0;
    notesHeight = 0;
  };

  for (const unit of units(blocks)) {
    if (unit.blocks.length > 1) {
      // The kept group moves whole to the next page if it does not fit here.
      if (unit.height + noteCost(unit.notes) > room() && !atTop()) nextPage();
      for (const i of unit.blocks)
        place({ block: i, kind: 'whole' }, blocks[i]!.height, blocks[i]!.notes);
      continue;
    }
    const index = unit.blocks[0]!;
    const b = blocks[index]!;
    const keep = b.keepWithNext ? m.keepRoom : 0;
    if (b.height + noteCost(b.notes) + keep <= room() || (atTop() && !b.lines && !b.rows)) {
      place({ block: index, kind: 'whole' }, b.height, b.notes);
      continue;
    }
    if (b.lines && b.lines.count > 1 && !b.keepWithNext) {
      splitLines(index, b, b.lines);
      continue;
    }
    if (b.rows && b.rows.heights.length > b.rows.header + 1) {
      splitRows(index, b, b.rows);
      continue;
    }
    if (!atTop()) nextPage();
    place({ block: index, kind: 'whole' }, b.height, b.notes);
  }
  if (page.pieces.length > 0 || pages.length === 0) pages.push(page);
  return pages;

  function splitLines(index: number, b: MeasuredBlock, l: MeasuredLines) {
    let from = 0;
    while (from < l.count) {
      const top = from === 0 ? l.top : 0;
      const notes = from === 0 ? b.notes : [];
      const space = room() - noteCost(notes) - top;
      // Trailing paragraph spacing may fall past the page end, as it does in the PDF.
      let fit = Math.min(Math.floor((space + 0.5) / l.lineHeight), l.count - from);
      if (fit <= 0) {
        if (atTop())
          fit = 1; // a line taller than the page still has to go somewhere
        else {
          nextPage();
          continue;
        }
      }
      const to = Math.min(l.count, from + fit);
      const height = top + (to - from) * l.lineHeight + (to === l.count ? l.bottom : 0);
      place({ block: index, kind: 'lines', from, to }, height, notes);
      from = to;
      if (from < l.count) nextPage();
    }
  }

  function splitRows(index: number, b: MeasuredBlock, r: MeasuredRows) {
    const headerHeight = r.heights.slice(0, r.header).reduce((s, h) => s + h, 0);
    let from = r.header;
    const last = r.heights.length;
    while (from < last) {
      const notes = from === r.header ? b.notes : [];
      let height = headerHeight;
      let to = from;
      let lastBreak = from;
      while (to < last) {
        const next = height + r.heights[to]!;
        const bottom = to + 1 === last ? r.bottom : 0;
        if (next + bottom + noteCost(notes) > room()) break;
        height = next;
        to += 1;
        if (to === last || r.breakable[to]) lastBreak = to;
      }
      if (lastBreak === from) {
        if (!atTop()) {
          nextPage();
          continue;
        }
        // Not even one row fits on an empty page: print the next breakable run anyway.
        lastBreak = from + 1;
        while (lastBreak < last && !r.breakable[lastBreak]) lastBreak += 1;
      }
      const rowsHeight = r.heights.slice(from, lastBreak).reduce((s, h) => s + h, 0);
      place(
        { block: index, kind: 'rows', from, to: lastBreak },
        headerHeight + rowsHeight + (lastBreak === last ? r.bottom : 0),
        notes,
      );
      from = lastBreak;
      if (from < last) nextPage();
    }
  }
}
