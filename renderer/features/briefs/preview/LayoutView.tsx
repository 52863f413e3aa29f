// DocumentLayout blocks as HTML, in the layout's own units (mm for lengths, pt for type and
// paragraph spacing), drawn the way the PDF exporter draws them: the same sizes, alignment,
// indents, rules, frames and tables. Spacing is padding, not margin, so it adds up between
// paragraphs as it does in Word and pdfmake instead of collapsing as CSS margins would.
import type { CSSProperties, ReactNode } from 'react';
import {
  tableGrid,
  type LayoutBlock,
  type LayoutChart,
  type LayoutFrame,
  type LayoutParagraph,
  type LayoutRun,
  type LayoutTable,
} from '../../../../shared/brief/layout';
import { LINE_FACTOR } from './units';

/** pdf.ts draws rules and frames with 0.6 pt lines, table borders with 0.5 pt. */
const LINE_PT = 0.6;
const TABLE_LINE_PT = 0.5;

function runStyle(r: LayoutRun): CSSProperties | undefined {
  if (!r.bold && !r.italic && !r.underline && !r.color) return undefined;
  return {
    fontWeight: r.bold ? 700 : undefined,
    fontStyle: r.italic ? 'italic' : undefined,
    textDecoration: r.underline ? 'underline' : undefined,
    color: r.color ? `#${r.color}` : undefined,
  };
}

export function Runs({ runs }: { runs: readonly LayoutRun[] }) {
  if (runs.every((r) => !r.text && !r.lineBreak && r.noteRef === undefined)) return <>{'\u200b'}</>;
  return (
    <>
      {runs.map((r, i) => {
        if (r.lineBreak) return <br key={i} />;
        if (r.noteRef !== undefined) {
          return (
            <sup key={i} className="a4-noteref">
              {r.noteRef}
            </sup>
          );
        }
        const style = runStyle(r);
        return style ? (
          <span key={i} style={style}>
            {r.text}
          </span>
        ) : (
          <span key={i}>{r.text}</span>
        );
      })}
    </>
  );
}

export const lineHeightPt = (p: Pick<LayoutParagraph, 'sizePt' | 'lineHeight'>): number =>
  p.sizePt * LINE_FACTOR * p.lineHeight;

export function Paragraph({ p }: { p: LayoutParagraph }) {
  return (
    <p
      className="a4-p"
      style={{
        fontSize: `${p.sizePt}pt`,
        lineHeight: `${lineHeightPt(p)}pt`,
        textAlign: p.align,
        textIndent: `${p.firstLineIndentMm}mm`,
        marginLeft: `${p.leftIndentMm}mm`,
        paddingTop: `${p.spaceBeforePt}pt`,
        paddingBottom: `${p.spaceAfterPt}pt`,
      }}
    >
      <Runs runs={p.runs} />
    </p>
  );
}

const JUSTIFY = { left: 'flex-start', center: 'center', right: 'flex-end' } as const;

function Frame({ f }: { f: LayoutFrame }) {
  const color = `#${f.color}`;
  const line = `${LINE_PT}pt solid ${color}`;
  const text = (
    <span
      className="a4-frame__text"
      style={{ fontSize: `${f.sizePt}pt`, lineHeight: `${f.sizePt * LINE_FACTOR}pt`, color }}
    >
      {f.text}
    </span>
  );
  return (
    <div
      className="a4-frame-row"
      style={{ justifyContent: JUSTIFY[f.align], paddingTop: `${f.spaceBeforePt}pt` }}
    >
      <div
        className="a4-frame"
        style={{ width: `${f.widthMm}mm`, height: `${f.heightMm}mm`, border: line }}
      >
        {f.double ? (
          <div className="a4-frame a4-frame--inner" style={{ border: line, margin: '0.5mm' }}>
            {text}
          </div>
        ) : (
          text
        )}
      </div>
    </div>
  );
}

interface TableProps {
  t: LayoutTable;
  /** Only these body rows (the header rows are always drawn): a table split over pages. */
  rows?: { from: number; to: number };
}

export function Table({ t, rows }: TableProps) {
  const grid = tableGrid(t);
  const border = t.borders ? `${TABLE_LINE_PT}pt solid #000` : 'none';
  const shown = grid
    .map((slots, index) => ({ slots, index }))
    .filter(
      ({ index }) => !rows || index < t.headerRows || (index >= rows.from && index < rows.to),
    );
  return (
    <table
      className="a4-table"
      style={{
        width: `${t.columnsMm.reduce((s, w) => s + w, 0)}mm`,
        marginLeft: `${t.indentMm}mm`,
        marginBottom: `${t.spaceAfterPt}pt`,
      }}
    >
      <colgroup>
        {t.columnsMm.map((w, i) => (
          <col key={i} style={{ width: `${w}mm` }} />
        ))}
      </colgroup>
      <tbody>
        {shown.map(({ slots, index }) => (
          <tr key={index}>
            {slots.map((slot, c) => {
              if (slot.kind === 'covered') return null;
              const { cell } = slot;
              return (
                <td
                  key={c}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  style={{
                    padding: `${t.paddingMm.v}mm ${t.paddingMm.h}mm`,
                    border,
                    verticalAlign: cell.verticalAlign === 'center' ? 'middle' : 'top',
                  }}
                >
                  <Blocks blocks={cell.blocks} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A chart as pdf.ts places it: centred, at the layout's width and height, space above. */
function ChartPicture({ c }: { c: LayoutChart }) {
  return (
    <div className="a4-chart" style={{ paddingTop: `${c.spaceBeforePt}pt`, textAlign: 'center' }}>
      <img
        alt=""
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`}
        style={{
          width: `${c.widthMm}mm`,
          height: `${c.heightMm}mm`,
          display: 'block',
          margin: '0 auto',
        }}
      />
    </div>
  );
}

export function Block({ b }: { b: LayoutBlock }): ReactNode {
  switch (b.kind) {
    case 'paragraph':
      return <Paragraph p={b} />;
    case 'rule':
      // As pdf.ts draws it: a line centred on y = spaceBefore + 0.6 pt, taking no height of
      // its own (a pdfmake canvas line is as tall as its end points, here zero).
      return (
        <div
          className="a4-rule"
          style={{ height: `${b.spaceBeforePt + LINE_PT + b.spaceAfterPt}pt` }}
        >
          <div
            style={{
              top: `${b.spaceBeforePt + LINE_PT / 2}pt`,
              width: `${b.widthMm}mm`,
              borderTop: `${LINE_PT}pt solid #000`,
            }}
          />
        </div>
      );
    case 'spacer':
      return <div className="a4-spacer" style={{ height: `${b.heightMm}mm` }} />;
    case 'frame':
      return <Frame f={b} />;
    case 'table':
      return <Table t={b} />;
    case 'chart':
      return <ChartPicture c={b} />;
  }
}

export function Blocks({ blocks }: { blocks: readonly LayoutBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} b={b} />
      ))}
    </>
  );
}

export function Footnote({
  number,
  text,
  sizePt,
}: {
  number: number;
  text: string;
  sizePt: number;
}) {
  return (
    <p
      className="a4-note"
      style={{ fontSize: `${sizePt}pt`, lineHeight: `${sizePt * LINE_FACTOR}pt` }}
    >
      <sup className="a4-noteref">{number}</sup> {text}
    </p>
  );
}
