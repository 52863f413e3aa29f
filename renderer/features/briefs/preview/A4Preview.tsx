// The brief on A4 pages, as the export will print it: layoutBrief (the same layout the DOCX and
// PDF exporters draw) rendered in mm and pt, cut into 210 × 297 mm pages with the T20/B20/L30/
// R15 margins, page numbers from page 2, footnotes at the foot of their page, then each
// appendix on landscape pages of its own, numbered from 1 again (its page 1 unnumbered too).
// The blocks of each part are drawn once unpaged at its text width to measure them, then
// paged; the whole is zoomed to fit the panel.
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Brief } from '../../../../shared/brief';
import {
  layoutBrief,
  linePitchPt,
  showsPageNumber,
  textHeightMm,
  textWidthMm,
  type DocumentLayout,
  type LayoutSection,
} from '../../../../shared/brief/layout';
import { useT } from '../../../i18n';
import { Block, Blocks, Footnote, Table } from './LayoutView';
import { measureBlocks, measureNotes } from './measure';
import { paginate, type MeasuredBlock, type Piece, type PreviewPage } from './paginate';
import { LINE_FACTOR, PX_PER_MM, PX_PER_PT } from './units';

/** pdf.ts: 9 pt for the separator rule and its gaps above the first note of a page. */
const SEPARATOR_PT = 9;
/** pdf.ts keeps two body lines of room below a heading. */
const KEEP_ROOM_PT = 2 * linePitchPt(14);
const GUTTER_PX = 24;

/** The main text, then each appendix: a page setup and the blocks that flow on it. */
const partsOf = (layout: DocumentLayout): LayoutSection[] => [
  { page: layout.page, blocks: layout.blocks },
  ...layout.sections,
];

interface PagedPart {
  part: LayoutSection;
  measured: MeasuredBlock[];
  pages: PreviewPage[];
}

interface Paged {
  layout: DocumentLayout;
  parts: PagedPart[];
}

function PieceView({
  piece,
  part,
  measured,
}: {
  piece: Piece;
  part: LayoutSection;
  measured: MeasuredBlock[];
}) {
  const block = part.blocks[piece.block];
  if (!block) return null;
  if (piece.kind === 'rows' && block.kind === 'table') return <Table t={block} rows={piece} />;
  const lines = measured[piece.block]?.lines;
  if (piece.kind === 'lines' && lines) {
    // A paragraph split over pages: each page shows a window of its lines.
    const offset = piece.from === 0 ? 0 : lines.top + piece.from * lines.lineHeight;
    const height =
      (piece.from === 0 ? lines.top : 0) +
      (piece.to - piece.from) * lines.lineHeight +
      (piece.to === lines.count ? lines.bottom : 0);
    return (
      <div className="a4-slice" style={{ height: `${height}px` }}>
        <div style={{ marginTop: `${-offset}px` }}>
          <Block b={block} />
        </div>
      </div>
    );
  }
  return <Block b={block} />;
}

interface PageProps {
  page: PreviewPage;
  /** Of the whole document (0-based): the page's place in the preview. */
  index: number;
  /** Within its part, from 1: the main text's and each appendix's pages are numbered apart. */
  number: number;
  layout: DocumentLayout;
  paged: PagedPart;
}

function Page({ page, index, number, layout, paged }: PageProps) {
  const t = useT();
  const { part } = paged;
  const m = part.page.margins;
  const width = textWidthMm(part);
  const contentHeight = textHeightMm(part);
  const top = { top: `${layout.headerDistanceMm}mm`, left: `${m.left}mm`, width: `${width}mm` };
  const notes = layout.footnotes.filter((n) => page.notes.includes(n.number));
  return (
    <section
      aria-label={t('briefs.previewPage', { n: index + 1 })}
      data-testid="a4-page"
      data-orientation={part.page.orientation}
      className={`a4-page a4-page--${part.page.orientation}`}
      style={{ width: `${part.page.widthMm}mm`, height: `${part.page.heightMm}mm` }}
    >
      {index === 0 && layout.firstPageHeader.length > 0 && (
        <div className="a4-top" style={top}>
          <Blocks blocks={layout.firstPageHeader} />
        </div>
      )}
      {showsPageNumber(number) && (
        <div
          className="a4-top a4-page-number"
          style={{
            ...top,
            fontSize: `${layout.pageNumberSizePt}pt`,
            lineHeight: `${layout.pageNumberSizePt * LINE_FACTOR}pt`,
          }}
        >
          {number}
        </div>
      )}
      <div
        className="a4-text"
        style={{
          top: `${m.top}mm`,
          left: `${m.left}mm`,
          width: `${width}mm`,
          height: `${contentHeight}mm`,
        }}
      >
        {page.pieces.map((piece, i) => (
          <PieceView key={i} piece={piece} part={part} measured={paged.measured} />
        ))}
        {notes.length > 0 && (
          <div className="a4-notes">
            <div className="a4-notes__rule" style={{ height: `${SEPARATOR_PT}pt` }} />
            {notes.map((n) => (
              <Footnote
                key={n.number}
                number={n.number}
                text={n.text}
                sizePt={layout.footnoteSizePt}
              />
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * Counts font loads: the page must be measured again once Liberation Serif has arrived, or the
 * line breaks (and so the page breaks) would be those of the fallback font.
 */
function useFontLoads(): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts) return;
    let live = true;
    const bump = () => {
      if (live) setLoads((n) => n + 1);
    };
    void fonts.ready.then(bump);
    fonts.addEventListener?.('loadingdone', bump);
    return () => {
      live = false;
      fonts.removeEventListener?.('loadingdone', bump);
    };
  }, []);
  return loads;
}

/** The panel's width, followed as it changes (the side panel can be widened). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function A4Preview({ brief, fit = true }: { brief: Brief; fit?: boolean }) {
  const t = useT();
  // Typing stays responsive: the preview follows a moment behind on long documents.
  const shown = useDeferredValue(brief);
  const layout = useMemo(() => {
    try {
      return layoutBrief(shown);
    } catch {
      return null;
    }
  }, [shown]);
  const outer = useRef<HTMLDivElement>(null);
  const blocksRef = useRef<HTMLDivElement>(null);
  const notesRef = useRef<HTMLDivElement>(null);
  const [paged, setPaged] = useState<Paged | null>(null);
  const width = useWidth(outer);
  const fontLoads = useFontLoads();

  useLayoutEffect(() => {
    if (!layout || !blocksRef.current || !notesRef.current) return;
    // Not laid out (a print stylesheet, a hidden panel): measuring would give zero heights and
    // one page; the pages already cut stay.
    const box = blocksRef.current.parentElement;
    if (box && getComputedStyle(box).display === 'none') return;
    const noteHeights = measureNotes(notesRef.current);
    const drawn = blocksRef.current.querySelectorAll<HTMLElement>(':scope > [data-part]');
    const parts = partsOf(layout).map((part, i): PagedPart => {
      const el = drawn[i];
      const measured = el ? measureBlocks(el, part.blocks) : [];
      const pages = paginate(measured, {
        contentHeight: textHeightMm(part) * PX_PER_MM,
        noteHeights,
        separator: SEPARATOR_PT * PX_PER_PT,
        keepRoom: KEEP_ROOM_PT * PX_PER_PT,
      });
      return { part, measured, pages };
    });
    setPaged({ layout, parts });
  }, [layout, fontLoads]);

  if (!layout) return <p className="field__error">{t('briefs.previewFailed')}</p>;
  // Zoomed to fit the widest page (a landscape appendix's when there is one).
  const pageWidthPx = Math.max(...partsOf(layout).map((p) => p.page.widthMm)) * PX_PER_MM;
  const zoom =
    fit && width > 0 ? Math.min(1, Math.max(0.25, (width - GUTTER_PX) / pageWidthPx)) : 1;

  return (
    <div className="a4-preview" ref={outer} data-testid="a4-preview">
      <div className="a4-measure" aria-hidden="true">
        <div ref={blocksRef}>
          {partsOf(layout).map((part, p) => (
            <div key={p} data-part={p} style={{ width: `${textWidthMm(part)}mm` }}>
              {part.blocks.map((b, i) => (
                <div key={i} data-block={i} className="a4-block">
                  <Block b={b} />
                </div>
              ))}
            </div>
          ))}
        </div>
        <div ref={notesRef} style={{ width: `${textWidthMm(layout)}mm` }}>
          {layout.footnotes.map((n) => (
            <div key={n.number} data-note={n.number}>
              <Footnote number={n.number} text={n.text} sizePt={layout.footnoteSizePt} />
            </div>
          ))}
        </div>
      </div>
      {paged && (
        <>
          <p className="a4-preview__count" data-testid="a4-page-count">
            {t('briefs.previewPages', { n: paged.parts.reduce((n, p) => n + p.pages.length, 0) })}
          </p>
          <div className="a4-pages" style={{ zoom }}>
            {paged.parts.flatMap((part, p) => {
              const before = paged.parts.slice(0, p).reduce((n, q) => n + q.pages.length, 0);
              return part.pages.map((page, i) => (
                <Page
                  key={`${p}-${i}`}
                  page={page}
                  index={before + i}
                  number={i + 1}
                  layout={paged.layout}
                  paged={part}
                />
              ));
            })}
          </div>
        </>
      )}
    </div>
  );
}
