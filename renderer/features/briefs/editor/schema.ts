// The editor's schema: exactly the nodes, marks and attributes of shared/brief/body.ts under the
// same names, so the editor loads and saves the stored JSON as it is. Anything else a paste
// brings (code, quotes, strike-through, links, rules, images) has no node here and is dropped
// by the parser. The schema's three extra attributes (paragraph.textAlign, heading.numbered,
// orderedList.listStyle) are global attributes rather than forks of TipTap's nodes.
import { Extension } from '@tiptap/core';
import { keymapName, specOf, type CommandId } from '../../../../shared/commands';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { BriefDecorations } from './decorations';
import { DirectiveTable, Footnote, IndicatorFigure, MeetingReference } from './live-nodes';
import { Chart } from './chart-node';

export const ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

const isAlignment = (v: unknown): v is Alignment => ALIGNMENTS.includes(v as Alignment);

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    briefAttributes: {
      setParagraphAlign: (align: Alignment) => ReturnType;
      /** Ordered list as 1. 2. 3. or as the points a) b) c) d) đ) e)…; a second press lifts it. */
      toggleNumberedList: (listStyle: 'decimal' | 'point') => ReturnType;
      toggleHeadingNumbered: () => ReturnType;
    };
  }
}

export const BriefAttributes = Extension.create({
  name: 'briefAttributes',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          textAlign: {
            default: null,
            parseHTML: (el: HTMLElement) => {
              const v = el.style.textAlign || el.getAttribute('align');
              return isAlignment(v) ? v : null;
            },
            renderHTML: (a: Record<string, unknown>) =>
              isAlignment(a.textAlign) ? { style: `text-align: ${a.textAlign}` } : {},
          },
        },
      },
      {
        types: ['heading'],
        attributes: {
          numbered: {
            default: true,
            parseHTML: (el: HTMLElement) => el.getAttribute('data-numbered') !== 'false',
            renderHTML: (a: Record<string, unknown>) =>
              a.numbered === false ? { 'data-numbered': 'false' } : {},
          },
        },
      },
      {
        types: ['orderedList'],
        attributes: {
          listStyle: {
            default: 'decimal',
            parseHTML: (el: HTMLElement) =>
              el.getAttribute('data-list-style') === 'point' ? 'point' : 'decimal',
            renderHTML: (a: Record<string, unknown>) => ({
              'data-list-style': a.listStyle === 'point' ? 'point' : 'decimal',
            }),
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      setParagraphAlign:
        (align) =>
        ({ commands }) =>
          commands.updateAttributes('paragraph', { textAlign: align }),
      toggleNumberedList:
        (listStyle) =>
        ({ editor, chain }) => {
          if (editor.isActive('orderedList', { listStyle }))
            return chain().toggleOrderedList().run();
          if (editor.isActive('orderedList'))
            return chain().updateAttributes('orderedList', { listStyle }).run();
          return chain().toggleOrderedList().updateAttributes('orderedList', { listStyle }).run();
        },
      toggleHeadingNumbered:
        () =>
        ({ editor, commands }) =>
          editor.isActive('heading') &&
          commands.updateAttributes('heading', {
            numbered: editor.getAttributes('heading').numbered === false,
          }),
    };
  },
  addKeyboardShortcuts() {
    // The keys come from shared/commands.ts, the one list a test checks for duplicates.
    const keys = (id: CommandId) => specOf(id).shortcuts.map(keymapName);
    const bind = (id: CommandId, run: () => boolean) =>
      Object.fromEntries(keys(id).map((k) => [k, run]));
    return {
      ...bind('editor.alignLeft', () => this.editor.commands.setParagraphAlign('left')),
      ...bind('editor.alignCenter', () => this.editor.commands.setParagraphAlign('center')),
      ...bind('editor.alignRight', () => this.editor.commands.setParagraphAlign('right')),
      ...bind('editor.justify', () => this.editor.commands.setParagraphAlign('justify')),
      ...bind('editor.numberedList', () => this.editor.commands.toggleNumberedList('point')),
    };
  },
});

/**
 * An old revision is read-only all the way down: besides the browser refusing to type into a
 * non-editable element, any transaction that would change the document is dropped, whatever
 * sent it (a shortcut, a dialog, a plugin).
 */
export const ReadOnlyGuard = Extension.create({
  name: 'briefReadOnlyGuard',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('briefReadOnlyGuard'),
        filterTransaction: (tr) => !tr.docChanged || editor.isEditable,
      }),
    ];
  },
});

/** Every extension of the brief body, and nothing more. */
export function briefExtensions() {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      link: false,
      // It would append an empty paragraph after a final table, changing a loaded body.
      trailingNode: false,
    }),
    BriefAttributes,
    Table.configure({ resizable: true, cellMinWidth: 30 }),
    TableRow,
    TableHeader,
    TableCell,
    Footnote,
    IndicatorFigure,
    MeetingReference,
    DirectiveTable,
    Chart,
    BriefDecorations,
    ReadOnlyGuard,
  ];
}
