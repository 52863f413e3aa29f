// @vitest-environment jsdom
// The Decree 30 labels of the headings and the numbers of the footnotes follow every edit: the
// editor moves them with the text while only text changes (it does not number the whole body
// again on each key) and numbers again when a heading or a footnote comes, goes or changes. Any
// sequence of edits must draw exactly what the same body draws when opened afresh.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { Selection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/core';
import type { BodyBlock, BodyDoc } from '../../../../shared/brief';
import { doc, mountEditor, para } from './helpers';

afterEach(cleanup);

const h = (level: 1 | 2 | 3 | 4, text: string): BodyBlock => ({
  type: 'heading',
  attrs: { level, numbered: true },
  content: [{ type: 'text', text }],
});
const noted = (before: string, note: string, after: string): BodyBlock => ({
  type: 'paragraph',
  content: [
    { type: 'text', text: before },
    { type: 'footnote', attrs: { text: note } },
    { type: 'text', text: after },
  ],
});

const START: BodyDoc = doc(
  h(1, 'Tình hình'),
  h(2, 'Kết quả'),
  noted('Tăng trưởng', 'Báo cáo số 12', ' khá.'),
  h(3, 'Kinh tế'),
  para('Xuất khẩu tăng.'),
  h(2, 'Hạn chế'),
  noted('Giải ngân', 'Công văn 45', ' chậm.'),
  h(4, 'Đầu tư'),
);

/** What the body draws: each heading's label and each footnote's number, in reading order. */
function drawn(pm: HTMLElement): string[] {
  return [...pm.querySelectorAll('h1, h2, h3, h4, [data-footnote]')].map((e) =>
    e.hasAttribute('data-footnote')
      ? `note ${e.getAttribute('data-note')}`
      : `${e.tagName} ${e.getAttribute('data-label')} ${e.textContent}`,
  );
}

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'enter'; at: number }
  | { kind: 'backspaceAtStart'; at: number }
  | { kind: 'footnote'; at: number }
  /** Backspace just after the nth footnote mark (counted round the ones there are). */
  | { kind: 'deleteNote'; nth: number }
  | { kind: 'level'; at: number; level: 0 | 1 | 2 | 3 | 4 };

/** A position of the body (0..1 of its size) as the nearest place a cursor can stand. */
const cursorAt = (e: Editor, at: number) =>
  Selection.near(e.state.doc.resolve(Math.round(at * e.state.doc.content.size))).from;

function apply(e: Editor, edit: Edit): void {
  if (edit.kind === 'deleteNote') {
    const marks: number[] = [];
    e.state.doc.descendants((n, p) => {
      if (n.type.name === 'footnote') marks.push(p);
    });
    const mark = marks[edit.nth % Math.max(1, marks.length)];
    if (mark !== undefined)
      e.chain()
        .setTextSelection(mark + 1)
        .deleteRange({ from: mark, to: mark + 1 })
        .run();
    return;
  }
  const pos = cursorAt(e, edit.at);
  const chain = e.chain().setTextSelection(pos);
  if (edit.kind === 'type') chain.insertContent(edit.text);
  else if (edit.kind === 'delete')
    chain.deleteRange({ from: pos, to: Math.min(pos + edit.length, e.state.doc.content.size) });
  else if (edit.kind === 'enter') chain.splitBlock();
  else if (edit.kind === 'backspaceAtStart')
    chain.setTextSelection(e.state.doc.resolve(pos).start()).joinBackward();
  else if (edit.kind === 'footnote')
    chain.insertContent({ type: 'footnote', attrs: { text: 'x' } });
  else if (edit.level === 0) chain.setParagraph();
  else chain.setHeading({ level: edit.level });
  chain.run();
}

const at = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      at,
      text: fc.constantFrom('a', ' Hà Nội', 'đ'),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at,
      length: fc.integer({ min: 1, max: 40 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('enter' as const), at }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('backspaceAtStart' as const), at }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('footnote' as const), at }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant('deleteNote' as const), nth: fc.nat(3) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('level' as const),
      at,
      level: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
    }),
    weight: 1,
  },
);

describe('labels and footnote numbers while editing', () => {
  it('typing in a heading and before a footnote keeps every label and number in place', () => {
    const m = mountEditor(START);
    const before = drawn(m.pm());
    act(() => {
      m.editor().chain().setTextSelection(1).insertContent('Bối cảnh và ').run();
    });
    act(() => {
      // Just before the first footnote mark.
      const e = m.editor();
      let mark = 0;
      e.state.doc.descendants((n, p) => {
        if (n.type.name === 'footnote' && mark === 0) mark = p;
        return mark === 0;
      });
      e.chain().setTextSelection(mark).insertContent(' GDP').run();
    });
    expect(drawn(m.pm())).toEqual(
      before.map((d) => (d === 'H1 Phần I Tình hình' ? 'H1 Phần I Bối cảnh và Tình hình' : d)),
    );
  });

  it('any sequence of edits draws what the same body draws when opened afresh', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const m = mountEditor(START);
        for (const e of edits) act(() => apply(m.editor(), e));
        const edited = drawn(m.pm());
        const body = m.saved();
        cleanup();
        const fresh = mountEditor(body);
        expect(edited).toEqual(drawn(fresh.pm()));
        cleanup();
      }),
      { numRuns: 40 },
    );
  });
});
