// @vitest-environment jsdom
// Editing the body as a user does: typing, the toolbar's formatting, undo and redo from the
// keyboard, the Decree 30 labels the headings show, lists, tables, a reload, read-only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { CellSelection } from '@tiptap/pm/tables';
import { bodyDoc, type BodyDoc, type HeadingNode } from '../../../../shared/brief';
import { cursorAtEnd, doc, mountEditor, para, pressKey, typeText } from './helpers';

afterEach(cleanup);

const click = (testId: string) =>
  act(() => {
    fireEvent.click(screen.getByTestId(testId));
  });

describe('typing, formatting and undo', () => {
  it('typed text reaches onChange; Ctrl+Z restores the body and Ctrl+Y brings the text back', () => {
    const body = doc(para('Kết luận của Phó Thủ tướng'));
    const m = mountEditor(body);
    cursorAtEnd(m);
    typeText(m, ' Bùi Thanh Sơn');
    expect(m.changes.at(-1)).toEqual(doc(para('Kết luận của Phó Thủ tướng Bùi Thanh Sơn')));
    pressKey(m.pm(), 'z', { ctrl: true });
    expect(m.saved()).toEqual(body);
    expect(m.changes.at(-1)).toEqual(body);
    pressKey(m.pm(), 'y', { ctrl: true });
    expect(m.saved()).toEqual(doc(para('Kết luận của Phó Thủ tướng Bùi Thanh Sơn')));
  });

  it('the bold button marks the selection and shows pressed; the undo button takes it back', () => {
    const body = doc(para('Tăng trưởng GDP'));
    const m = mountEditor(body);
    expect((screen.getByTestId('tool-undo') as HTMLButtonElement).disabled).toBe(true);
    act(() => {
      m.editor().commands.setTextSelection({ from: 13, to: 16 });
    });
    click('tool-bold');
    expect(m.changes.at(-1)).toEqual(
      doc({
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Tăng trưởng ' },
          { type: 'text', text: 'GDP', marks: [{ type: 'bold' }] },
        ],
      }),
    );
    expect(screen.getByTestId('tool-bold').getAttribute('aria-pressed')).toBe('true');
    click('tool-undo');
    expect(m.saved()).toEqual(body);
    expect(screen.getByTestId('tool-bold').getAttribute('aria-pressed')).toBe('false');
  });

  it('italic and underline by keyboard shortcut, alignment from the toolbar', () => {
    const m = mountEditor(doc(para('Hà Nội')));
    act(() => {
      m.editor().commands.selectAll();
    });
    pressKey(m.pm(), 'i', { ctrl: true });
    pressKey(m.pm(), 'u', { ctrl: true });
    click('tool-align-center');
    expect(m.saved()).toEqual(
      doc({
        type: 'paragraph',
        attrs: { textAlign: 'center' },
        content: [
          { type: 'text', text: 'Hà Nội', marks: [{ type: 'italic' }, { type: 'underline' }] },
        ],
      }),
    );
    expect(m.pm().querySelector('p')!.style.textAlign).toBe('center');
  });

  it('the buttons name their shortcut in Vietnamese tooltips', () => {
    mountEditor(doc(para('x')));
    expect(screen.getByTestId('tool-bold').getAttribute('title')).toBe('In đậm (Ctrl+B)');
    expect(screen.getByTestId('tool-undo').getAttribute('title')).toBe('Hoàn tác (Ctrl+Z)');
    expect(screen.getByTestId('tool-align-justify').title).toMatch(/Ctrl\+Shift\+J/);
  });
});

describe('the toolbar from the keyboard', () => {
  it('is one tab stop; arrow keys, Home and End move along its buttons; Alt+F10 reaches it from the text', () => {
    const m = mountEditor(doc(para('Văn bản')));
    const toolbar = screen.getByRole('toolbar');
    const stops = () => [...toolbar.querySelectorAll<HTMLElement>('[tabindex="0"]')];
    expect(stops()).toHaveLength(1);
    pressKey(m.pm(), 'F10', { alt: true });
    const first = document.activeElement as HTMLElement;
    expect(toolbar.contains(first)).toBe(true);
    act(() => {
      fireEvent.keyDown(first, { key: 'ArrowRight' });
    });
    expect(document.activeElement).not.toBe(first);
    expect(toolbar.contains(document.activeElement)).toBe(true);
    expect(stops()).toEqual([document.activeElement]);
    act(() => {
      fireEvent.keyDown(document.activeElement!, { key: 'End' });
    });
    expect(document.activeElement).toBe(screen.getByTestId('insert-meeting'));
    act(() => {
      fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    });
    expect(document.activeElement).toBe(first);
  });
});

describe('headings in the Decree 30 hierarchy', () => {
  const h = (level: 1 | 2 | 3 | 4, text: string, numbered = true): HeadingNode => ({
    type: 'heading',
    attrs: { level, numbered },
    content: [{ type: 'text', text }],
  });

  it('show Phần I / I. / 1. / a) from document order, restart below a higher level, skip unnumbered ones', () => {
    const body = doc(
      h(1, 'Tình hình'),
      h(2, 'Kết quả'),
      h(3, 'Kinh tế'),
      h(4, 'Tăng trưởng'),
      h(4, 'Xuất khẩu'),
      h(4, 'Đầu tư'),
      h(4, 'Du lịch'),
      h(4, 'Nông nghiệp'),
      h(4, 'Công nghiệp'),
      h(2, 'Ghi chú', false),
      h(2, 'Hạn chế'),
      h(3, 'Thể chế'),
      h(1, 'Nhiệm vụ'),
      h(2, 'Mục tiêu'),
    );
    const m = mountEditor(body);
    const labels = [...m.pm().querySelectorAll('h1, h2, h3, h4')].map((e) =>
      e.getAttribute('data-label'),
    );
    expect(labels).toEqual([
      'Phần I',
      'I.',
      '1.',
      'a)',
      'b)',
      'c)',
      'd)',
      'đ)',
      'e)',
      null,
      'II.',
      '1.',
      'Phần II',
      'I.',
    ]);
    // Labels are drawn, never stored.
    expect(m.saved()).toEqual(body);
  });

  it('follow edits: a new section before the others renumbers them', () => {
    const m = mountEditor(doc(h(2, 'Kết quả'), h(2, 'Hạn chế')));
    act(() => {
      m.editor().chain().setTextSelection(1).insertContentAt(0, h(2, 'Bối cảnh')).run();
    });
    expect(
      [...m.pm().querySelectorAll('h2')].map(
        (e) => `${e.getAttribute('data-label')} ${e.textContent}`,
      ),
    ).toEqual(['I. Bối cảnh', 'II. Kết quả', 'III. Hạn chế']);
  });

  it('the style list makes a clause; the № button takes its number off and puts it back', () => {
    const m = mountEditor(doc(para('Về thể chế')));
    act(() => {
      m.editor().commands.setTextSelection(3);
    });
    act(() => {
      fireEvent.change(screen.getByTestId('brief-block-type'), { target: { value: '3' } });
    });
    expect(m.saved().content[0]).toEqual(h(3, 'Về thể chế'));
    expect(m.pm().querySelector('h3')!.getAttribute('data-label')).toBe('1.');
    click('tool-heading-numbered');
    expect(m.saved().content[0]).toEqual(h(3, 'Về thể chế', false));
    expect(m.pm().querySelector('h3')!.getAttribute('data-label')).toBeNull();
    click('tool-heading-numbered');
    expect(m.saved().content[0]).toEqual(h(3, 'Về thể chế'));
  });
});

describe('lists', () => {
  it('numbered 1. 2. 3., then switched to points a) b) c), then lifted back to paragraphs', () => {
    const body = doc(para('Thứ nhất'), para('Thứ hai'));
    const m = mountEditor(body);
    act(() => {
      m.editor().commands.selectAll();
    });
    click('tool-numbered');
    const list = (listStyle: 'decimal' | 'point') =>
      doc({
        type: 'orderedList',
        attrs: { start: 1, listStyle },
        content: [
          { type: 'listItem', content: [para('Thứ nhất')] },
          { type: 'listItem', content: [para('Thứ hai')] },
        ],
      });
    expect(m.saved()).toEqual(list('decimal'));
    click('tool-points');
    expect(m.saved()).toEqual(list('point'));
    expect(m.pm().querySelector('ol')!.getAttribute('data-list-style')).toBe('point');
    expect(screen.getByTestId('tool-points').getAttribute('aria-pressed')).toBe('true');
    click('tool-points');
    expect(m.saved()).toEqual(body);
    expect(bodyDoc.safeParse(m.changes.at(-1)).success).toBe(true);
  });
});

describe('tables', () => {
  it('inserted with the chosen rows × columns; rows and columns added and removed; cells merged and split', () => {
    const m = mountEditor(doc(para('Bảng số liệu:')));
    cursorAtEnd(m);
    click('tool-table');
    act(() => {
      fireEvent.change(screen.getByTestId('table-rows'), { target: { value: '4' } });
      fireEvent.change(screen.getByTestId('table-cols'), { target: { value: '5' } });
    });
    click('table-insert');
    const table = () =>
      m.saved().content.find((b) => b.type === 'table') as Extract<
        BodyDoc['content'][number],
        { type: 'table' }
      >;
    expect(table().content).toHaveLength(4);
    expect(table().content.every((r) => r.content.length === 5)).toBe(true);
    expect(table().content[0]!.content.every((c) => c.type === 'tableHeader')).toBe(true);

    click('tool-row-after');
    expect(table().content).toHaveLength(5);
    click('tool-col-delete');
    expect(table().content[0]!.content).toHaveLength(4);
    click('tool-col-after');
    expect(table().content[0]!.content).toHaveLength(5);

    // Select the first two cells of the second row and merge them.
    act(() => {
      const e = m.editor();
      const cells: number[] = [];
      e.state.doc.descendants((n, pos) => {
        if (n.type.name === 'tableCell') cells.push(pos);
        return true;
      });
      e.view.dispatch(
        e.state.tr.setSelection(CellSelection.create(e.state.doc, cells[0]!, cells[1]!)),
      );
    });
    expect((screen.getByTestId('tool-merge') as HTMLButtonElement).disabled).toBe(false);
    click('tool-merge');
    const merged = table().content[1]!.content[0]!;
    expect(merged.attrs?.colspan).toBe(2);
    expect(table().content[1]!.content).toHaveLength(4);
    expect(bodyDoc.safeParse(m.saved()).success).toBe(true);
    click('tool-split');
    expect(table().content[1]!.content).toHaveLength(5);
    expect(table().content[1]!.content.every((c) => c.attrs?.colspan === 1)).toBe(true);
  });

  it('keeps column widths and merged cells of a stored table', () => {
    const body: BodyDoc = doc({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 2, rowspan: 1, colwidth: [120, 300] },
              content: [para('Chỉ tiêu')],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: [120] },
              content: [para('GDP')],
            },
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: [300] },
              content: [para('7,52%')],
            },
          ],
        },
      ],
    });
    const m = mountEditor(body);
    expect(m.saved()).toEqual(body);
    expect(m.pm().querySelector('th')!.getAttribute('colspan')).toBe('2');
    expect([...m.pm().querySelectorAll('col')].map((c) => c.style.width)).toEqual([
      '120px',
      '300px',
    ]);
  });
});

describe('loading and read-only', () => {
  it('a new docKey loads the new body without an undo step and without reporting an edit', () => {
    const onChange = vi.fn();
    const m = mountEditor(doc(para('Bản một')), { onChange });
    cursorAtEnd(m);
    typeText(m, '!');
    expect(onChange).toHaveBeenCalledTimes(1);
    m.rerender({ value: doc(para('Bản hai')), docKey: 'brief-1:2' });
    expect(m.pm().textContent).toBe('Bản hai');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(m.editor().can().undo()).toBe(false);
    // The same key with another value (the page echoing an edit back) reloads nothing.
    m.rerender({ value: doc(para('Bản ba')) });
    expect(m.pm().textContent).toBe('Bản hai');
  });

  it('read-only: no toolbar, a notice, and typing, shortcuts and footnote clicks change nothing', () => {
    const body = doc({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Phiên bản cũ' },
        { type: 'footnote', attrs: { text: 'Ghi chú' } },
      ],
    });
    const onChange = vi.fn();
    const m = mountEditor(body, { readOnly: true, onChange });
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(screen.getByTestId('brief-body-readonly').textContent).toMatch(/chỉ đọc/);
    expect(m.pm().getAttribute('contenteditable')).toBe('false');
    cursorAtEnd(m);
    typeText(m, 'abc');
    pressKey(m.pm(), 'b', { ctrl: true });
    // A footnote selected and Enter pressed opens it for editing, except here.
    act(() => {
      m.editor().commands.setNodeSelection(13);
    });
    pressKey(m.pm(), 'Enter');
    expect(screen.queryByTestId('footnote-dialog')).toBeNull();
    expect(m.saved()).toEqual(body);
    expect(onChange).not.toHaveBeenCalled();
    // Leaving the old revision makes it editable again.
    m.rerender({ readOnly: false });
    expect(screen.queryByRole('toolbar')).not.toBeNull();
    expect(m.pm().getAttribute('contenteditable')).toBe('true');
  });
});
