// @vitest-environment jsdom
// The live references and footnotes as the author meets them: figures inserted from the vault
// print as the export prints them and show when they went stale; directive tables and meeting
// references come from the meeting; footnotes are numbered in reading order with the figures'
// source notes, and open for editing.
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import {
  directiveTable,
  figureFootnote,
  indicatorFigure,
  indicatorSeriesChart,
  layoutBrief,
  meetingReference,
  TEMPLATES,
  type BodyDoc,
  type InlineNode,
} from '../../../../shared/brief';
import { sampleContext } from '../../brief/fixtures';
import { curlyQuotes } from '../../../../shared/brief/wording';
import { clock } from '../../../../renderer/stores/directivesStore';
import { cursorAtEnd, doc, mountEditor, para, pressKey, type Mounted } from './helpers';

afterEach(cleanup);

const ctx = sampleContext();
const gdp = ctx.indicators.find((i) => i.observations.some((o) => o.value === 7.52))!;
const h1 = gdp.observations.find((o) => o.value === 7.52)!;
const other = ctx.indicators.find((i) => i.id !== gdp.id && i.observations.length > 0)!;

const click = (el: HTMLElement) =>
  act(() => {
    fireEvent.click(el);
  });
const inlineOf = (body: BodyDoc, i = 0) => (body.content[i] as { content: InlineNode[] }).content;

/** The author picks `value` in one of the dialog's selects, or types it in one of its fields. */
function choose(dialog: ReturnType<typeof within>, testId: string, value: string) {
  act(() => {
    fireEvent.change(dialog.getByTestId(testId), { target: { value } });
  });
}

/**
 * The figure dialog opened at the end of m's text, GDP and its first-half observation picked,
 * one choice after the other as the author makes them.
 */
function figureDialogAtEnd(m: Mounted) {
  cursorAtEnd(m);
  click(screen.getByTestId('insert-figure'));
  const dialog = within(screen.getByTestId('insert-figure-dialog'));
  choose(dialog, 'figure-indicator', gdp.id);
  choose(dialog, 'figure-observation', h1.id);
  return dialog;
}

/** A paragraph with two figures, GDP's and another indicator's (observation o2). */
function twoFigures() {
  const o2 = other.observations[0]!;
  const body = doc({
    type: 'paragraph',
    content: [indicatorFigure(gdp, h1), { type: 'text', text: ' và ' }, indicatorFigure(other, o2)],
  });
  return { o2, body };
}

describe('indicator charts', () => {
  it('"Chèn biểu đồ chỉ tiêu" inserts the chart the shared builder makes, with its points and caption', () => {
    const realToday = clock.today;
    clock.today = () => '2026-03-01';
    onTestFinished(() => {
      clock.today = realToday;
    });
    const m = mountEditor(doc(para('Diễn biến tăng trưởng:')));
    cursorAtEnd(m);
    click(screen.getByTestId('insert-indicator-chart'));
    const dialog = within(screen.getByTestId('insert-chart-dialog'));
    choose(dialog, 'chart-indicator', gdp.id);
    choose(dialog, 'chart-caption', 'Hình 1. Tăng trưởng GDP');
    click(dialog.getByTestId('chart-insert'));
    const chart = m.saved().content.find((b) => b.type === 'chart');
    expect(chart).toEqual(indicatorSeriesChart([gdp], 'Hình 1. Tăng trưởng GDP', '2026-03-01'));
    // Shown as the picture the exports print, with its caption.
    const shown = screen.getByTestId('brief-chart');
    expect(shown.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(shown.textContent).toBe('Hình 1. Tăng trưởng GDP');
  });
});

describe('indicator figures', () => {
  it('the dialog inserts the figure the shared builder makes, showing 7,52% (6 tháng đầu năm 2025)', () => {
    const m = mountEditor(doc(para('Tốc độ tăng trưởng GDP đạt ')));
    const dialog = figureDialogAtEnd(m);
    expect(dialog.getByTestId('figure-preview').textContent).toBe('7,52% (6 tháng đầu năm 2025)');
    click(dialog.getByTestId('figure-insert'));
    expect(inlineOf(m.saved())).toEqual([
      { type: 'text', text: 'Tốc độ tăng trưởng GDP đạt ' },
      indicatorFigure(gdp, h1, 'value-period'),
    ]);
    const shown = screen.getByTestId('brief-figure');
    expect(shown.textContent).toBe('7,52% (6 tháng đầu năm 2025)');
    // Its source, which prints as a footnote, shows on hover.
    expect(shown.title).toBe(figureFootnote(indicatorFigure(gdp, h1).attrs.snapshot));
    expect(screen.queryByTestId('insert-figure-dialog')?.hasAttribute('open')).toBe(false);
  });

  it('"value only" inserts 7,52% alone', () => {
    const m = mountEditor(doc(para('GDP: ')));
    const dialog = figureDialogAtEnd(m);
    click(dialog.getByTestId('figure-display-value'));
    expect(dialog.getByTestId('figure-preview').textContent).toBe('7,52%');
    click(dialog.getByTestId('figure-insert'));
    expect(inlineOf(m.saved())[1]).toEqual(indicatorFigure(gdp, h1, 'value'));
    expect(screen.getByTestId('brief-figure').textContent).toBe('7,52%');
  });

  it('shows a stale mark while its observation is listed as stale, and only that figure; the document is untouched', () => {
    const { o2, body } = twoFigures();
    const m = mountEditor(body);
    const marked = () => [...m.pm().querySelectorAll<HTMLElement>('[data-stale="true"]')];
    expect(marked()).toEqual([]);
    m.rerender({ staleFigures: [h1.id] });
    expect(marked()).toHaveLength(1);
    expect(marked()[0]!.textContent).toBe('7,52% (6 tháng đầu năm 2025)');
    expect(marked()[0]!.classList.contains('bd-figure--stale')).toBe(true);
    expect(marked()[0]!.title).toMatch(/Số liệu đã thay đổi/);
    m.rerender({ staleFigures: [h1.id, o2.id] });
    expect(marked()).toHaveLength(2);
    m.rerender({ staleFigures: [] });
    expect(marked()).toEqual([]);
    // Marks are not edits: nothing reported, nothing to undo.
    expect(m.changes).toEqual([]);
    expect(m.editor().can().undo()).toBe(false);
  });

  it('a deleted figure reads "đã bị xóa", not "đã thay đổi"', () => {
    const { o2, body } = twoFigures();
    const m = mountEditor(body, { staleFigures: [h1.id, o2.id], deletedFigures: [o2.id] });
    const deleted = [...m.pm().querySelectorAll<HTMLElement>('[data-deleted="true"]')];
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.classList.contains('bd-figure--deleted')).toBe(true);
    expect(deleted[0]!.title).toMatch(/đã bị xóa/);
    expect(deleted[0]!.title).not.toMatch(/thay đổi/);
    // The other one only changed.
    const stale = [...m.pm().querySelectorAll<HTMLElement>('[data-stale="true"]')];
    expect(stale).toHaveLength(1);
    expect(stale[0]!.textContent).toBe('7,52% (6 tháng đầu năm 2025)');
    // Restored from the trash: no mark left.
    m.rerender({ staleFigures: [h1.id], deletedFigures: [] });
    expect(m.pm().querySelectorAll('[data-deleted="true"]')).toHaveLength(0);
  });

  it('a body loaded under a new docKey keeps the stale marks of the current list', () => {
    const body = doc({ type: 'paragraph', content: [indicatorFigure(gdp, h1)] });
    const m = mountEditor(doc(para('Trước')), { staleFigures: [h1.id] });
    m.rerender({ value: body, docKey: 'brief-1:2' });
    expect(m.pm().querySelectorAll('[data-stale="true"]')).toHaveLength(1);
  });
});

describe('directive tables and meeting references', () => {
  it.each([
    ['six-ro', 'Nhiệm vụ (rõ việc)', 8],
    ['plan', 'Cơ quan chủ trì', 6],
  ] as const)(
    'the %s table of the meeting’s directives, read-only with its columns',
    (variant, column, columns) => {
      const m = mountEditor(doc(para('Nhiệm vụ:')));
      cursorAtEnd(m);
      click(screen.getByTestId('insert-directives'));
      const dialog = within(screen.getByTestId('insert-directives-dialog'));
      click(dialog.getByTestId(`directive-variant-${variant}`));
      click(dialog.getByTestId('directives-insert'));
      const inserted = m.saved().content[1];
      expect(inserted).toEqual(directiveTable(ctx.directives, variant, ctx.meeting.id));
      const table = screen.getByTestId('brief-directive-table');
      const heads = [...table.querySelectorAll('th')].map((th) => th.textContent);
      expect(heads).toHaveLength(columns);
      expect(heads[0]).toBe('STT');
      expect(heads).toContain(column);
      expect(table.querySelectorAll('tbody tr')).toHaveLength(ctx.directives.length);
      expect(table.querySelector('tbody td:nth-child(2)')!.textContent).toBe(
        // As printed: typographic quotes.
        curlyQuotes(ctx.directives[0]!.task),
      );
      expect(table.getAttribute('contenteditable')).toBe('false');
    },
  );

  it('the plan columns are STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm', () => {
    mountEditor(doc(directiveTable(ctx.directives, 'plan', ctx.meeting.id)));
    const heads = [...screen.getByTestId('brief-directive-table').querySelectorAll('th')].map(
      (th) => th.textContent,
    );
    expect(heads).toEqual([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Sản phẩm',
    ]);
  });

  it('"Đưa vào phụ lục (trang ngang)" moves the selected table to an appendix and back; the text keeps it by default', () => {
    const table = directiveTable(ctx.directives, 'six-ro', ctx.meeting.id);
    const m = mountEditor(doc(para('Nhiệm vụ:'), table));
    const toggle = screen.getByTestId('tool-appendix');
    expect(toggle.title).toBe('Đưa vào phụ lục (trang ngang)');
    // Only a selected directive table can be moved.
    expect(toggle.hasAttribute('disabled')).toBe(true);
    expect(m.saved().content[1]).toEqual(table);
    act(() => {
      m.editor().commands.setNodeSelection(m.editor().state.doc.child(0).nodeSize);
    });
    expect(toggle.hasAttribute('disabled')).toBe(false);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    click(toggle);
    expect(m.saved().content[1]).toEqual({
      ...table,
      attrs: { ...table.attrs, placement: 'appendix' },
    });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('directive-table-appendix').textContent).toContain(
      '(Chi tiết tại Phụ lục kèm theo)',
    );
    // Back in the text, it saves exactly as a table stored before appendices existed.
    click(toggle);
    expect(m.saved().content[1]).toEqual(table);
    expect(screen.queryByTestId('directive-table-appendix')).toBeNull();
  });

  it('the meeting reference shows the meeting’s title and date', () => {
    const m = mountEditor(doc(para('Tại ')));
    cursorAtEnd(m);
    click(screen.getByTestId('insert-meeting'));
    expect(inlineOf(m.saved())[1]).toEqual(meetingReference(ctx.meeting));
    expect(screen.getByTestId('brief-meeting-reference').textContent).toMatch(/ngày 26\/8\/2025$/);
  });
});

describe('footnotes', () => {
  it('inserted from the dialog, opened with Enter when selected, edited and removed', () => {
    const m = mountEditor(doc(para('Theo báo cáo')));
    cursorAtEnd(m);
    click(screen.getByTestId('insert-footnote'));
    act(() => {
      fireEvent.change(screen.getByTestId('footnote-text'), {
        target: { value: 'Báo cáo số 12/BC-BNG'.normalize('NFD') },
      });
    });
    click(screen.getByTestId('footnote-save'));
    expect(inlineOf(m.saved())).toEqual([
      { type: 'text', text: 'Theo báo cáo' },
      { type: 'footnote', attrs: { text: 'Báo cáo số 12/BC-BNG' } },
    ]);
    const mark = screen.getByTestId('brief-footnote');
    expect(mark.getAttribute('data-text')).toBe('Báo cáo số 12/BC-BNG');
    expect(mark.getAttribute('data-note')).toBe('1');

    act(() => {
      m.editor().commands.setNodeSelection(13);
    });
    pressKey(m.pm(), 'Enter');
    const text = screen.getByTestId('footnote-text') as HTMLTextAreaElement;
    expect(text.value).toBe('Báo cáo số 12/BC-BNG');
    act(() => {
      fireEvent.change(text, { target: { value: 'Báo cáo số 15/BC-BNG' } });
    });
    click(screen.getByTestId('footnote-save'));
    expect(inlineOf(m.saved())[1]).toEqual({
      type: 'footnote',
      attrs: { text: 'Báo cáo số 15/BC-BNG' },
    });

    act(() => {
      m.editor().commands.setNodeSelection(13);
    });
    pressKey(m.pm(), 'Enter');
    click(screen.getByTestId('footnote-remove'));
    expect(m.saved()).toEqual(doc(para('Theo báo cáo')));
  });

  it('are numbered as the export numbers them: in reading order, a figure’s source note included', () => {
    const brief = TEMPLATES.report(ctx);
    const m = mountEditor(brief.body);
    const shown = [...m.pm().querySelectorAll('[data-note]')].map((e) => [
      e.getAttribute('data-note'),
      e.hasAttribute('data-footnote')
        ? e.getAttribute('data-text')
        : figureFootnote(JSON.parse(e.getAttribute('data-snapshot')!)),
    ]);
    const printed = layoutBrief(brief).footnotes.map((f) => [String(f.number), f.text]);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(printed);
  });
});
