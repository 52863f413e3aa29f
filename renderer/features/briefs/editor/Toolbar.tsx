// The editor's toolbar: one row of small buttons grouped as Word groups them. Each names its
// shortcut in the tooltip; the active formatting is shown pressed (aria-pressed). It is one tab
// stop (the ARIA toolbar pattern): arrow keys, Home and End move between its controls, and
// Alt+F10 in the text comes here.
import { useEditorState, type Editor } from '@tiptap/react';
import { redo, undo } from '@tiptap/pm/history';
import { mergeCells, splitCell } from '@tiptap/pm/tables';
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT, type MessageKey } from '../../../i18n';
import { ALIGNMENTS, type Alignment } from './schema';

interface Props {
  editor: Editor;
  onTable(): void;
  onFigure(): void;
  onIndicatorChart(): void;
  onFootnote(): void;
  onDirectives(): void;
  onMeetingReference: (() => void) | null;
}

interface ButtonProps {
  label: MessageKey;
  onClick(): void;
  active?: boolean;
  disabled?: boolean;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}

function ToolButton({ label, onClick, active, disabled, children, testId, wide }: ButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className={`tool-button${active ? ' tool-button--active' : ''}${wide ? ' tool-button--wide' : ''}`}
      title={t(label)}
      aria-label={wide ? undefined : t(label)}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      // Keeps the selection in the document while the button is clicked.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

type Block = 'p' | '1' | '2' | '3' | '4';

/**
 * What the toolbar shows; recomputed per transaction, re-rendered only when it changes. The
 * four "can" questions ask ProseMirror's commands directly, without a dispatch: the same
 * answers as `editor.can()`, which builds every command of every extension each time it is
 * called (about 1 ms per key in a 100-page brief, bench:typing).
 */
function useToolbarState(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const inCell = e.isActive('tableCell') || e.isActive('tableHeader');
      const heading = e.isActive('heading');
      const state = e.state;
      return {
        canUndo: undo(state),
        canRedo: redo(state),
        block: (heading ? String(e.getAttributes('heading').level) : 'p') as Block,
        numberedHeading: heading && e.getAttributes('heading').numbered !== false,
        heading,
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        underline: e.isActive('underline'),
        align: ((e.getAttributes('paragraph').textAlign as Alignment | null) ??
          (inCell ? 'left' : 'justify')) as Alignment,
        bullets: e.isActive('bulletList'),
        decimal: e.isActive('orderedList', { listStyle: 'decimal' }),
        points: e.isActive('orderedList', { listStyle: 'point' }),
        inTable: e.isActive('table'),
        // A directive table selected (it is an atom: clicking it selects the node).
        directiveTable: e.isActive('directiveTable'),
        inAppendix: e.getAttributes('directiveTable').placement === 'appendix',
        canMerge: mergeCells(state),
        canSplit: splitCell(state),
      };
    },
  });
}

const ALIGN_ICON: Record<Alignment, string> = { left: '⇤', center: '↔', right: '⇥', justify: '☰' };

/** The controls focus can move to, in document order (one selector: some DOMs group a list's results). */
const controlsOf = (toolbar: HTMLElement): HTMLElement[] =>
  [...toolbar.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('button, select')].filter(
    (el) => !el.disabled,
  );

/**
 * One tab stop for the whole toolbar: the control used last (or the first) has tabIndex 0, the
 * others -1. Kept on the DOM rather than in React state, since buttons enable and disable as
 * the selection moves and the stop must then move to a control that can take focus.
 */
function rovingStop(toolbar: HTMLElement, current: HTMLElement | null): void {
  const controls = controlsOf(toolbar);
  const stop = current && controls.includes(current) ? current : controls[0];
  for (const el of toolbar.querySelectorAll<HTMLElement>('button, select')) {
    el.tabIndex = el === stop ? 0 : -1;
  }
}

function nextControl(toolbar: HTMLElement, key: string): HTMLElement | null {
  const controls = controlsOf(toolbar);
  const i = controls.indexOf(document.activeElement as HTMLElement);
  if (key === 'Home') return controls[0] ?? null;
  if (key === 'End') return controls.at(-1) ?? null;
  const step = key === 'ArrowRight' ? 1 : -1;
  return controls[(i + step + controls.length) % controls.length] ?? null;
}

export function EditorToolbar({
  editor,
  onTable,
  onFigure,
  onIndicatorChart,
  onFootnote,
  onDirectives,
  onMeetingReference,
}: Props) {
  const t = useT();
  const s = useToolbarState(editor);
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (ref.current) rovingStop(ref.current, current.current);
  });
  const c = () => editor.chain().focus();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const target = nextControl(e.currentTarget, e.key);
    if (!target) return;
    e.preventDefault();
    current.current = target;
    rovingStop(e.currentTarget, target);
    target.focus();
  };
  return (
    <div
      ref={ref}
      className="brief-toolbar"
      role="toolbar"
      aria-label={t('briefEditor.toolbar')}
      data-testid="brief-toolbar"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget) return;
        current.current = e.target as HTMLElement;
        rovingStop(e.currentTarget, current.current);
      }}
    >
      <div className="brief-toolbar__group">
        <ToolButton
          label="briefEditor.undo"
          onClick={() => c().undo().run()}
          disabled={!s.canUndo}
          testId="tool-undo"
        >
          ↶
        </ToolButton>
        <ToolButton
          label="briefEditor.redo"
          onClick={() => c().redo().run()}
          disabled={!s.canRedo}
          testId="tool-redo"
        >
          ↷
        </ToolButton>
      </div>
      <div className="brief-toolbar__group">
        <select
          className="select select--compact"
          aria-label={t('briefEditor.blockType')}
          title={t('briefEditor.blockType')}
          data-testid="brief-block-type"
          value={s.block}
          onChange={(e) => {
            const v = e.target.value as Block;
            if (v === 'p') c().setParagraph().run();
            else
              c()
                .setHeading({ level: Number(v) as 1 | 2 | 3 | 4 })
                .run();
          }}
        >
          <option value="p">{t('briefEditor.paragraph')}</option>
          <option value="1">{t('briefEditor.h1')}</option>
          <option value="2">{t('briefEditor.h2')}</option>
          <option value="3">{t('briefEditor.h3')}</option>
          <option value="4">{t('briefEditor.h4')}</option>
        </select>
        <ToolButton
          label="briefEditor.headingNumbered"
          onClick={() => c().toggleHeadingNumbered().run()}
          active={s.numberedHeading}
          disabled={!s.heading}
          testId="tool-heading-numbered"
        >
          №
        </ToolButton>
      </div>
      <div className="brief-toolbar__group">
        <ToolButton
          label="briefEditor.bold"
          onClick={() => c().toggleBold().run()}
          active={s.bold}
          testId="tool-bold"
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label="briefEditor.italic"
          onClick={() => c().toggleItalic().run()}
          active={s.italic}
          testId="tool-italic"
        >
          <i>I</i>
        </ToolButton>
        <ToolButton
          label="briefEditor.underline"
          onClick={() => c().toggleUnderline().run()}
          active={s.underline}
          testId="tool-underline"
        >
          <u>U</u>
        </ToolButton>
      </div>
      <div className="brief-toolbar__group">
        {ALIGNMENTS.map((a) => (
          <ToolButton
            key={a}
            label={`briefEditor.align.${a}`}
            onClick={() => c().setParagraphAlign(a).run()}
            active={!s.heading && s.align === a}
            disabled={s.heading}
            testId={`tool-align-${a}`}
          >
            {ALIGN_ICON[a]}
          </ToolButton>
        ))}
      </div>
      <div className="brief-toolbar__group">
        <ToolButton
          label="briefEditor.bullets"
          onClick={() => c().toggleBulletList().run()}
          active={s.bullets}
          testId="tool-bullets"
        >
          •
        </ToolButton>
        <ToolButton
          label="briefEditor.numbered"
          onClick={() => c().toggleNumberedList('decimal').run()}
          active={s.decimal}
          testId="tool-numbered"
        >
          1.
        </ToolButton>
        <ToolButton
          label="briefEditor.points"
          onClick={() => c().toggleNumberedList('point').run()}
          active={s.points}
          testId="tool-points"
        >
          a)
        </ToolButton>
      </div>
      <div className="brief-toolbar__group">
        <ToolButton
          label="briefEditor.table"
          onClick={onTable}
          disabled={s.inTable}
          testId="tool-table"
        >
          ▦
        </ToolButton>
        <ToolButton
          label="briefEditor.rowAfter"
          onClick={() => c().addRowAfter().run()}
          disabled={!s.inTable}
          testId="tool-row-after"
        >
          +≡
        </ToolButton>
        <ToolButton
          label="briefEditor.rowDelete"
          onClick={() => c().deleteRow().run()}
          disabled={!s.inTable}
          testId="tool-row-delete"
        >
          −≡
        </ToolButton>
        <ToolButton
          label="briefEditor.colAfter"
          onClick={() => c().addColumnAfter().run()}
          disabled={!s.inTable}
          testId="tool-col-after"
        >
          +‖
        </ToolButton>
        <ToolButton
          label="briefEditor.colDelete"
          onClick={() => c().deleteColumn().run()}
          disabled={!s.inTable}
          testId="tool-col-delete"
        >
          −‖
        </ToolButton>
        <ToolButton
          label="briefEditor.merge"
          onClick={() => c().mergeCells().run()}
          disabled={!s.canMerge}
          testId="tool-merge"
        >
          ⊞
        </ToolButton>
        <ToolButton
          label="briefEditor.split"
          onClick={() => c().splitCell().run()}
          disabled={!s.canSplit}
          testId="tool-split"
        >
          ⊟
        </ToolButton>
        <ToolButton
          label="briefEditor.tableDelete"
          onClick={() => c().deleteTable().run()}
          disabled={!s.inTable}
          testId="tool-table-delete"
        >
          ✕
        </ToolButton>
        <ToolButton
          label="briefEditor.toAppendix"
          onClick={() =>
            c()
              .updateAttributes('directiveTable', { placement: s.inAppendix ? 'text' : 'appendix' })
              .run()
          }
          active={s.inAppendix}
          disabled={!s.directiveTable}
          testId="tool-appendix"
          wide
        >
          {t('briefEditor.toAppendixShort')}
        </ToolButton>
      </div>
      <div className="brief-toolbar__group">
        <ToolButton label="briefEditor.insertFigure" onClick={onFigure} testId="insert-figure" wide>
          {t('briefEditor.insertFigureShort')}
        </ToolButton>
        <ToolButton
          label="briefEditor.insertChart"
          onClick={onIndicatorChart}
          testId="insert-indicator-chart"
          wide
        >
          {t('briefEditor.insertChartShort')}
        </ToolButton>
        <ToolButton
          label="briefEditor.insertFootnote"
          onClick={onFootnote}
          testId="insert-footnote"
          wide
        >
          {t('briefEditor.insertFootnoteShort')}
        </ToolButton>
        <ToolButton
          label="briefEditor.insertDirectives"
          onClick={onDirectives}
          testId="insert-directives"
          wide
        >
          {t('briefEditor.insertDirectivesShort')}
        </ToolButton>
        {onMeetingReference && (
          <ToolButton
            label="briefEditor.insertMeeting"
            onClick={onMeetingReference}
            testId="insert-meeting"
            wide
          >
            {t('briefEditor.insertMeetingShort')}
          </ToolButton>
        )}
      </div>
    </div>
  );
}
