// Two rules of page flow pdfmake lacks, added where it places each line:
// - footnotes at the foot of the page they are cited on;
// - a heading kept with what follows (no heading alone at the bottom of a page).
//
// pdfmake places text line by line through ElementWriter.addLine (and unbreakable blocks through
// addFragment). We wrap those two: when a line carries a footnote reference (an inline marked
// `bdNote`), the note's height is reserved at the bottom of the current page — or, if line and
// note no longer fit, the line moves to the next page, the way TeX does it — and every later
// line on that page stops above the reserved area. The page's footer then draws the notes in
// that area. A line marked `bdKeep` (a heading's) is placed only if that much room remains
// below it, else it moves on. One pass: pdfmake's own pageBreakBefore hook relays the whole
// document and cost a quarter of the export time on 100 pages.
//
// This relies on pdfmake 0.3 internals (ElementWriter, its context's page/y/availableHeight).
// installFootnoteHook() checks that shape and reports false if it changed, in which case the
// exporter prints the notes at the end of the document instead of losing them.
import { createRequire } from 'node:module';

export interface PlacedNote {
  number: number;
  text: string;
  /** Height reserved for this note, in points. */
  height: number;
}

interface PdfFont {
  widthOfString(text: string, size: number): number;
}

interface NoteMark {
  note: { number: number; text: string };
  placer: FootnotePlacer;
}

interface Inline {
  text?: string;
  x: number;
  justifyShift?: number;
  alignment?: string;
  bdNote?: NoteMark;
  /** Room (pt) that must remain below this line on its page: keep-with-next. */
  bdKeep?: number;
  font?: PdfFont;
}

interface Line {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getHeight(): number;
  getWidth(): number;
}

interface Page {
  pageSize: { height: number };
}

interface Context {
  page: number;
  y: number;
  availableHeight: number;
  availableWidth: number;
  pageMargins: { top: number; bottom: number; left: number; right: number };
  getCurrentPage(): Page;
}

interface Fragment {
  height: number;
  items: { type: string; item: Line }[];
}

interface Writer {
  contextStack: unknown[];
  context(): Context;
}

type AlignLine = (this: Writer, line: Line) => unknown;
type AddLine = (this: Writer, line: Line, ...rest: unknown[]) => unknown;
type AddFragment = (
  this: Writer,
  fragment: Fragment,
  useBlockXOffset?: boolean,
  ...rest: unknown[]
) => unknown;

/** Space between the body and the first note: the short separator line and its gaps. */
export const SEPARATOR_PT = 9;
const NOTE_GAP_PT = 1;

/** Collects, for one export, which notes landed on which page and how much room they take. */
export class FootnotePlacer {
  private context: Context | null = null;
  private pages = new Map<number, { notes: PlacedNote[]; reserved: number }>();

  constructor(
    readonly widthPt: number,
    readonly sizePt: number,
    /** Baseline-to-baseline distance of note lines (the layout's pitch, as in the DOCX). */
    readonly linePt: number,
  ) {}

  /** Height of a note set in `font` at the note size, greedy word wrap at the text width. */
  measure(text: string, font: PdfFont): number {
    const words = `${text}`.split(/\s+/).filter(Boolean);
    const space = font.widthOfString(' ', this.sizePt);
    let lines = 1;
    let width = font.widthOfString('00 ', this.sizePt);
    for (const w of words) {
      const ww = font.widthOfString(w, this.sizePt);
      if (width + ww > this.widthPt && width > 0) {
        lines += 1;
        width = ww + space;
      } else {
        width += ww + space;
      }
    }
    return lines * this.linePt + NOTE_GAP_PT;
  }

  /** Records notes placed on a page of a layout pass; a new pass (new context) starts afresh. */
  record(context: Context, page: number, notes: PlacedNote[], reserved: number): void {
    if (context !== this.context) {
      this.context = context;
      this.pages = new Map();
    }
    const entry = this.pages.get(page) ?? { notes: [], reserved: 0 };
    entry.notes.push(...notes);
    entry.reserved = reserved;
    this.pages.set(page, entry);
  }

  /** Notes of a page (1-based, as pdfmake's footer callback counts). */
  onPage(pageNumber: number): { notes: PlacedNote[]; reserved: number } | undefined {
    return this.pages.get(pageNumber - 1);
  }

  get placedCount(): number {
    let n = 0;
    for (const p of this.pages.values()) n += p.notes.length;
    return n;
  }
}

const reservedByContext = new WeakMap<Context, Map<number, { reserved: number; count: number }>>();

function pageState(ctx: Context): { reserved: number; count: number } {
  let pages = reservedByContext.get(ctx);
  if (!pages) {
    pages = new Map();
    reservedByContext.set(ctx, pages);
  }
  let state = pages.get(ctx.page);
  if (!state) {
    state = { reserved: 0, count: 0 };
    pages.set(ctx.page, state);
  }
  return state;
}

/** Keeps the bottom of the page free for the notes already reserved on it. */
function clamp(ctx: Context, state: { reserved: number }): void {
  const limit =
    ctx.getCurrentPage().pageSize.height - ctx.pageMargins.bottom - state.reserved - ctx.y;
  if (ctx.availableHeight > limit) ctx.availableHeight = limit;
}

/** False: the line and its notes do not fit on this page (pdfmake then moves to the next). */
function reserve(
  ctx: Context,
  marks: { mark: NoteMark; font: PdfFont | undefined }[],
  height: number,
  keep = 0,
): boolean {
  const state = pageState(ctx);
  clamp(ctx, state);
  const atTop = ctx.y <= ctx.pageMargins.top + 0.5;
  if (keep > 0 && height + keep > ctx.availableHeight && !atTop) return false;
  if (marks.length === 0) return true;
  const placed: PlacedNote[] = marks.map(({ mark, font }) => ({
    ...mark.note,
    height: font ? mark.placer.measure(mark.note.text, font) : mark.placer.sizePt * 1.2 * 3,
  }));
  const extra = placed.reduce((s, n) => s + n.height, 0) + (state.count === 0 ? SEPARATOR_PT : 0);
  if (height + extra > ctx.availableHeight && !atTop) return false;
  state.reserved += extra;
  state.count += placed.length;
  ctx.availableHeight -= extra;
  const placer = marks[0]?.mark.placer;
  placer?.record(ctx, ctx.page, placed, state.reserved);
  return true;
}

const marksOf = (line: Line): { mark: NoteMark; font: PdfFont | undefined }[] =>
  line.inlines.flatMap((i) => (i.bdNote ? [{ mark: i.bdNote, font: i.font }] : []));

/**
 * A justified line gets its slack at the spaces only, as Word and LibreOffice do. pdfmake
 * spreads it over every boundary between inlines, and a run ends wherever the formatting or
 * the source changes: "26/8/2025" followed by "," from the next run printed as "26/8/2025 ,",
 * and a footnote mark drifted away from its word. False: not a justified line, pdfmake aligns.
 */
function justifyAtSpaces(ctx: Context, line: Line): boolean {
  const first = line.inlines[0];
  if (
    first?.alignment !== 'justify' ||
    line.newLineForced ||
    line.lastLineInParagraph ||
    line.inlines.length < 2
  )
    return false;
  const gaps: number[] = [];
  for (let i = 1; i < line.inlines.length; i++)
    if (/\s$/.test(line.inlines[i - 1]?.text ?? '')) gaps.push(i);
  if (gaps.length === 0) return true;
  const extra = (ctx.availableWidth - line.getWidth()) / gaps.length;
  let shift = 0;
  let g = 0;
  for (let i = 1; i < line.inlines.length; i++) {
    const inline = line.inlines[i]!;
    if (gaps[g] === i) {
      shift += extra;
      g += 1;
      inline.justifyShift = extra;
    }
    inline.x += shift;
  }
  return true;
}

let installed: boolean | null = null;

export function installFlowHook(): boolean {
  if (installed !== null) return installed;
  try {
    const require = createRequire(import.meta.url);
    const mod = require('pdfmake/js/ElementWriter') as {
      default?: { prototype: Record<string, unknown> };
    };
    const proto = mod.default?.prototype;
    const addLine = proto?.addLine as AddLine | undefined;
    const addFragment = proto?.addFragment as AddFragment | undefined;
    if (!proto || typeof addLine !== 'function' || typeof addFragment !== 'function') {
      installed = false;
      return false;
    }
    const alignLine = proto.alignLine as AlignLine | undefined;
    if (typeof alignLine !== 'function') {
      installed = false;
      return false;
    }
    proto.alignLine = function (this: Writer, line: Line) {
      if (!justifyAtSpaces(this.context(), line)) alignLine.call(this, line);
    } satisfies AlignLine;
    proto.addLine = function (this: Writer, line: Line, ...rest: unknown[]) {
      // Only the main flow: headers, footers and unbreakable blocks are laid out in a pushed
      // context first and arrive here again through addFragment.
      if (this.contextStack.length === 0 && Array.isArray(line.inlines)) {
        const keep = line.inlines.reduce((k, i) => Math.max(k, i.bdKeep ?? 0), 0);
        if (!reserve(this.context(), marksOf(line), line.getHeight(), keep)) return false;
      }
      return addLine.call(this, line, ...rest);
    } satisfies AddLine;
    proto.addFragment = function (
      this: Writer,
      fragment: Fragment,
      useBlockXOffset?: boolean,
      ...rest: unknown[]
    ) {
      if (this.contextStack.length === 0 && !useBlockXOffset) {
        const marks = fragment.items.flatMap((i) =>
          i.type === 'line' && Array.isArray(i.item.inlines) ? marksOf(i.item) : [],
        );
        if (!reserve(this.context(), marks, fragment.height)) return false;
      }
      return addFragment.call(this, fragment, useBlockXOffset, ...rest);
    } satisfies AddFragment;
    installed = true;
  } catch {
    installed = false;
  }
  return installed;
}
