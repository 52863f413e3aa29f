// After every key ProseMirror scrolls the caret into view: it walks every ancestor of the editor
// up to the document, asking each for its box and sizes (getBoundingClientRect, offsetWidth,
// clientWidth…), whether or not anything needs to move. In a 100-page brief that walk was
// ~0.4–0.6 ms of each key's ~3 ms of script (bench:typing, CPU profile). While the caret is
// plainly visible — inside every ancestor that clips and inside the window — there is nothing
// to scroll, and a couple of boxes say so. Anywhere else (near an edge, in a table that scrolls
// sideways, a node selection) ProseMirror does its usual walk.
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The ancestors of an editor that clip (and so may need scrolling), found once per editor. */
const clipping = new WeakMap<Element, Element[]>();

function clippingAncestors(dom: HTMLElement): Element[] {
  const known = clipping.get(dom);
  if (known && known.every((el) => el.isConnected && el.contains(dom))) return known;
  const found: Element[] = [];
  for (let el = dom.parentElement; el; el = el.parentElement) {
    const s = getComputedStyle(el);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') found.push(el);
  }
  clipping.set(dom, found);
  return found;
}

/** True when the caret is in view and nothing needs scrolling (handleScrollToSelection). */
export function caretInView(view: EditorView): boolean {
  const sel = view.state.selection;
  if (!(sel instanceof TextSelection)) return false;
  const $head = sel.$head;
  for (let d = $head.depth; d > 0; d--) if ($head.node(d).type.spec.tableRole) return false;
  const caret = view.coordsAtPos(sel.head, 1);
  // What is visible: the window, cut by each clipping ancestor's client area (no scrollbar).
  // ProseMirror scrolls an ancestor only when the caret crosses such an edge (its
  // scrollThreshold is 0 here).
  let top = 0;
  let left = 0;
  let bottom = window.innerHeight;
  let right = window.innerWidth;
  for (const el of clippingAncestors(view.dom)) {
    const box = el.getBoundingClientRect();
    top = Math.max(top, box.top + el.clientTop);
    left = Math.max(left, box.left + el.clientLeft);
    bottom = Math.min(bottom, box.top + el.clientTop + el.clientHeight);
    right = Math.min(right, box.left + el.clientLeft + el.clientWidth);
  }
  return caret.top >= top && caret.bottom <= bottom && caret.left >= left && caret.right <= right;
}
