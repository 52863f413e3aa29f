// Reads the heights the browser gave the blocks of a layout drawn once, unpaged, at the text
// width, so paginate() can cut them into pages. Paragraph line counts come from the height
// and the line height the layout sets; table rows are measured one by one.
import { tableGrid, type LayoutBlock, type LayoutTable } from '../../../../shared/brief/layout';
import { lineHeightPt } from './LayoutView';
import type { MeasuredBlock } from './paginate';
import { PX_PER_PT } from './units';

const heightOf = (el: Element | null): number => (el ? el.getBoundingClientRect().height : 0);

/** breakable[r]: no merged cell of an earlier row reaches row r. */
export function tableBreaks(t: LayoutTable): boolean[] {
  const grid = tableGrid(t);
  let reach = -1;
  return grid.map((slots, r) => {
    const ok = reach < r;
    for (const s of slots) if (s.kind === 'cell') reach = Math.max(reach, r + s.cell.rowSpan - 1);
    return ok;
  });
}

function noteNumbers(b: LayoutBlock): number[] {
  if (b.kind === 'paragraph')
    return b.runs.flatMap((r) => (r.noteRef === undefined ? [] : [r.noteRef]));
  if (b.kind === 'table')
    return b.rows.flatMap((row) => row.cells.flatMap((c) => c.blocks.flatMap(noteNumbers)));
  return [];
}

/** Text length for the kept-together limit; a table counted as pdf.ts's keepGroups counts it. */
const charsOf = (b: LayoutBlock): number =>
  b.kind === 'paragraph'
    ? b.runs.reduce((n, r) => n + r.text.length, 0)
    : b.kind === 'table'
      ? JSON.stringify(b.rows).length / 4
      : 0;

/** `container` holds one wrapper per block of a part (the main text or an appendix). */
export function measureBlocks(
  container: HTMLElement,
  blocks: readonly LayoutBlock[],
): MeasuredBlock[] {
  const wrappers = container.querySelectorAll<HTMLElement>(':scope > [data-block]');
  return blocks.map((b, i): MeasuredBlock => {
    const el = wrappers[i] ?? null;
    const height = heightOf(el);
    const base: MeasuredBlock = {
      height,
      keepWithNext:
        (b.kind === 'paragraph' && b.keepWithNext) ||
        (b.kind === 'spacer' && b.keepWithNext === true),
      notes: noteNumbers(b),
      chars: charsOf(b),
    };
    if (b.kind === 'paragraph') {
      const top = b.spaceBeforePt * PX_PER_PT;
      const bottom = b.spaceAfterPt * PX_PER_PT;
      const lineHeight = lineHeightPt(b) * PX_PER_PT;
      const count = Math.max(1, Math.round((height - top - bottom) / lineHeight));
      return { ...base, lines: { top, bottom, lineHeight, count } };
    }
    if (b.kind === 'table') {
      const rows = el ? [...el.querySelectorAll(':scope > table > tbody > tr')] : [];
      return {
        ...base,
        rows: {
          heights: rows.map(heightOf),
          header: b.headerRows,
          breakable: tableBreaks(b),
          bottom: b.spaceAfterPt * PX_PER_PT,
          allCantSplit: b.rows.length > 0 && b.rows.every((r) => r.cantSplit),
        },
      };
    }
    return base;
  });
}

export function measureNotes(container: HTMLElement): Map<number, number> {
  const out = new Map<number, number>();
  // Each note's height includes the point pdf.ts leaves after it (the note's bottom padding).
  for (const el of container.querySelectorAll<HTMLElement>('[data-note]')) {
    out.set(Number(el.dataset.note), heightOf(el));
  }
  return out;
}
