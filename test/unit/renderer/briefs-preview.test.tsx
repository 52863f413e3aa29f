// @vitest-environment jsdom
// The A4 preview: what the page shows (Quốc hiệu, Tiêu ngữ, the abstract, the number line, the
// signature and Nơi nhận side by side, footnotes) in the layout's own units, and the page
// breaking rules it shares with the PDF exporter (paginate, on measured heights).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import {
  indicatorFigure,
  TEMPLATES,
  type Brief,
  type DirectiveTableNode,
} from '../../../shared/brief';
import { MOTTO, NATIONAL_NAME } from '../../../shared/brief/layout';
import { I18nProvider } from '../../../renderer/i18n';
import { A4Preview } from '../../../renderer/features/briefs/preview/A4Preview';
import {
  paginate,
  type MeasuredBlock,
  type PageMetrics,
} from '../../../renderer/features/briefs/preview/paginate';
import { sampleContext } from '../brief/fixtures';

afterEach(cleanup);

function notice(): Brief {
  const ctx = sampleContext();
  const brief = TEMPLATES['conclusion-notice'](ctx);
  const gdp = ctx.indicators.find((i) => i.name === 'Tốc độ tăng trưởng GDP')!;
  const figure = indicatorFigure(gdp, gdp.observations[0]!);
  brief.body.content.push({
    type: 'paragraph',
    content: [{ type: 'text', text: 'Tăng trưởng GDP đạt ' }, figure],
  });
  return brief;
}

describe('A4 preview', () => {
  it('shows the header, abstract, body, signature and footnote of the brief on an A4 page', () => {
    const brief = notice();
    render(
      <I18nProvider language="vi">
        <A4Preview brief={brief} />
      </I18nProvider>,
    );
    const pages = screen.getAllByTestId('a4-page');
    expect(pages).toHaveLength(1); // jsdom lays nothing out: every block measures 0
    const page = pages[0]!;
    expect(page.style.width).toBe('210mm');
    expect(page.style.height).toBe('297mm');
    const text = page.textContent!;
    expect(text).toContain(NATIONAL_NAME);
    expect(text).toContain(MOTTO);
    expect(text).toContain(brief.header.abstract);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-VPCP');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT');
    expect(text).toContain('7,52% (6 tháng đầu năm 2025)');
    // The text area sits inside the T20/L30 margins, 165 mm wide; the figure's source is a
    // footnote at the foot of the page.
    const area = page.querySelector<HTMLElement>('.a4-text')!;
    expect([area.style.top, area.style.left, area.style.width]).toEqual(['20mm', '30mm', '165mm']);
    const notes = within(area).getAllByText(/Nguồn:/);
    expect(notes[0]!.closest('.a4-notes')).not.toBeNull();
    // Header: a borderless two-column table, the national name bold at 12 pt in the right column.
    const national = within(page).getByText(NATIONAL_NAME);
    expect(national.closest('p')!.style.fontSize).toBe('12pt');
    expect(national.style.fontWeight).toBe('700');
    const cols = [...page.querySelector('.a4-text .a4-table')!.querySelectorAll('col')].map(
      (c) => c.style.width,
    );
    expect(cols).toEqual(['65mm', '100mm']);
    // The body is justified at 14 pt with the 12.7 mm first-line indent.
    const body = within(page)
      .getByText(/kết luận như sau:/)
      .closest('p')!;
    expect([body.style.textAlign, body.style.fontSize, body.style.textIndent]).toEqual([
      'justify',
      '14pt',
      '12.7mm',
    ]);
    expect(screen.getByTestId('a4-page-count').textContent).toBe('1 trang A4');
  });

  it('draws an appendix on a landscape page of its own after the signature, its page 1 unnumbered', () => {
    const brief = TEMPLATES.report(sampleContext());
    for (const n of brief.body.content)
      if (n.type === 'directiveTable') n.attrs.placement = 'appendix';
    render(
      <I18nProvider language="vi">
        <A4Preview brief={brief} />
      </I18nProvider>,
    );
    // jsdom measures nothing: the text is one page, the appendix the next.
    const pages = screen.getAllByTestId('a4-page');
    expect(pages.map((p) => p.dataset.orientation)).toEqual(['portrait', 'landscape']);
    const [text, appendix] = pages as [HTMLElement, HTMLElement];
    expect(text.textContent).toContain('(Chi tiết tại Phụ lục kèm theo)');
    expect(text.textContent).toContain('Nơi nhận:');
    expect([appendix.style.width, appendix.style.height]).toEqual(['297mm', '210mm']);
    const area = appendix.querySelector<HTMLElement>('.a4-text')!;
    expect([area.style.left, area.style.width, area.style.height]).toEqual([
      '30mm',
      '247mm',
      '170mm',
    ]);
    // Numbered on its own from 1, and its first page, like the text's, shows no number.
    expect(appendix.querySelector('.a4-page-number')).toBeNull();
    expect(text.querySelector('.a4-page-number')).toBeNull();
    expect(area.textContent).toMatch(
      /^Phụ lụcTÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO\(Kèm theo Báo cáo số/,
    );
    expect(area.textContent).toContain('Nhiệm vụ (rõ việc)');
    expect(screen.getByTestId('a4-page-count').textContent).toBe('2 trang A4');
  });

  it('numbers the text and each appendix apart: 2, 3 … from the second page of each', () => {
    // Every block and row measured 200 px tall, so each part runs over several pages.
    const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
      height: 200,
      width: 100,
    } as DOMRect);
    try {
      const brief = TEMPLATES.plan(sampleContext());
      const table = brief.body.content.find(
        (n) => n.type === 'directiveTable',
      ) as DirectiveTableNode;
      table.attrs.placement = 'appendix';
      brief.body.content.push({ ...table, attrs: { ...table.attrs, variant: 'six-ro' } });
      render(
        <I18nProvider language="vi">
          <A4Preview brief={brief} />
        </I18nProvider>,
      );
      const pages = screen.getAllByTestId('a4-page');
      const starts = pages.flatMap((p, i) =>
        /^Phụ lục I/.test(p.querySelector('.a4-text')!.textContent!) ? [i] : [],
      );
      expect(starts).toHaveLength(2);
      const [i, ii] = starts as [number, number];
      // Each part more than one page, so the restart shows.
      expect(Math.min(i, ii - i, pages.length - ii)).toBeGreaterThan(1);
      const printed = pages.map((p) => p.querySelector('.a4-page-number')?.textContent ?? null);
      const count = (from: number, to: number) =>
        Array.from({ length: to - from }, (_, k) => (k === 0 ? null : String(k + 1)));
      expect(printed).toEqual([...count(0, i), ...count(i, ii), ...count(ii, pages.length)]);
    } finally {
      spy.mockRestore();
    }
  });

  it('frames the secrecy and urgency marks and the draft mark', () => {
    const brief = notice();
    brief.header = { ...brief.header, secrecy: 'mat', urgency: 'hoa-toc', draft: true };
    render(
      <I18nProvider language="vi">
        <A4Preview brief={brief} />
      </I18nProvider>,
    );
    const page = screen.getByTestId('a4-page');
    const frame = (text: string) =>
      within(page)
        .getByText(text)
        .closest('.a4-frame-row')!
        .querySelector<HTMLElement>(':scope > .a4-frame')!;
    expect(frame('MẬT').style.width).toBe('20mm');
    expect(frame('HỎA TỐC').style.width).toBe('30mm');
    expect(frame('DỰ THẢO').closest('.a4-top')).not.toBeNull();
  });
});

const PX = 1; // heights below are in abstract pixels
const metrics = (over: Partial<PageMetrics> = {}): PageMetrics => ({
  contentHeight: 100 * PX,
  noteHeights: new Map(),
  separator: 5,
  keepRoom: 10,
  ...over,
});
const para = (lines: number, over: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  height: lines * 10,
  keepWithNext: false,
  notes: [],
  chars: 50,
  lines: { top: 0, bottom: 0, lineHeight: 10, count: lines },
  ...over,
});
const table = (rows: number[], over: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  height: rows.reduce((s, h) => s + h, 0),
  keepWithNext: false,
  notes: [],
  chars: 0,
  rows: {
    heights: rows,
    header: 1,
    breakable: rows.map(() => true),
    bottom: 0,
    allCantSplit: false,
  },
  ...over,
});

describe('preview page breaks', () => {
  it('splits a paragraph between lines and continues it on the next page', () => {
    const pages = paginate([para(6), para(7)], metrics());
    expect(pages.map((p) => p.pieces)).toEqual([
      [
        { block: 0, kind: 'whole' },
        { block: 1, kind: 'lines', from: 0, to: 4 },
      ],
      [{ block: 1, kind: 'lines', from: 4, to: 7 }],
    ]);
  });

  it('moves a heading that would end a page to the next one', () => {
    const pages = paginate([para(9), para(1, { keepWithNext: true }), para(3)], metrics());
    expect(pages[0]!.pieces).toEqual([{ block: 0, kind: 'whole' }]);
    expect(pages[1]!.pieces.map((p) => p.block)).toEqual([1, 2]);
  });

  it('splits a table between rows and repeats its header rows', () => {
    const pages = paginate([para(5), table([10, 20, 20, 20, 20])], metrics());
    expect(pages.map((p) => p.pieces)).toEqual([
      [
        { block: 0, kind: 'whole' },
        { block: 1, kind: 'rows', from: 1, to: 3 },
      ],
      [{ block: 1, kind: 'rows', from: 3, to: 5 }],
    ]);
    // A merged cell across rows 2–3 forbids a break between them.
    const merged = table([10, 20, 20, 20, 20]);
    merged.rows!.breakable = [true, true, true, false, true];
    expect(paginate([para(5), merged], metrics())[0]!.pieces[1]).toEqual({
      block: 1,
      kind: 'rows',
      from: 1,
      to: 2,
    });
  });

  it('keeps the last paragraph with the signature table, and puts footnotes on the page of their mark', () => {
    const signature = table([40], {
      rows: { heights: [40], header: 0, breakable: [true], bottom: 0, allCantSplit: true },
    });
    const pages = paginate(
      [para(5), para(2, { keepWithNext: true, notes: [1] }), signature],
      metrics({ noteHeights: new Map([[1, 10]]) }),
    );
    expect(pages.map((p) => p.pieces.map((x) => x.block))).toEqual([[0], [1, 2]]);
    expect(pages.map((p) => p.notes)).toEqual([[], [1]]);
  });

  it('a paragraph kept with a long table (the 6 rõ after its shared values) lets the rows break', () => {
    const long = table([10, 20, 20, 20, 20], {
      chars: 5_000,
      rows: {
        heights: [10, 20, 20, 20, 20],
        header: 1,
        breakable: [true, true, true, true, true],
        bottom: 0,
        allCantSplit: true,
      },
    });
    const pages = paginate([para(3), para(1, { keepWithNext: true }), long], metrics());
    expect(pages.map((p) => p.pieces)).toEqual([
      [
        { block: 0, kind: 'whole' },
        { block: 1, kind: 'whole' },
        { block: 2, kind: 'rows', from: 1, to: 3 },
      ],
      [{ block: 2, kind: 'rows', from: 3, to: 5 }],
    ]);
  });

  it('reserves room for a footnote: the line carrying it moves on when both do not fit', () => {
    const pages = paginate(
      [para(8), para(1, { notes: [1] })],
      metrics({ noteHeights: new Map([[1, 12]]) }),
    );
    expect(pages.map((p) => p.notes)).toEqual([[], [1]]);
    expect(pages[1]!.pieces).toEqual([{ block: 1, kind: 'whole' }]);
    // A longer paragraph keeps the lines that fit above the note's room.
    const split = paginate(
      [para(6), para(3, { notes: [1] })],
      metrics({ noteHeights: new Map([[1, 12]]) }),
    );
    expect(split.map((p) => p.pieces)).toEqual([
      [
        { block: 0, kind: 'whole' },
        { block: 1, kind: 'lines', from: 0, to: 2 },
      ],
      [{ block: 1, kind: 'lines', from: 2, to: 3 }],
    ]);
    expect(split.map((p) => p.notes)).toEqual([[1], []]);
  });
});
