// The editor's toolbar: one row of small buttons grouped as Word groups them. Each names its
// shortcut in the tooltip; the active formatting is shown pressed (aria-pressed). It is one tab
// stop (the ARIA toolbar pattern): arrow keys, Home and End move between its controls, and
// Alt+F10 in the text comes here.
import type { Editor } from '@tiptap/react';
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT, type MessageKey } from '../../../i18n';
import { ALIGNMENTS, type Alignment } from './schema';
import {
  HISTORY_TOOLS,
  LIST_TOOLS,
  MARK_TOOLS,
  TABLE_TOOLS,
  useToolbarState,
  type Block,
  type CommandTool,
} from './toolbar-tools';

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
  const commandButton = (tool: CommandTool) => (
    <ToolButton
      key={tool.testId}
      label={tool.label}
      onClick={() => tool.run(c()).run()}
      active={tool.pressedWhile && s[tool.pressedWhile]}
      disabled={tool.enabledWhile && !s[tool.enabledWhile]}
      testId={tool.testId}
    >
      {tool.icon}
    </ToolButton>
  );
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
      <div className="brief-toolbar__group">{HISTORY_TOOLS.map(commandButton)}</div>
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
      <div className="brief-toolbar__group">{MARK_TOOLS.map(commandButton)}</div>
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
      <div className="brief-toolbar__group">{LIST_TOOLS.map(commandButton)}</div>
      <div className="brief-toolbar__group">
        <ToolButton
          label="briefEditor.table"
          onClick={onTable}
          disabled={s.inTable}
          testId="tool-table"
        >
          ▦
        </ToolButton>
        {TABLE_TOOLS.map(commandButton)}
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
