// The body of a brief, edited like a Word document: TipTap over exactly the stored schema, a
// toolbar for the Decree 30 structure (Phần / I. / 1. / a)), lists, tables and footnotes, and
// dialogs that insert live references. Pastes are cleaned and NFC-normalised; a paste over
// 1 MB, a paste the schema cannot hold and image files are refused with the reason, leaving
// the document exactly as it was (paste-guard.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { EditorState, NodeSelection } from '@tiptap/pm/state';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { directiveTable, meetingReference, type BodyDoc } from '../../../../shared/brief';
import type { Directive, IndicatorWithObservations, Meeting } from '../../../../shared/domain';
import type { Bilingual } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { toBodyDoc } from './body-json';
import { setStaleFigures } from './decorations';
import {
  InsertDirectiveTableDialog,
  InsertFigureDialog,
  InsertIndicatorChartDialog,
} from './InsertDialogs';
import { cleanPastedHtml, cleanPastedText } from './paste-cleaning';
import {
  refuseDroppedFiles,
  refuseDroppedSlice,
  refuseHugePaste,
  refusePastedSlice,
} from './paste-guard';
import { caretScrolling } from './caret-in-view';
import { briefExtensions } from './schema';
import { FootnoteDialog, TableDialog } from './SmallDialogs';
import { EditorToolbar } from './Toolbar';
import '../../../styles/brief-editor.css';

export interface BriefBodyEditorProps {
  value: BodyDoc;
  /** A change reloads `value` into the editor (another brief, a restore, a refresh). */
  docKey: string;
  /**
   * The edited body, as the stored schema's shape, with the docKey it was typed into; reported
   * after a pause in typing (see reportPauseMs), or at once when asked through onPending.
   */
  onChange(doc: BodyDoc, docKey: string): void;
  /**
   * While an edit waits to be reported: a function that reports it now (null once it has
   * been), so whoever reads the body first can take the latest keys.
   */
  onPending?(report: (() => void) | null): void;
  /**
   * How long typing must pause before the body is reported: turning a 100-page body into
   * the stored shape costs more than a frame, so it is not done on every key (0: at once).
   */
  reportPauseMs?: number;
  /** Observation ids whose figures changed in the vault since they were inserted. */
  staleFigures: readonly string[];
  /** Those of staleFigures deleted from the vault (they read "đã bị xóa"). */
  deletedFigures?: readonly string[];
  sources: {
    indicators: IndicatorWithObservations[];
    directives: Directive[];
    meeting: Meeting | null;
  };
  /** A refused paste or drop, and why. */
  onNotice(message: Bilingual): void;
  /** Viewing an old revision: nothing can change. */
  readOnly?: boolean;
}

const NONE: readonly string[] = [];

/** Typing pauses this long before the body is reported (about two keystrokes of a fast typist). */
export const REPORT_PAUSE_MS = 300;

/** An empty body still needs one paragraph to put the cursor in. */
const editorContent = (value: BodyDoc): JSONContent =>
  value.content.length > 0
    ? (value as JSONContent)
    : { type: 'doc', content: [{ type: 'paragraph' }] };

type Dialog =
  | { kind: 'figure' }
  | { kind: 'chart' }
  | { kind: 'directives' }
  | { kind: 'table' }
  /** pos null: a new footnote at the cursor; otherwise the one at pos, being edited. */
  | { kind: 'footnote'; pos: number | null; text: string | null };
/** A dialog belongs to the body it was opened on: another docKey closes it. */
type Open = (Dialog & { key: string }) | null;

export function BriefBodyEditor({
  value,
  docKey,
  onChange,
  onPending,
  reportPauseMs = REPORT_PAUSE_MS,
  staleFigures,
  deletedFigures = NONE,
  sources,
  onNotice,
  readOnly = false,
}: BriefBodyEditorProps) {
  const t = useT();
  const [opened, setOpened] = useState<Open>(null);
  const keyRef = useRef(docKey);
  const setOpen = (d: Dialog | null) => setOpened(d && { ...d, key: keyRef.current });
  // Nothing opens on a read-only body, and a dialog of the body before a reload is gone.
  const open = !readOnly && opened?.key === docKey ? opened : null;
  // The editor is made once; what it calls back reads the latest props through refs.
  const changeRef = useRef(onChange);
  const pendingRef = useRef(onPending);
  const pauseRef = useRef(reportPauseMs);
  const noticeRef = useRef(onNotice);
  const staleRef = useRef(staleFigures);
  const deletedRef = useRef(deletedFigures);
  const readOnlyRef = useRef(readOnly);
  const openRef = useRef(setOpen);
  useLayoutEffect(() => {
    keyRef.current = docKey;
    openRef.current = setOpen;
    changeRef.current = onChange;
    pendingRef.current = onPending;
    pauseRef.current = reportPauseMs;
    noticeRef.current = onNotice;
    staleRef.current = staleFigures;
    deletedRef.current = deletedFigures;
    readOnlyRef.current = readOnly;
  });
  const loading = useRef(false);
  // What the editor last loaded or reported. Plugins (tables' normalisation, a stale-list
  // update) dispatch transactions that change nothing the schema stores: those are not edits.
  const lastReported = useRef(JSON.stringify(toBodyDoc(value as JSONContent)));
  const toolbarRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  // One set per editor: ProseMirror reads the threshold and margin objects on each scroll.
  const [scrolling] = useState(caretScrolling);
  const reportTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The document the editor holds now (the last loaded), which a report names. */
  const loadedKey = useRef(docKey);

  /** Forgets a waiting report (a new body is being loaded, or it is being reported). */
  const cancelReport = () => {
    if (reportTimer.current === null) return;
    clearTimeout(reportTimer.current);
    reportTimer.current = null;
    pendingRef.current?.(null);
  };
  const reportNow = () => {
    cancelReport();
    const e = editorRef.current;
    if (!e || e.isDestroyed) return;
    const doc = toBodyDoc(e.getJSON());
    const json = JSON.stringify(doc);
    if (json === lastReported.current) return;
    lastReported.current = json;
    changeRef.current(doc, loadedKey.current);
  };

  const editor = useEditor({
    extensions: briefExtensions(),
    content: editorContent(value),
    editable: !readOnly,
    // The toolbar follows the selection through its own state selector (useEditorState).
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'brief-body',
        'data-testid': 'brief-body',
        spellcheck: 'false',
        lang: 'vi',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Nội dung văn bản',
      },
      transformPastedHTML: cleanPastedHtml,
      transformPastedText: (text: string) => cleanPastedText(text),
      handleDOMEvents: {
        paste: (_view: EditorView, event: ClipboardEvent) =>
          refuseHugePaste(event, noticeRef.current),
        drop: (_view: EditorView, event: DragEvent) => refuseDroppedFiles(event, noticeRef.current),
      },
      handlePaste: (_view: EditorView, event: ClipboardEvent, slice: Slice) =>
        refusePastedSlice(event, slice, noticeRef.current),
      handleDrop: (_view: EditorView, event: DragEvent, slice: Slice, moved: boolean) =>
        refuseDroppedSlice(event, slice, moved, noticeRef.current),
      // Nothing to scroll while the caret is plainly in view, and never under the stuck title
      // bar (caret-in-view.ts).
      handleScrollToSelection: scrolling.handleScrollToSelection,
      scrollThreshold: scrolling.scrollThreshold,
      scrollMargin: scrolling.scrollMargin,
      handleClickOn(_view: EditorView, _pos: number, node, nodePos: number) {
        if (node.type.name !== 'footnote' || readOnlyRef.current) return false;
        openRef.current({ kind: 'footnote', pos: nodePos, text: String(node.attrs.text) });
        return true;
      },
      handleKeyDown(view: EditorView, event: KeyboardEvent) {
        if (event.key === 'F10' && event.altKey) {
          toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
          return true;
        }
        const sel = view.state.selection;
        if (
          event.key === 'Enter' &&
          !readOnlyRef.current &&
          sel instanceof NodeSelection &&
          sel.node.type.name === 'footnote'
        ) {
          openRef.current({ kind: 'footnote', pos: sel.from, text: String(sel.node.attrs.text) });
          return true;
        }
        return false;
      },
    },
    // A caret the browser moved itself (Ctrl+Home) may sit under the title bar; a change
    // that asked to be scrolled into view went through handleScrollToSelection already.
    onSelectionUpdate({ editor: e, transaction }) {
      if (!transaction.scrolledIntoView) scrolling.uncover(e.view);
    },
    onUpdate() {
      if (loading.current) return;
      if (pauseRef.current <= 0) return reportNow();
      if (reportTimer.current !== null) clearTimeout(reportTimer.current);
      else pendingRef.current?.(reportNow);
      reportTimer.current = setTimeout(reportNow, pauseRef.current);
    },
  });
  useLayoutEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  // Leaving the editor (another tab, another page) hands over what was typed last.
  const reportNowRef = useRef(reportNow);
  useLayoutEffect(() => {
    reportNowRef.current = reportNow;
  });
  useEffect(() => {
    const report = reportNowRef;
    return () => report.current();
  }, []);

  // A new docKey means a different body from the vault: load it without an undo step. An edit
  // of the old body still waiting is dropped with it (the store has replaced that body).
  useEffect(() => {
    if (!editor || loadedKey.current === docKey) return;
    cancelReport();
    loadedKey.current = docKey;
    loading.current = true;
    lastReported.current = JSON.stringify(toBodyDoc(value as JSONContent));
    // A fresh state, not setContent: the undo history of another revision must not be able to
    // "undo" into this one. The stale marks live in plugin state, so they are set again.
    const doc = editor.schema.nodeFromJSON(editorContent(value));
    editor.view.updateState(EditorState.create({ doc, plugins: editor.state.plugins }));
    setStaleFigures(editor, staleRef.current, deletedRef.current);
    loading.current = false;
  }, [editor, docKey, value]);

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  // The list's content, not its identity: a new array with the same ids changes nothing.
  const staleKey = `${staleFigures.join('\n')}|${deletedFigures.join('\n')}`;
  useEffect(() => {
    if (editor) setStaleFigures(editor, staleRef.current, deletedRef.current);
  }, [editor, staleKey]);

  if (!editor) return <div className="brief-editor" />;
  const insert = (e: Editor, json: JSONContent) => e.chain().focus().insertContent(json).run();
  const close = () => {
    setOpen(null);
    editor.commands.focus();
  };
  /** What a dialog built (a figure, a chart, a directive table) goes in at the cursor. */
  const insertFromDialog = (node: unknown) => {
    setOpen(null);
    insert(editor, node as JSONContent);
  };

  return (
    <div className={`brief-editor${readOnly ? ' brief-editor--readonly' : ''}`}>
      {!readOnly && (
        <div ref={toolbarRef} className="brief-editor__bar" data-sticky-top>
          <EditorToolbar
            editor={editor}
            onTable={() => setOpen({ kind: 'table' })}
            onFigure={() => setOpen({ kind: 'figure' })}
            onIndicatorChart={() => setOpen({ kind: 'chart' })}
            onFootnote={() => setOpen({ kind: 'footnote', pos: null, text: null })}
            onDirectives={() => setOpen({ kind: 'directives' })}
            onMeetingReference={
              sources.meeting
                ? () => insert(editor, meetingReference(sources.meeting!) as JSONContent)
                : null
            }
          />
        </div>
      )}
      {readOnly && (
        <p className="brief-editor__readonly" role="status" data-testid="brief-body-readonly">
          {t('briefEditor.readOnly')}
        </p>
      )}
      <EditorContent editor={editor} className="brief-editor__page" />
      <InsertFigureDialog
        open={open?.kind === 'figure'}
        indicators={sources.indicators}
        onClose={close}
        onInsert={insertFromDialog}
      />
      <InsertIndicatorChartDialog
        open={open?.kind === 'chart'}
        indicators={sources.indicators}
        onClose={close}
        onInsert={insertFromDialog}
      />
      <InsertDirectiveTableDialog
        open={open?.kind === 'directives'}
        directives={sources.directives}
        onClose={close}
        onInsert={(variant) =>
          insertFromDialog(directiveTable(sources.directives, variant, sources.meeting?.id ?? null))
        }
      />
      {open?.kind === 'table' && (
        <TableDialog
          onClose={close}
          onInsert={(size) => {
            setOpen(null);
            editor.chain().focus().insertTable(size).run();
          }}
        />
      )}
      {open?.kind === 'footnote' && (
        <FootnoteDialog
          editing={open.text}
          onClose={close}
          onRemove={() => {
            const pos = open.pos;
            setOpen(null);
            if (pos === null) return;
            editor
              .chain()
              .focus()
              .command(({ tr }) => {
                const node = tr.doc.nodeAt(pos);
                if (node?.type.name !== 'footnote') return false;
                tr.delete(pos, pos + node.nodeSize);
                return true;
              })
              .run();
          }}
          onDone={(text) => {
            const pos = open.pos;
            setOpen(null);
            if (pos === null) {
              insert(editor, { type: 'footnote', attrs: { text } });
              return;
            }
            editor
              .chain()
              .focus()
              .command(({ tr }) => {
                if (tr.doc.nodeAt(pos)?.type.name !== 'footnote') return false;
                tr.setNodeMarkup(pos, undefined, { text });
                return true;
              })
              .run();
          }}
        />
      )}
    </div>
  );
}
