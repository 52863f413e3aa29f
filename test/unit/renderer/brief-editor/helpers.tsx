// Mounting the body editor as the briefs page does, and acting on it as a user would: through
// its toolbar, its dialogs, the keyboard and the clipboard.
import { act, fireEvent, render } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { I18nProvider } from '../../../../renderer/i18n';
import {
  BriefBodyEditor,
  toBodyDoc,
  type BriefBodyEditorProps,
} from '../../../../renderer/features/briefs/editor';
import type { BodyBlock, BodyDoc } from '../../../../shared/brief';
import type { Bilingual } from '../../../../shared/result';
import { sampleContext } from '../../brief/fixtures';
// The window's entry loads the chart engine before anything renders (renderer/main.tsx): the
// editor draws a chart node as it is inserted.
import '../../../../shared/charts';

// jsdom lays nothing out and has no Range geometry; ProseMirror asks for it when it scrolls the
// cursor into view after a focus. An empty rectangle is what an unrendered range measures.
const EMPTY_RECT = {
  x: 0,
  y: 0,
  top: 0,
  left: 0,
  right: 0,
  bottom: 0,
  width: 0,
  height: 0,
  toJSON: () => ({}),
};
if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  Range.prototype.getClientRects = () =>
    Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => EMPTY_RECT as DOMRect;
}

export interface Mounted {
  changes: BodyDoc[];
  notices: Bilingual[];
  rerender(patch: Partial<BriefBodyEditorProps>): void;
  editor(): Editor;
  /** What the editor would save now. */
  saved(): BodyDoc;
  pm(): HTMLElement;
  props: BriefBodyEditorProps;
}

export function mountEditor(value: BodyDoc, patch: Partial<BriefBodyEditorProps> = {}): Mounted {
  const changes: BodyDoc[] = [];
  const notices: Bilingual[] = [];
  const ctx = sampleContext();
  let props: BriefBodyEditorProps = {
    value,
    docKey: 'brief-1:1',
    onChange: (d) => changes.push(d),
    staleFigures: [],
    sources: {
      indicators: [...ctx.indicators],
      directives: [...ctx.directives],
      meeting: ctx.meeting,
    },
    onNotice: (m) => notices.push(m),
    // Every edit reported at once: these tests read the body after each step.
    reportPauseMs: 0,
    ...patch,
  };
  const ui = (p: BriefBodyEditorProps) => (
    <I18nProvider language="vi">
      <BriefBodyEditor {...p} />
    </I18nProvider>
  );
  const utils = render(ui(props));
  const pm = () => document.querySelector<HTMLElement>('.ProseMirror')!;
  const editor = () => (pm() as unknown as { editor: Editor }).editor;
  return {
    changes,
    notices,
    get props() {
      return props;
    },
    rerender(next) {
      props = { ...props, ...next };
      utils.rerender(ui(props));
    },
    editor,
    saved: () => toBodyDoc(editor().getJSON()),
    pm,
  };
}

export const doc = (...content: BodyBlock[]): BodyDoc => ({ type: 'doc', content });
export const para = (text: string): BodyBlock => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

/**
 * Typed text. A browser inserts typed characters itself and ProseMirror reads them back from
 * the DOM, which jsdom cannot do; this takes ProseMirror's own text-input path instead
 * (handleTextInput first, so input rules run, then the plain insertion).
 */
export function typeText(m: Mounted, text: string): void {
  act(() => {
    const view = m.editor().view;
    for (const ch of text) {
      const { from, to } = view.state.selection;
      const plain = () => view.state.tr.insertText(ch, from, to);
      if (!view.someProp('handleTextInput', (f) => f(view, from, to, ch, plain)))
        view.dispatch(plain());
    }
  });
}

export function pressKey(
  target: HTMLElement,
  key: string,
  mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {},
) {
  act(() => {
    fireEvent.keyDown(target, { key, ctrlKey: mods.ctrl, shiftKey: mods.shift, altKey: mods.alt });
  });
}

interface Clipboard {
  html?: string;
  text?: string;
  files?: File[];
}

/** A paste event as the browser delivers it, with its clipboard. */
export function paste(target: HTMLElement, clip: Clipboard): Event {
  const data = {
    getData: (type: string) =>
      type === 'text/html'
        ? (clip.html ?? '')
        : type === 'text/plain' || type === 'Text'
          ? (clip.text ?? '')
          : '',
    files: clip.files ?? [],
    items: [],
    types: [
      ...(clip.html ? ['text/html'] : []),
      ...(clip.text ? ['text/plain'] : []),
      ...(clip.files?.length ? ['Files'] : []),
    ],
  };
  const event = Object.assign(new Event('paste', { bubbles: true, cancelable: true }), {
    clipboardData: data,
  });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

/** The editor with the cursor at the end of its text. */
export function cursorAtEnd(m: Mounted): void {
  act(() => {
    m.editor().commands.focus('end');
  });
}
