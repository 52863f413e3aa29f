// A line of text drawn as one PDF text object instead of one per word (pdf-engine.ts lists
// why). pdfmake's Renderer.renderLine sets the opacity and fill colour, then asks PDFKit to
// draw each word (an "inline") at its own position; PDFKit's _fragment wraps every word in
// `q`, a flip of the y axis, `BT`, its position (`Tm`), its font (`Tf`), its glyphs (`TJ`),
// `ET` and `Q`. For a line whose words share colour and opacity and ask for nothing else
// (links, destinations, outlines, font features, letter spacing, page references), this writes
// the same colour and opacity once, then one `q … BT`, each word's `Tm`, a `Tf` where the font
// changes, the same glyph runs PDFKit would write, then `ET Q`: the same positions, glyphs and
// state, so the same pixels. Any other line goes through pdfmake as before.
import type { createRequire } from 'node:module';

/** PDFKit's number formatting for content streams (PDFObject.number). */
function num(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

interface Glyph {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface Font {
  id: string;
  ascender: number;
  encode(text: string, features?: unknown): [string[], Glyph[]];
  ref(): unknown;
}

interface Inline {
  text: unknown;
  font: Font;
  fontSize: number;
  x: number;
  color?: unknown;
  opacity?: unknown;
  sup?: boolean;
  sub?: boolean;
  characterSpacing?: unknown;
  fontFeatures?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  _pageNodeRef?: unknown;
}

interface Line {
  inlines: Inline[];
  id?: unknown;
  _outline?: unknown;
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
}

interface Doc {
  page: { height: number; fonts: Record<string, unknown> };
  _font: Font;
  _fontSize: number;
  x: number;
  y: number;
  opacity(o: number): Doc;
  fill(color: unknown): Doc;
  resolveColor(color: unknown, fallback: string): unknown;
  addContent(data: string): Doc;
  widthOfString(text: string): number;
}

interface Decorator {
  drawBackground(line: Line, x: number, y: number): void;
  drawDecorations(line: Line, x: number, y: number): void;
}

type RenderLine = (this: { pdfDocument: Doc }, line: Line, x: number, y: number) => void;

/** Whether pdfmake's word-by-word drawing of this line can be written as one text object. */
function drawnWhole(line: Line): boolean {
  const inlines = line.inlines;
  if (!Array.isArray(inlines) || inlines.length === 0) return false;
  if (line._outline || line._pageNodeRef || line.id) return false;
  const first = inlines[0]!;
  for (const inline of inlines) {
    if (
      inline._pageNodeRef ||
      inline.link ||
      inline.linkToPage ||
      inline.linkToDestination ||
      inline.fontFeatures ||
      inline.characterSpacing ||
      inline.color !== first.color ||
      inline.opacity !== first.opacity ||
      typeof inline.fontSize !== 'number' ||
      typeof inline.font?.encode !== 'function' ||
      String(inline.text).includes('\n')
    )
      return false;
  }
  return true;
}

/** A word's glyph runs as PDFKit's _fragment writes them (offsets move the text matrix). */
function glyphRuns(out: string[], font: Font, text: string, size: number, x: number, y: number) {
  const [encoded, positions] = font.encode(text);
  const scale = size / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const segment = (cur: number) => {
    if (last < cur) {
      const g = positions[cur - 1]!;
      commands.push(
        `<${encoded.slice(last, cur).join('')}> ${num(-(g.xAdvance - g.advanceWidth))}`,
      );
    }
    last = cur;
  };
  const flush = (i: number) => {
    segment(i);
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const g = positions[i]!;
    if (g.xOffset || g.yOffset) {
      flush(i);
      out.push(`1 0 0 1 ${num(x + g.xOffset * scale)} ${num(y + g.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (g.xAdvance - g.advanceWidth !== 0) segment(i + 1);
    }
    x += g.xAdvance * scale;
  }
  flush(i);
}

/** pdfmake's baseline shift for superscript and subscript (Renderer.js offsetText). */
const shifted = (y: number, inline: Inline) =>
  y - (inline.sup ? inline.fontSize * 0.75 : 0) + (inline.sub ? inline.fontSize * 0.35 : 0);

function drawLine(doc: Doc, decorator: Decorator, line: Line, x: number, y: number): void {
  const lineHeight = line.getHeight();
  const descent = lineHeight - line.getAscenderHeight();
  decorator.drawBackground(line, x, y);
  const first = line.inlines[0]!;
  doc.opacity(typeof first.opacity === 'number' ? first.opacity : 1);
  doc.fill(doc.resolveColor(first.color, 'black'));
  const height = doc.page.height;
  const out: string[] = [];
  let font: Font | null = null;
  let size = NaN;
  let atX = 0;
  let atY = 0;
  let text = '';
  for (const inline of line.inlines) {
    text = String(inline.text);
    const ascent = (inline.font.ascender / 1000) * inline.fontSize;
    atX = x + inline.x;
    atY = shifted(y + (lineHeight - ascent - descent), inline);
    if (text.length === 0) continue;
    doc.page.fonts[inline.font.id] ??= inline.font.ref();
    const flippedY = height - atY - ascent;
    out.push(`1 0 0 1 ${num(atX)} ${num(flippedY)} Tm`);
    if (inline.font !== font || inline.fontSize !== size) {
      font = inline.font;
      size = inline.fontSize;
      out.push(`/${font.id} ${num(size)} Tf`);
    }
    glyphRuns(out, inline.font, text, inline.fontSize, atX, flippedY);
  }
  if (out.length > 0)
    doc.addContent(`q\n1 0 0 -1 0 ${num(height)} cm\nBT\n${out.join('\n')}\nET\nQ`);
  // Where PDFKit leaves its state after drawing the last word.
  const last = line.inlines[line.inlines.length - 1]!;
  doc._font = last.font;
  doc._fontSize = last.fontSize;
  doc.x = atX + doc.widthOfString(text);
  doc.y = atY;
  decorator.drawDecorations(line, x, y);
}

/** Replaces pdfmake's Renderer.renderLine; false (nothing replaced) if its shape changed. */
export function installWholeLines(require: ReturnType<typeof createRequire>): boolean {
  const renderer = require('pdfmake/js/Renderer') as {
    default?: { prototype: { renderLine?: unknown } };
  };
  const decorators = require('pdfmake/js/TextDecorator') as {
    default?: new (doc: Doc) => Decorator;
  };
  const proto = renderer.default?.prototype;
  const renderLine = proto?.renderLine as RenderLine | undefined;
  const TextDecorator = decorators.default;
  if (!proto || typeof renderLine !== 'function' || typeof TextDecorator !== 'function')
    return false;
  proto.renderLine = function (this: { pdfDocument: Doc }, line: Line, x: number, y: number) {
    if (!drawnWhole(line)) return renderLine.call(this, line, x, y);
    drawLine(this.pdfDocument, new TextDecorator(this.pdfDocument), line, x || 0, y || 0);
  } satisfies RenderLine;
  return true;
}
