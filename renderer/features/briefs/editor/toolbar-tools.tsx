// What the editor's toolbar knows: the state it shows and, as tables, the buttons that each run
// one editor command. Most buttons differ only in their label, icon, command and the state that
// presses or disables them, so each group is a list of rows that the toolbar maps to buttons.
import { useEditorState, type ChainedCommands, type Editor } from '@tiptap/react';
import { redo, undo } from '@tiptap/pm/history';
import { mergeCells, splitCell } from '@tiptap/pm/tables';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../i18n';
import type { Alignment } from './schema';

export type Block = 'p' | '1' | '2' | '3' | '4';

/**
 * What the toolbar shows; recomputed per transaction, re-rendered only when it changes. The
 * four "can" questions ask ProseMirror's commands directly, without a dispatch: the same
 * answers as `editor.can()`, which builds every command of every extension each time it is
 * called (about 1 ms per key in a 100-page brief, bench:typing).
 */
export function useToolbarState(editor: Editor) {
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

export type ToolbarState = ReturnType<typeof useToolbarState>;

/** The toolbar state's yes/no answers, by name. */
type Flag = {
  [K in keyof ToolbarState]: ToolbarState[K] extends boolean ? K : never;
}[keyof ToolbarState];

/** A button that runs one editor command; pressed or disabled as the toolbar state says. */
export interface CommandTool {
  label: MessageKey;
  testId: string;
  icon: ReactNode;
  run(chain: ChainedCommands): ChainedCommands;
  /** Shown pressed while this is true (a format the selection has). */
  pressedWhile?: Flag;
  /** Disabled while this is false (where the command cannot act). */
  enabledWhile?: Flag;
}

type Run = CommandTool['run'];

/** A formatting button: pressed while the selection has that format. */
const toggle = (label: MessageKey, testId: string, icon: ReactNode, run: Run, on: Flag) =>
  ({ label, testId, icon, run, pressedWhile: on }) satisfies CommandTool;

/** An editing button: disabled where its command cannot act. */
const action = (label: MessageKey, testId: string, icon: ReactNode, run: Run, can: Flag) =>
  ({ label, testId, icon, run, enabledWhile: can }) satisfies CommandTool;

export const HISTORY_TOOLS: CommandTool[] = [
  action('briefEditor.undo', 'tool-undo', '↶', (c) => c.undo(), 'canUndo'),
  action('briefEditor.redo', 'tool-redo', '↷', (c) => c.redo(), 'canRedo'),
];

export const MARK_TOOLS: CommandTool[] = [
  toggle('briefEditor.bold', 'tool-bold', <b>B</b>, (c) => c.toggleBold(), 'bold'),
  toggle('briefEditor.italic', 'tool-italic', <i>I</i>, (c) => c.toggleItalic(), 'italic'),
  toggle(
    'briefEditor.underline',
    'tool-underline',
    <u>U</u>,
    (c) => c.toggleUnderline(),
    'underline',
  ),
];

export const LIST_TOOLS: CommandTool[] = [
  toggle('briefEditor.bullets', 'tool-bullets', '•', (c) => c.toggleBulletList(), 'bullets'),
  toggle(
    'briefEditor.numbered',
    'tool-numbered',
    '1.',
    (c) => c.toggleNumberedList('decimal'),
    'decimal',
  ),
  toggle('briefEditor.points', 'tool-points', 'a)', (c) => c.toggleNumberedList('point'), 'points'),
];

/** Editing a table's rows, columns and cells: usable only with the cursor in a table. */
export const TABLE_TOOLS: CommandTool[] = [
  action('briefEditor.rowAfter', 'tool-row-after', '+≡', (c) => c.addRowAfter(), 'inTable'),
  action('briefEditor.rowDelete', 'tool-row-delete', '−≡', (c) => c.deleteRow(), 'inTable'),
  action('briefEditor.colAfter', 'tool-col-after', '+‖', (c) => c.addColumnAfter(), 'inTable'),
  action('briefEditor.colDelete', 'tool-col-delete', '−‖', (c) => c.deleteColumn(), 'inTable'),
  action('briefEditor.merge', 'tool-merge', '⊞', (c) => c.mergeCells(), 'canMerge'),
  action('briefEditor.split', 'tool-split', '⊟', (c) => c.splitCell(), 'canSplit'),
  action('briefEditor.tableDelete', 'tool-table-delete', '✕', (c) => c.deleteTable(), 'inTable'),
];
