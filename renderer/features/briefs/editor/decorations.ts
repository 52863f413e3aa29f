// What the editor draws but never stores: the Decree 30 label of each heading (Phần I / I. /
// 1. / a)), the number of each footnote mark in reading order, and the "stale" mark on figures
// whose observation changed in the vault. All are decorations, so they follow every edit and
// a change of the stale list redraws them without touching the document or its history.
import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { headingLabel, type HeadingLevel } from '../../../../shared/brief';

/**
 * Labels as the exports print them (shared/brief/layout/body.ts): one running counter per
 * level, reset below a numbered heading; an unnumbered heading neither shows nor counts one.
 * Headings inside table cells count but print no label there, as in the export. Footnotes are
 * numbered across the document, and a figure takes a number too (its source is a footnote).
 */
export function labelDecorations(doc: PmNode): DecorationSet {
  const counters = [0, 0, 0, 0];
  let note = 0;
  const decos: Decoration[] = [];
  doc.descendants((node, pos) => {
    const name = node.type.name;
    if (name === 'heading') {
      if (node.attrs.numbered === false) return true;
      const level = Math.min(4, Math.max(1, Number(node.attrs.level))) as HeadingLevel;
      counters[level - 1] = (counters[level - 1] ?? 0) + 1;
      for (let l = level; l < 4; l++) counters[l] = 0;
      if (!insideCell(doc, pos)) {
        decos.push(
          Decoration.node(pos, pos + node.nodeSize, {
            'data-label': headingLabel(level, counters[level - 1]!),
          }),
        );
      }
      return true;
    }
    if (name === 'footnote' || name === 'indicatorFigure') {
      note += 1;
      decos.push(Decoration.node(pos, pos + node.nodeSize, { 'data-note': String(note) }));
      return false;
    }
    // Text holds no labelled node: skip its characters.
    return !node.isText;
  });
  return DecorationSet.create(doc, decos);
}

function insideCell(doc: PmNode, pos: number): boolean {
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d > 0; d--) {
    const name = $pos.node(d).type.name;
    if (name === 'tableCell' || name === 'tableHeader') return true;
  }
  return false;
}

/** The nodes a decoration here is drawn on, or counted for. */
const LABELLED = new Set(['heading', 'footnote', 'indicatorFigure']);
const holdsLabelled = (nodes: readonly PmNode[]): boolean =>
  nodes.some((n) => {
    if (LABELLED.has(n.type.name)) return true;
    let found = false;
    n.descendants((d) => {
      if (LABELLED.has(d.type.name)) found = true;
      return !found && !d.isText;
    });
    return found;
  });

/**
 * Whether every step of a transaction only replaces inline content inside one textblock with
 * inline content, and neither what goes nor what comes holds a footnote or a figure: typing,
 * deleting characters, a plain paste in a paragraph or a heading. Such an edit moves the labels
 * and marks with the text and changes none of them, so they are mapped (O(log n)) instead of
 * recomputed over the whole body on every key. Anything else (a heading made, split, joined
 * or renumbered, a footnote inserted or deleted, an attribute) recomputes them.
 */
export function onlyTextEdited(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (!(step instanceof ReplaceStep)) return false;
    const { from, to, slice } = step;
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    const before = tr.docs[i];
    if (!before) return false;
    const $from = before.resolve(from);
    if (!$from.parent.isTextblock || !$from.sameParent(before.resolve(to))) return false;
    const added: PmNode[] = [];
    slice.content.forEach((n) => added.push(n));
    if (added.some((n) => !n.isInline) || holdsLabelled(added)) return false;
    const removed: PmNode[] = [];
    before.slice(from, to).content.forEach((n) => removed.push(n));
    return !holdsLabelled(removed);
  });
}

const STALE_TITLE =
  'Số liệu đã thay đổi trong kho dữ liệu từ khi được chèn — hãy cập nhật số liệu trước khi xuất văn bản.';

const DELETED_TITLE =
  'Số liệu đã bị xóa khỏi kho dữ liệu (có thể khôi phục từ thùng rác); văn bản in giá trị đã lưu.';

/** The figures to mark: changed in the vault since inserted, or deleted from it. */
export interface FigureMarks {
  stale: ReadonlySet<string>;
  deleted: ReadonlySet<string>;
}

export function staleDecorations(doc: PmNode, marks: FigureMarks): DecorationSet {
  if (marks.stale.size === 0 && marks.deleted.size === 0) return DecorationSet.empty;
  const decos: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'indicatorFigure') {
      const id = String(node.attrs.observationId);
      // A deleted figure is "đã bị xóa", never "đã thay đổi" (issue 9 §4).
      const attrs = marks.deleted.has(id)
        ? { class: 'bd-figure--deleted', 'data-deleted': 'true', title: DELETED_TITLE }
        : marks.stale.has(id)
          ? { class: 'bd-figure--stale', 'data-stale': 'true', title: STALE_TITLE }
          : null;
      if (attrs) decos.push(Decoration.node(pos, pos + node.nodeSize, attrs));
    }
    return !node.isText;
  });
  return DecorationSet.create(doc, decos);
}

interface StaleState extends FigureMarks {
  decorations: DecorationSet;
}
const staleKey = new PluginKey<StaleState>('briefStaleFigures');
const labelKey = new PluginKey<DecorationSet>('briefLabels');

export const BriefDecorations = Extension.create({
  name: 'briefDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<StaleState>({
        key: staleKey,
        state: {
          init: () => ({
            stale: new Set<string>(),
            deleted: new Set<string>(),
            decorations: DecorationSet.empty,
          }),
          apply(tr, value, _old, state) {
            const next = tr.getMeta(staleKey) as FigureMarks | undefined;
            if (next) return { ...next, decorations: staleDecorations(state.doc, next) };
            if (!tr.docChanged) return value;
            // Recomputed when figures may have come (a pasted copy of a stale figure is stale too).
            if (onlyTextEdited(tr))
              return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
            return { ...value, decorations: staleDecorations(state.doc, value) };
          },
        },
        props: { decorations: (state) => staleKey.getState(state)?.decorations ?? null },
      }),
      new Plugin<DecorationSet>({
        key: labelKey,
        state: {
          init: (_config, state) => labelDecorations(state.doc),
          apply(tr, value, _old, state) {
            if (!tr.docChanged) return value;
            return onlyTextEdited(tr) ? value.map(tr.mapping, tr.doc) : labelDecorations(state.doc);
          },
        },
        props: { decorations: (state) => labelKey.getState(state) ?? null },
      }),
    ];
  },
});

/**
 * Tells the editor which observations' figures are stale and which are deleted; not an edit,
 * not an undo step.
 */
export function setStaleFigures(
  editor: Editor,
  stale: readonly string[],
  deleted: readonly string[] = [],
): void {
  const marks: FigureMarks = { stale: new Set(stale), deleted: new Set(deleted) };
  editor.view.dispatch(editor.state.tr.setMeta(staleKey, marks).setMeta('addToHistory', false));
}
